import { useState } from 'react';
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { DocumentTableRegular, SaveRegular } from '@fluentui/react-icons';
import type { MeasureFigures } from '../../../domain/calc/types';
import type { Measure } from '../../../domain/framework/types';
import type { SummaryWriteResult } from '../../../excel/operations-types';
import { StaleBar } from '../../components/Freshness';
import { ErrorBar } from '../../components/ErrorBar';
import { DirectionIcon } from '../../components/DirectionIcon';
import { MeasurePicker } from '../../components/MeasurePicker';
import { RagBadge } from '../../components/RagBadge';
import { UkDateInput } from '../../components/UkDateInput';
import { formatValue, longUkDate, plural } from '../../format';
import { EvidenceSection } from './EvidenceSection';
import { useViewStyles } from '../shared.styles';
import type { ViewDeps } from '../types';
import { useSummaryViewStyles } from './SummaryView.styles';
import { useSummaryView, type CommentaryFilter, type SummaryViewModel } from './useSummaryView';

function ResultBar({ result }: { result: SummaryWriteResult }) {
  return (
    <MessageBar intent={result.errors > 0 ? 'warning' : 'success'} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Summary written to ‘{result.sheetName}’</MessageBarTitle>
        {plural(result.measures, 'measure')}, {plural(result.findings, 'finding')} listed
        {result.errors > 0 ? `, of which ${plural(result.errors, 'error')} to fix before the Panel` : ''}. The
        front page for the Panel is in ‘{result.frontPageSheetName}’, just before it.
        {result.renamedBecauseTaken
          ? ` A sheet of yours already had the usual name, so the summary went to ‘${result.sheetName}’ and your sheet was left as it was.`
          : ''}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A measure's latest figure, direction and RAG, beside its commentary. */
function FigureLine({ measure, figures }: { measure: Measure; figures: MeasureFigures | undefined }) {
  const s = useSummaryViewStyles();
  if (!figures?.latest) {
    return (
      <Text size={200} className={s.figureLine}>
        No figure yet
      </Text>
    );
  }
  return (
    <Text size={200} className={s.figureLine} data-testid="figure-line">
      <span>
        {formatValue(figures.latest.value, measure.unit)} in {figures.latest.label}
      </span>
      {figures.change !== null ? (
        <DirectionIcon direction={figures.direction} change={figures.change} />
      ) : null}
      <RagBadge rag={figures.rag} />
    </Text>
  );
}

const FILTER_LABEL: Record<CommentaryFilter, string> = {
  all: 'All measures',
  redAmber: 'Red or amber',
  noCommentary: 'No commentary yet',
};

export function SummaryView(props: SummaryViewModel) {
  const v = useViewStyles();
  const s = useSummaryViewStyles();
  const fw = props.framework;
  const shownIds = new Set(props.commentary.flatMap((c) => c.measures.map((m) => m.id)));
  const busy = props.busy !== null;
  const shown = props.commentary.reduce((n, c) => n + c.measures.length, 0);
  // The picker's list renders only while its disclosure is open.
  const [pickerOpen, setPickerOpen] = useState(false);

  return (
    <div className={v.view}>
      <section className={s.write} aria-labelledby="summary-write-heading">
        <h2 id="summary-write-heading" className={v.subheading}>
          Panel summary sheet
        </h2>
        <Field
          label="As at"
          validationMessage={props.asAtError}
          hint={props.asAt && !props.asAtError ? longUkDate(props.asAt) : 'Day/month/year'}
        >
          <UkDateInput value={props.asAt} onChange={props.setAsAt} />
        </Field>
        <div className={v.actions}>
          <Button
            appearance="primary"
            icon={<DocumentTableRegular />}
            onClick={props.onWrite}
            disabled={busy || !!props.asAtError}
          >
            {props.busy === 'writing' ? 'Writing…' : 'Write summary sheet'}
          </Button>
        </div>
        {props.busy === 'writing' && props.progress ? (
          <Field validationMessage={props.progress.step} validationState="none" aria-live="polite">
            <ProgressBar value={props.progress.fraction} max={1} aria-label="Writing the summary sheet" />
          </Field>
        ) : null}
        {props.result ? <ResultBar result={props.result} /> : null}
      </section>

      <ErrorBar message={props.error} onDismiss={props.dismissError} />

      <section className={v.section} aria-labelledby="summary-commentary-heading">
        <h2 id="summary-commentary-heading" className={v.subheading}>
          Commentary and actions
        </h2>
        {props.commentaryTotal === 0 ? (
          <Text className={v.muted}>Tag rows first, or add a measure below to comment on it.</Text>
        ) : (
          <Field label="Show">
            <Select
              value={props.filter}
              onChange={(_, d) => props.setFilter(d.value as CommentaryFilter)}
              aria-describedby="summary-commentary-count"
            >
              {(Object.keys(FILTER_LABEL) as CommentaryFilter[]).map((f) => (
                <option key={f} value={f}>
                  {FILTER_LABEL[f]}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {props.commentaryTotal > 0 ? (
          <Text id="summary-commentary-count" size={200} className={v.muted} aria-live="polite">
            {shown === props.commentaryTotal
              ? plural(shown, 'measure')
              : `${shown} of ${plural(props.commentaryTotal, 'measure')} shown`}
          </Text>
        ) : null}
        {props.commentary.map((sec) => (
          <div key={sec.kloe.id} className={v.section}>
            <h3 className={v.subheading}>
              {sec.kloe.id} {sec.kloe.title}
            </h3>
            {sec.measures.map((m) => (
              <div key={m.id} className={s.measure} data-measure={m.id}>
                <div className={s.measureHead}>
                  <Text className={s.measureName}>
                    <span className={s.id}>{m.id}</span>
                    {m.name}
                  </Text>
                  {props.unsaved(m.id) ? (
                    <Badge appearance="tint" color="warning" size="small">
                      Unsaved
                    </Badge>
                  ) : null}
                </div>
                <FigureLine measure={m} figures={props.figuresOf(m.id)} />
                <Field label={`Commentary for ${m.id}`}>
                  <Textarea
                    resize="vertical"
                    value={props.commentOf(m.id)}
                    onChange={(_, d) => props.setComment(m.id, d.value)}
                  />
                </Field>
                <Field label={`Action for ${m.id}`}>
                  <Textarea
                    resize="vertical"
                    value={props.actionOf(m.id)}
                    onChange={(_, d) => props.setAction(m.id, d.value)}
                  />
                </Field>
              </div>
            ))}
          </div>
        ))}
        <div className={s.saveBar}>
          <Button icon={<SaveRegular />} onClick={props.onSaveCommentary} disabled={busy || !props.dirty}>
            {props.busy === 'saving' ? 'Saving…' : 'Save commentary'}
          </Button>
          {props.dirty ? (
            <Badge appearance="tint" color="warning">
              Unsaved changes
            </Badge>
          ) : (
            <Text size={200} className={v.muted}>
              Also saved when the summary is written.
            </Text>
          )}
        </div>
        <details onToggle={(e) => setPickerOpen(e.currentTarget.open)}>
          <summary>Comment on another measure</summary>
          {pickerOpen ? (
            <MeasurePicker
              framework={{ ...fw, measures: fw.measures.filter((m) => !shownIds.has(m.id)) }}
              value={null}
              onChange={props.addMeasure}
              label="Measure to comment on"
            />
          ) : null}
        </details>
      </section>

      <EvidenceSection
        framework={fw}
        evidence={props.evidence}
        unmeasuredKloes={props.unmeasuredKloes}
        busy={busy}
      />
    </div>
  );
}

/** The Summary tab: its hook wired to its view. */
export function SummaryTab(deps: ViewDeps) {
  return (
    <>
      <StaleBar workbook={deps.workbook} />
      <SummaryView {...useSummaryView(deps)} />
    </>
  );
}
