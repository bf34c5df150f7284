import { useCallback, useRef, useState, type RefObject } from 'react';
import type { EvidenceNote, Framework } from '../../../domain/framework/types';
import { useFocusAfterRender, useFocusFirstInvalid } from '../../components/focus';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../errors';
import { isIsoDate, todayIso } from '../../format';
import type { WorkbookHandle } from '../../useWorkbook';
import { addEvidence, insertEvidence, removeEvidence, replaceEvidence } from './commentary';

export interface EvidenceErrors {
  readonly kloe?: string;
  readonly text?: string;
  readonly date?: string;
}

export interface EvidenceModel {
  readonly kloe: string;
  readonly setKloe: (kloeId: string) => void;
  readonly text: string;
  readonly setText: (text: string) => void;
  /** The note's date: ISO, or the text typed while it is not a date yet. Today for a new note. */
  readonly date: string;
  readonly setDate: (date: string) => void;
  readonly errors: EvidenceErrors;
  /** The note being edited (its index), or null when the form adds a new one. */
  readonly editing: number | null;
  readonly onSubmit: () => void;
  readonly onEdit: (index: number) => void;
  readonly onCancelEdit: () => void;
  readonly onRemove: (index: number) => void;
  readonly saving: boolean;
  readonly error: string | null;
  readonly dismissError: () => void;
  /** The form, for focusing its first bad field. */
  readonly formRef: RefObject<HTMLDivElement>;
}

/** Evidence notes for lines of enquiry: add, edit and remove (with Undo); dated, today by default. */
export function useEvidence({
  framework,
  workbook,
}: {
  framework: Framework;
  workbook: WorkbookHandle;
}): EvidenceModel {
  const [kloe, setKloe] = useState(framework.kloes[0]?.id ?? '');
  const [text, setText] = useState('');
  const [date, setDate] = useState(() => todayIso());
  const [errors, setErrors] = useState<EvidenceErrors>({});
  const [editing, setEditing] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useNotices();
  const formRef = useRef<HTMLDivElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const focus = useFocusAfterRender();
  // The framework as it is when Undo is pressed, not as it was when the note was removed.
  const latest = useRef(framework);
  latest.current = framework;

  const reset = useCallback(() => {
    setText('');
    setDate(todayIso());
    setEditing(null);
    setErrors({});
  }, []);

  const save = useCallback(
    (next: Framework, done: () => void, failure: string) => {
      setSaving(true);
      setError(null);
      workbook
        .saveFramework(next)
        .then(done)
        .catch((e: unknown) => setError(`${failure}: ${describeError(e)}`))
        .finally(() => setSaving(false));
    },
    [workbook],
  );

  const onSubmit = useCallback(() => {
    const t = text.trim();
    const problems: EvidenceErrors = {
      ...(kloe ? {} : { kloe: 'Choose a line of enquiry.' }),
      ...(!t
        ? { text: 'Write the evidence note first.' }
        : t.length > 2000
          ? { text: 'Keep the note under 2,000 characters.' }
          : {}),
      ...(isIsoDate(date) ? {} : { date: 'Enter the date as day/month/year, such as 12/03/2025.' }),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      focusInvalid();
      return;
    }
    const note: EvidenceNote = { kloeId: kloe, text: t, date };
    if (editing === null) {
      const next = addEvidence(framework, note);
      const index = next.evidence.length - 1;
      save(
        next,
        () => {
          reset();
          notify({
            text: 'Evidence note added.',
            undo: async () => {
              await workbook.saveFramework(removeEvidence(latest.current, index));
              return 'Evidence note taken out again.';
            },
          });
        },
        'Evidence note not saved (your text is kept)',
      );
      return;
    }
    const index = editing;
    const before = framework.evidence[index];
    save(
      replaceEvidence(framework, index, note),
      () => {
        reset();
        notify({
          text: 'Evidence note saved.',
          undo: async () => {
            await workbook.saveFramework(replaceEvidence(latest.current, index, before));
            return 'Evidence note put back as it was.';
          },
        });
      },
      'Evidence note not saved (your text is kept)',
    );
  }, [text, kloe, date, editing, framework, save, reset, notify, workbook, focusInvalid]);

  const onEdit = useCallback(
    (index: number) => {
      const note = framework.evidence[index];
      if (!note) return;
      setEditing(index);
      setKloe(note.kloeId);
      setText(note.text);
      setDate(note.date ?? todayIso());
      setErrors({});
      focus(() => formRef.current?.querySelector('textarea'));
    },
    [framework, focus],
  );

  const onRemove = useCallback(
    (index: number) => {
      const note = framework.evidence[index];
      if (!note) return;
      save(
        removeEvidence(framework, index),
        () => {
          if (editing === index) reset();
          notify({
            text: `Evidence note for ${note.kloeId} removed.`,
            undo: async () => {
              await workbook.saveFramework(insertEvidence(latest.current, index, note));
              return `Evidence note for ${note.kloeId} put back.`;
            },
          });
        },
        'Evidence note not removed',
      );
    },
    [framework, save, editing, reset, notify, workbook],
  );

  return {
    kloe,
    setKloe: (k) => {
      setKloe(k);
      setErrors(({ kloe: _k, ...rest }) => rest);
    },
    text,
    setText: (t) => {
      setText(t);
      setErrors(({ text: _t, ...rest }) => rest);
    },
    date,
    setDate: (d) => {
      setDate(d);
      setErrors(({ date: _d, ...rest }) => rest);
    },
    errors,
    editing,
    onSubmit,
    onEdit,
    onCancelEdit: reset,
    onRemove,
    saving,
    error,
    dismissError: () => setError(null),
    formRef,
  };
}
