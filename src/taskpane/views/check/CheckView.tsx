import { Badge, Button, Field, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { quoteSheetName } from '../../../domain/grid';
import type { Severity } from '../../../domain/validate/types';
import { StaleBar } from '../../components/Freshness';
import { ErrorBar } from '../../components/ErrorBar';
import { UkDateInput } from '../../components/UkDateInput';
import { longUkDate, plural, ukDate } from '../../format';
import { useViewStyles } from '../shared.styles';
import type { ViewDeps } from '../types';
import { useCheckViewStyles } from './CheckView.styles';
import { useCheckView, type CheckViewModel } from './useCheckView';

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};
const NOUN: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

export function CheckView(props: CheckViewModel) {
  const v = useViewStyles();
  const s = useCheckViewStyles();
  const total = props.counts.error + props.counts.warning + props.counts.info;
  return (
    <div className={v.view}>
      <div className={s.runRow}>
        <Field
          label="As at"
          validationMessage={props.asAtError}
          hint={props.asAt && !props.asAtError ? longUkDate(props.asAt) : 'Day/month/year'}
        >
          <UkDateInput value={props.asAt} onChange={props.setAsAt} />
        </Field>
        <Button
          appearance="primary"
          onClick={props.onRun}
          disabled={props.running || !!props.asAtError}
          icon={props.running ? <Spinner size="tiny" /> : undefined}
        >
          {props.running ? 'Checking…' : 'Run checks'}
        </Button>
      </div>
      <div className={s.counts} role="status" aria-live="polite">
        {(['error', 'warning', 'info'] as const).map((sev) => (
          <Badge
            key={sev}
            appearance={props.counts[sev] && sev !== 'info' ? 'filled' : 'tint'}
            color={COLOR[sev]}
          >
            {plural(props.counts[sev], NOUN[sev][0], NOUN[sev][1])}
          </Badge>
        ))}
        {props.lastChecked ? (
          <Text size={200} className={v.muted}>
            Checked at {props.lastChecked}
            {props.asAt ? `, as at ${ukDate(props.asAt)}` : ''}
          </Text>
        ) : null}
      </div>
      <ErrorBar message={props.error} onDismiss={props.dismissError} />
      {total === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>No problems found in the tagged data.</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.severities
        .filter((sg) => sg.count > 0)
        .map((sg) => (
          <section
            key={sg.severity}
            className={`${v.section} ${s[sg.severity]}`}
            aria-labelledby={`check-${sg.severity}`}
          >
            <h2 id={`check-${sg.severity}`} className={v.subheading}>
              {sg.title} ({sg.count})
            </h2>
            {sg.groups.map((g) => (
              <div key={g.key} className={s.group}>
                <Text className={s.groupTitle}>{g.title}</Text>
                <ul className={v.list}>
                  {g.findings.map((f, i) => (
                    <li key={`${f.ruleId}-${i}`} data-rule={f.ruleId}>
                      {f.cell ? (
                        <Button appearance="subtle" className={v.rowButton} onClick={() => props.onGoTo(f)}>
                          <span className={s.finding}>
                            <span>{f.message}</span>
                            <span className={s.where}>
                              Go to {quoteSheetName(f.cell.sheet)}!{f.cell.address}
                            </span>
                          </span>
                        </Button>
                      ) : (
                        <Text className={s.plain} block>
                          {f.message}
                        </Text>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
    </div>
  );
}

/** The Check tab: its hook wired to its view. */
export function CheckTab(deps: ViewDeps) {
  return (
    <>
      <StaleBar workbook={deps.workbook} />
      <CheckView {...useCheckView(deps)} />
    </>
  );
}
