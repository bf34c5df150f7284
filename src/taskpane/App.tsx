import { useState } from 'react';
import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { PmfService } from '../excel/operations-types';
import { useAppStyles } from './App.styles';
import { HELP_PAGE } from './help';
import { ErrorBar } from './components/ErrorBar';
import { NoticeHost, NoticesProvider } from './components/Notices';
import { ReadAgainWhenShown } from './components/Freshness';
import { ViewTabs } from './components/ViewTabs';
import { useWorkbook } from './useWorkbook';
import { CheckTab } from './views/check/CheckView';
import { FiguresTab } from './views/figures/FiguresView';
import { FrameworkTab } from './views/framework/FrameworkView';
import { SummaryTab } from './views/summary/SummaryView';
import { TagTab } from './views/tag/TagView';

export type TabKey = 'tag' | 'check' | 'figures' | 'summary' | 'framework';

const TABS: readonly { key: TabKey; label: string }[] = [
  { key: 'tag', label: 'Tag' },
  { key: 'check', label: 'Check' },
  { key: 'figures', label: 'Figures' },
  { key: 'summary', label: 'Summary' },
  { key: 'framework', label: 'Framework' },
];

/** Views that show figures or findings: a change to a tagged sheet makes them read the workbook again. */
const SHOWS_FIGURES: ReadonlySet<TabKey> = new Set(['check', 'figures', 'summary']);

export interface AppProps {
  readonly service: PmfService;
  readonly initialTab?: TabKey;
}

/**
 * The task pane. It reads the workbook once through `service` and shares that state with five views. A view
 * mounts when first shown and stays mounted while hidden, so nothing typed is lost when the user switches tabs.
 */
export function App({ service, initialTab = 'tag' }: AppProps) {
  const styles = useAppStyles();
  const workbook = useWorkbook(service);
  const [tab, setTab] = useState<TabKey>(initialTab);
  // A view mounts the first time it is shown and then stays mounted (hidden), so nothing typed in it is lost.
  const [visited, setVisited] = useState<ReadonlySet<TabKey>>(() => new Set([initialTab]));
  const { state } = workbook;

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <NoticesProvider>
        <main className={styles.root}>
          <header className={styles.header}>
            <h1 className={styles.title}>
              Corporate Parenting PMF
              {state ? <span className={styles.workbook}>{state.workbookName}</span> : null}
            </h1>
            {workbook.loading && state ? <Spinner size="tiny" aria-label="Reading the workbook" /> : null}
            <Link
              className={styles.help}
              href={HELP_PAGE}
              target="_blank"
              rel="noopener noreferrer"
              aria-label="Help (opens in the browser)"
            >
              Help
            </Link>
            <Button
              appearance="subtle"
              icon={<ArrowSyncRegular />}
              onClick={() => void workbook.refresh()}
              disabled={workbook.loading}
              aria-label="Read the workbook again"
              title="Read the workbook again"
            />
          </header>

          <ErrorBar
            title="Could not read the workbook"
            message={workbook.error}
            onRetry={() => void workbook.refresh()}
            onDismiss={state ? workbook.clearError : undefined}
          />

          {state === null ? (
            workbook.loading ? (
              <Spinner label="Reading the workbook…" />
            ) : null
          ) : (
            <>
              {state.settingsProblems.length > 0 ? (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>Some settings could not be read</MessageBarTitle>
                    <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
                      {state.settingsProblems.map((p, i) => (
                        <li key={i}>{p}</li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              <ViewTabs
                className={styles.tabs}
                tabClassName={styles.tab}
                tabs={TABS}
                selected={tab}
                onSelect={(next) => {
                  setTab(next);
                  setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
                }}
              />
              <NoticeHost />
              <ReadAgainWhenShown workbook={workbook} showsFigures={SHOWS_FIGURES.has(tab)} />
              {TABS.filter((t) => visited.has(t.key)).map((t) => (
                <div
                  key={t.key}
                  id={`panel-${t.key}`}
                  role="tabpanel"
                  aria-labelledby={`tab-${t.key}`}
                  hidden={tab !== t.key}
                  className={styles.panel}
                >
                  {t.key === 'tag' ? <TagTab service={service} state={state} workbook={workbook} /> : null}
                  {t.key === 'check' ? (
                    <CheckTab service={service} state={state} workbook={workbook} />
                  ) : null}
                  {t.key === 'figures' ? (
                    <FiguresTab service={service} state={state} workbook={workbook} />
                  ) : null}
                  {t.key === 'summary' ? (
                    <SummaryTab service={service} state={state} workbook={workbook} />
                  ) : null}
                  {t.key === 'framework' ? (
                    <FrameworkTab service={service} state={state} workbook={workbook} />
                  ) : null}
                </div>
              ))}
            </>
          )}
        </main>
      </NoticesProvider>
    </FluentProvider>
  );
}
