import { useCallback, useMemo, useRef, useState } from 'react';
import type { EvidenceNote, Framework, Kloe, Measure } from '../../../domain/framework/types';
import type { Progress, SummaryWriteResult } from '../../../excel/operations-types';
import { describeError } from '../../errors';
import { isIsoDate, todayIso } from '../../format';
import type { ViewDeps } from '../types';
import {
  addEvidence,
  applyCommentary,
  remainingDrafts,
  removeEvidence,
  type CommentaryDraft,
  type CommentaryDrafts,
} from './commentary';

export interface CommentarySection {
  readonly kloe: Kloe;
  readonly measures: readonly Measure[];
}

export interface SummaryViewModel {
  readonly framework: Framework;
  readonly asAt: string;
  readonly setAsAt: (asAt: string) => void;
  readonly asAtError: string | undefined;
  /** Measures offered for commentary (tagged, already commented, or added), by home KLOE. */
  readonly commentary: readonly CommentarySection[];
  readonly commentOf: (measureId: string) => string;
  readonly actionOf: (measureId: string) => string;
  readonly setComment: (measureId: string, text: string) => void;
  readonly setAction: (measureId: string, text: string) => void;
  readonly addMeasure: (measureId: string) => void;
  readonly dirty: boolean;
  readonly onSaveCommentary: () => void;
  readonly evidenceKloe: string;
  readonly setEvidenceKloe: (kloeId: string) => void;
  readonly evidenceText: string;
  readonly setEvidenceText: (text: string) => void;
  readonly evidenceError: string | undefined;
  readonly onAddEvidence: () => void;
  readonly onRemoveEvidence: (index: number) => void;
  /** KLOEs with no tagged measure: their evidence is all the summary shows for them. */
  readonly unmeasuredKloes: ReadonlySet<string>;
  readonly busy: 'saving' | 'writing' | null;
  readonly progress: Progress | null;
  readonly result: SummaryWriteResult | null;
  readonly onWrite: () => void;
  readonly error: string | null;
  readonly dismissError: () => void;
  readonly notice: string | null;
}

