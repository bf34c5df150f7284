import { useState } from 'react';
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, DocumentTableRegular, SaveRegular } from '@fluentui/react-icons';
import type { SummaryWriteResult } from '../../../excel/operations-types';
import { ErrorBar } from '../../components/ErrorBar';
import { NoticeBar } from '../../components/NoticeBar';
import { MeasurePicker } from '../../components/MeasurePicker';
import { plural, ukDate } from '../../format';
import { useViewStyles } from '../shared.styles';
import type { ViewDeps } from '../types';
import { useSummaryViewStyles } from './SummaryView.styles';
import { useSummaryView, type SummaryViewModel } from './useSummaryView';

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

export function SummaryView(props: SummaryViewModel) {
  const v = useViewStyles();
  const s = useSummaryViewStyles();
  const fw = props.framework;
  const kloeTitle = new Map(fw.kloes.map((k) => [k.id, k.title]));
  const shownIds = new Set(props.commentary.flatMap((c) => c.measures.map((m) => m.id)));
  const busy = props.busy !== null;
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
          hint={props.asAt && !props.asAtError ? ukDate(props.asAt) : undefined}
        >
          <Input type="date" value={props.asAt} onChange={(_, d) => props.setAsAt(d.value)} />
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
      <NoticeBar message={props.notice} />

      <section className={v.section} aria-labelledby="summary-commentary-heading">
        <h2 id="summary-commentary-heading" className={v.subheading}>
          Commentary and actions
        </h2>
        {props.commentary.length === 0 ? (
          <Text className={v.muted}>Tag rows first, or add a measure below to comment on it.</Text>
        ) : null}
        {props.commentary.map((sec) => (
          <div key={sec.kloe.id} className={v.section}>
            <h3 className={v.subheading}>
              {sec.kloe.id} {sec.kloe.title}
            </h3>
            {sec.measures.map((m) => (
              <div key={m.id} className={s.measure} data-measure={m.id}>
                <Text className={s.measureName}>
                  <span className={s.id}>{m.id}</span>
                  {m.name}
                </Text>
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
        <div className={v.actions}>
          <Button icon={<SaveRegular />} onClick={props.onSaveCommentary} disabled={busy || !props.dirty}>
            {props.busy === 'saving' ? 'Saving…' : 'Save commentary'}
          </Button>
          {props.dirty ? (
            <Badge appearance="tint" color="warning">
              Unsaved changes
            </Badge>
          ) : null}
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

      <section className={v.section} aria-labelledby="summary-evidence-heading">
        <h2 id="summary-evidence-heading" className={v.subheading}>
          Evidence for lines of enquiry
        </h2>
        <Text size={200} className={v.muted}>
          The summary shows these notes under each KLOE; for a KLOE no number measures yet, they are its only
          content.
        </Text>
        {fw.evidence.length === 0 ? <Text className={v.muted}>No evidence notes yet.</Text> : null}
        <ul className={v.list}>
          {fw.evidence.map((n, i) => (
            <li key={`${n.kloeId}-${i}`} className={s.note}>
              <Text className={s.noteText}>
                <strong>{n.kloeId}</strong> {kloeTitle.get(n.kloeId) ?? ''}: {n.text}
                {n.date ? ` (${ukDate(n.date)})` : ''}
              </Text>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                disabled={busy}
                onClick={() => props.onRemoveEvidence(i)}
                aria-label={`Remove evidence note ${i + 1} for ${n.kloeId}`}
                title="Remove"
              />
            </li>
          ))}
        </ul>
        <Field label="Line of enquiry">
          <Select value={props.evidenceKloe} onChange={(_, d) => props.setEvidenceKloe(d.value)}>
            {fw.kloes.map((k) => (
              <option key={k.id} value={k.id}>
                {k.id} {k.title}
                {props.unmeasuredKloes.has(k.id) ? ' (no measure tagged)' : ''}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Evidence note" validationMessage={props.evidenceError}>
          <Textarea
            resize="vertical"
            value={props.evidenceText}
            onChange={(_, d) => props.setEvidenceText(d.value)}
            placeholder="e.g. Children in Care Council presented to the Panel in March."
          />
        </Field>
        <div className={v.actions}>
          <Button icon={<AddRegular />} onClick={props.onAddEvidence} disabled={busy}>
            Add note
          </Button>
        </div>
      </section>
    </div>
  );
}

/** The Summary tab: its hook wired to its view. */
export function SummaryTab(deps: ViewDeps) {
  return <SummaryView {...useSummaryView(deps)} />;
}
