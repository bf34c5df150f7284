import { Button, Field, Select, Text, Textarea } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular, SaveRegular } from '@fluentui/react-icons';
import type { Framework } from '../../../domain/framework/types';
import { ErrorBar } from '../../components/ErrorBar';
import { UkDateInput } from '../../components/UkDateInput';
import { isIsoDate, longUkDate, ukDate } from '../../format';
import { useViewStyles } from '../shared.styles';
import { useSummaryViewStyles } from './SummaryView.styles';
import type { EvidenceModel } from './useEvidence';

/** Evidence notes for the lines of enquiry: listed with their dates, each editable and removable (with Undo). */
export function EvidenceSection({
  framework,
  evidence: e,
  unmeasuredKloes,
  busy,
}: {
  readonly framework: Framework;
  readonly evidence: EvidenceModel;
  readonly unmeasuredKloes: ReadonlySet<string>;
  readonly busy: boolean;
}) {
  const v = useViewStyles();
  const s = useSummaryViewStyles();
  const kloeTitle = new Map(framework.kloes.map((k) => [k.id, k.title]));
  return (
    <section className={v.section} aria-labelledby="summary-evidence-heading">
      <h2 id="summary-evidence-heading" className={v.subheading}>
        Evidence for lines of enquiry
      </h2>
      <Text size={200} className={v.muted}>
        The summary shows these notes under each KLOE; for a KLOE no number measures yet, they are its only
        content.
      </Text>
      {framework.evidence.length === 0 ? <Text className={v.muted}>No evidence notes yet.</Text> : null}
      <ul className={v.list}>
        {framework.evidence.map((n, i) => (
          <li key={`${n.kloeId}-${i}`} className={s.note} aria-current={e.editing === i ? 'true' : undefined}>
            <Text className={s.noteText}>
              <strong>{n.kloeId}</strong> {kloeTitle.get(n.kloeId) ?? ''}: {n.text}
              {n.date ? ` (${ukDate(n.date)})` : ''}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              icon={<EditRegular />}
              disabled={busy}
              onClick={() => e.onEdit(i)}
              aria-label={`Edit evidence note ${i + 1} for ${n.kloeId}`}
              title="Edit"
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<DeleteRegular />}
              disabled={busy}
              onClick={() => e.onRemove(i)}
              aria-label={`Remove evidence note ${i + 1} for ${n.kloeId}`}
              title="Remove"
            />
          </li>
        ))}
      </ul>
      <div
        ref={e.formRef}
        className={v.section}
        role="group"
        aria-label={e.editing === null ? 'New evidence note' : `Editing evidence note ${e.editing + 1}`}
      >
        {e.editing !== null ? <Text weight="semibold">Editing note {e.editing + 1}</Text> : null}
        <Field label="Line of enquiry" validationMessage={e.errors.kloe}>
          <Select value={e.kloe} onChange={(_, d) => e.setKloe(d.value)}>
            {framework.kloes.map((k) => (
              <option key={k.id} value={k.id}>
                {k.id} {k.title}
                {unmeasuredKloes.has(k.id) ? ' (no measure tagged)' : ''}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Evidence note" validationMessage={e.errors.text}>
          <Textarea
            resize="vertical"
            value={e.text}
            onChange={(_, d) => e.setText(d.value)}
            placeholder="e.g. Children in Care Council presented to the Panel in March."
          />
        </Field>
        <Field
          label="Date of the note"
          validationMessage={e.errors.date}
          hint={isIsoDate(e.date) ? longUkDate(e.date) : 'Day/month/year'}
        >
          <UkDateInput value={e.date} onChange={e.setDate} />
        </Field>
        <div className={v.actions}>
          <Button
            icon={e.editing === null ? <AddRegular /> : <SaveRegular />}
            onClick={e.onSubmit}
            disabled={busy}
          >
            {e.editing === null ? 'Add note' : 'Save note'}
          </Button>
          {e.editing !== null ? <Button onClick={e.onCancelEdit}>Cancel</Button> : null}
        </div>
        <ErrorBar message={e.error} onDismiss={e.dismissError} />
      </div>
    </section>
  );
}