/** State of the Summary view: commentary and actions, evidence notes, and writing the Panel summary sheet. */
export function useSummaryView({ service, state, workbook }: ViewDeps): SummaryViewModel {
  const framework = state.framework;
  const [drafts, setDrafts] = useState<CommentaryDrafts>({});
  const [added, setAdded] = useState<readonly string[]>([]);
  const [evidenceKloe, setEvidenceKloe] = useState(framework.kloes[0]?.id ?? '');
  const [evidenceText, setEvidenceText] = useState('');
  const [evidenceError, setEvidenceError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<'saving' | 'writing' | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<SummaryWriteResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The newest drafts, for async continuations.
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;

  const asAt = workbook.asAt;
  const asAtError = !asAt
    ? 'Enter the date the report is as at.'
    : !isIsoDate(asAt)
      ? 'Enter a valid date.'
      : undefined;

  const tagged = useMemo(() => new Set(state.tags.map((t) => t.tag.measureId)), [state.tags]);

  const commentary = useMemo(() => {
    const wanted = new Set<string>([...tagged, ...added, ...Object.keys(drafts)]);
    for (const [id, s] of Object.entries(framework.settings)) if (s.comment || s.action) wanted.add(id);
    const kloeIds = new Set(framework.kloes.map((k) => k.id));
    return framework.kloes
      .map((kloe) => ({
        kloe,
        measures: framework.measures.filter(
          (m) => wanted.has(m.id) && (m.kloes.find((k) => kloeIds.has(k)) ?? '') === kloe.id,
        ),
      }))
      .filter((s) => s.measures.length > 0);
  }, [framework, tagged, added, drafts]);

  const unmeasuredKloes = useMemo(() => {
    const covered = new Set(framework.measures.filter((m) => tagged.has(m.id)).flatMap((m) => m.kloes));
    return new Set(framework.kloes.filter((k) => !covered.has(k.id)).map((k) => k.id));
  }, [framework, tagged]);

  const setDraft = useCallback((id: string, patch: CommentaryDraft) => {
    setDrafts((d) => ({ ...d, [id]: { ...d[id], ...patch } }));
    setNotice(null);
  }, []);

  /** Saves drafted commentary; true when there was nothing to save or it saved. Drafts survive a failure. */
  const saveCommentary = useCallback(async (): Promise<boolean> => {
    const snapshot = draftsRef.current;
    if (Object.keys(snapshot).length === 0) return true;
    const next = applyCommentary(state.framework, snapshot);
    try {
      await workbook.saveFramework(next);
      // Keep whatever was typed while saving.
      setDrafts((current) => remainingDrafts(current, next));
      return true;
    } catch (e) {
      setError(`Commentary not saved: ${describeError(e)} Your text is kept.`);
      return false;
    }
  }, [state.framework, workbook]);

  const onSaveCommentary = useCallback(() => {
    setBusy('saving');
    setError(null);
    setNotice(null);
    void saveCommentary()
      .then((ok) => ok && setNotice('Commentary saved in the workbook.'))
      .finally(() => setBusy(null));
  }, [saveCommentary]);

  const onAddEvidence = useCallback(() => {
    const text = evidenceText.trim();
    if (!evidenceKloe) return setEvidenceError('Choose a line of enquiry.');
    if (!text) return setEvidenceError('Write the evidence note first.');
    if (text.length > 2000) return setEvidenceError('Keep the note under 2,000 characters.');
    setEvidenceError(undefined);
    setBusy('saving');
    setError(null);
    setNotice(null);
    const note: EvidenceNote = { kloeId: evidenceKloe, text, date: todayIso() };
    workbook
      .saveFramework(addEvidence(state.framework, note))
      .then(() => {
        setEvidenceText('');
        setNotice('Evidence note added.');
      })
      .catch((e: unknown) => setError(`Evidence note not saved: ${describeError(e)} Your text is kept.`))
      .finally(() => setBusy(null));
  }, [evidenceKloe, evidenceText, state.framework, workbook]);

  const onRemoveEvidence = useCallback(
    (index: number) => {
      setBusy('saving');
      setError(null);
      setNotice(null);
      workbook
        .saveFramework(removeEvidence(state.framework, index))
        .then(() => setNotice('Evidence note removed.'))
        .catch((e: unknown) => setError(`Evidence note not removed: ${describeError(e)}`))
        .finally(() => setBusy(null));
    },
    [state.framework, workbook],
  );

  const onWrite = useCallback(() => {
    if (asAtError || busy) return;
    setBusy('writing');
    setError(null);
    setNotice(null);
    setResult(null);
    setProgress({ step: 'Saving commentary', fraction: 0 });
    void (async () => {
      try {
        if (!(await saveCommentary())) return;
        const written = await service.writeSummary(asAt, (p) => setProgress(p));
        setResult(written);
      } catch (e) {
        setError(`The summary sheet was not written: ${describeError(e)}`);
      } finally {
        setBusy(null);
        setProgress(null);
      }
    })();
  }, [asAtError, busy, saveCommentary, service, asAt]);

  return {
    framework,
    asAt,
    setAsAt: workbook.setAsAt,
    asAtError,
    commentary,
    commentOf: (id) => drafts[id]?.comment ?? framework.settings[id]?.comment ?? '',
    actionOf: (id) => drafts[id]?.action ?? framework.settings[id]?.action ?? '',
    setComment: (id, text) => setDraft(id, { comment: text }),
    setAction: (id, text) => setDraft(id, { action: text }),
    addMeasure: (id) => setAdded((a) => (a.includes(id) ? a : [...a, id])),
    dirty: Object.keys(drafts).length > 0,
    onSaveCommentary,
    evidenceKloe,
    setEvidenceKloe,
    evidenceText,
    setEvidenceText: (t) => {
      setEvidenceText(t);
      setEvidenceError(undefined);
    },
    evidenceError,
    onAddEvidence,
    onRemoveEvidence,
    unmeasuredKloes,
    busy,
    progress,
    result,
    onWrite,
    error,
    dismissError: () => setError(null),
    notice,
  };
}
