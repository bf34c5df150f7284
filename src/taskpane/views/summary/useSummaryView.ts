import { useCallback, useMemo, useRef, useState } from 'react';
import type { MeasureFigures } from '../../../domain/calc/types';
import type { Framework, Kloe, Measure } from '../../../domain/framework/types';
import type { Progress, SummaryWriteResult } from '../../../excel/operations-types';
import { describeError } from '../../errors';
import { isIsoDate } from '../../format';
import type { ViewDeps } from '../types';
import { applyCommentary, remainingDrafts, type CommentaryDraft, type CommentaryDrafts } from './commentary';
import { useEvidence, type EvidenceModel } from './useEvidence';
import { useNotices } from '../../components/Notices';

export interface CommentarySection {
  readonly kloe: Kloe;
  readonly measures: readonly Measure[];
}

/** Which measures the commentary list shows. */
export type CommentaryFilter = 'all' | 'redAmber' | 'noCommentary';

export interface SummaryViewModel {
  readonly framework: Framework;
  readonly asAt: string;
  readonly setAsAt: (asAt: string) => void;
  readonly asAtError: string | undefined;
  /** Measures offered for commentary (tagged, already commented, or added), by home KLOE, filtered. */
  readonly commentary: readonly CommentarySection[];
  /** Measures offered before the filter, for 'n of m shown'. */
  readonly commentaryTotal: number;
  readonly filter: CommentaryFilter;
  readonly setFilter: (filter: CommentaryFilter) => void;
  /** Each measure's figures, to show beside its commentary. */
  readonly figuresOf: (measureId: string) => MeasureFigures | undefined;
  readonly commentOf: (measureId: string) => string;
  readonly actionOf: (measureId: string) => string;
  readonly setComment: (measureId: string, text: string) => void;
  readonly setAction: (measureId: string, text: string) => void;
  /** Whether a measure's commentary or action has text not saved yet. */
  readonly unsaved: (measureId: string) => boolean;
  readonly addMeasure: (measureId: string) => void;
  readonly dirty: boolean;
  readonly onSaveCommentary: () => void;
  readonly evidence: EvidenceModel;
  /** KLOEs with no tagged measure: their evidence is all the summary shows for them. */
  readonly unmeasuredKloes: ReadonlySet<string>;
  readonly busy: 'saving' | 'writing' | null;
  readonly progress: Progress | null;
  readonly result: SummaryWriteResult | null;
  readonly onWrite: () => void;
  readonly error: string | null;
  readonly dismissError: () => void;
}

/** State of the Summary view: commentary and actions, evidence notes, and writing the Panel summary sheet. */
export function useSummaryView({ service, state, workbook }: ViewDeps): SummaryViewModel {
  const framework = state.framework;
  const [drafts, setDrafts] = useState<CommentaryDrafts>({});
  const [added, setAdded] = useState<readonly string[]>([]);
  const [filter, setFilter] = useState<CommentaryFilter>('all');
  const [busy, setBusy] = useState<'saving' | 'writing' | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<SummaryWriteResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useNotices();
  const evidence = useEvidence({ framework, workbook });
  const figures = useMemo(() => new Map(state.figures.map((f) => [f.measureId, f])), [state.figures]);
  // The newest drafts, for async continuations.
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;

  const asAt = workbook.asAt;
  const asAtError = !asAt
    ? 'Enter the date the report is as at.'
    : !isIsoDate(asAt)
      ? 'Enter the date as day/month/year, such as 31/03/2025.'
      : undefined;

  const tagged = useMemo(() => new Set(state.tags.map((t) => t.tag.measureId)), [state.tags]);

  const offered = useMemo(() => {
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

  const commentary = useMemo(() => {
    // Filtered by what is saved, so a measure does not vanish while its commentary is being typed.
    const keep = (id: string) =>
      filter === 'all' ||
      (filter === 'redAmber'
        ? figures.get(id)?.rag === 'red' || figures.get(id)?.rag === 'amber'
        : !(framework.settings[id]?.comment ?? '').trim());
    return offered
      .map((sec) => ({ ...sec, measures: sec.measures.filter((m) => keep(m.id)) }))
      .filter((sec) => sec.measures.length > 0);
  }, [offered, filter, figures, framework.settings]);

  const unmeasuredKloes = useMemo(() => {
    const covered = new Set(framework.measures.filter((m) => tagged.has(m.id)).flatMap((m) => m.kloes));
    return new Set(framework.kloes.filter((k) => !covered.has(k.id)).map((k) => k.id));
  }, [framework, tagged]);

  const setDraft = useCallback((id: string, patch: CommentaryDraft) => {
    setDrafts((d) => ({ ...d, [id]: { ...d[id], ...patch } }));
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
    void saveCommentary()
      .then((ok) => ok && notify('Commentary saved in the workbook.'))
      .finally(() => setBusy(null));
  }, [saveCommentary, notify]);

  const onWrite = useCallback(() => {
    if (asAtError || busy) return;
    setBusy('writing');
    setError(null);
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

  const savedText = (id: string, key: 'comment' | 'action') => framework.settings[id]?.[key] ?? '';
  return {
    framework,
    asAt,
    setAsAt: workbook.setAsAt,
    asAtError,
    commentary,
    commentaryTotal: offered.reduce((n, sec) => n + sec.measures.length, 0),
    filter,
    setFilter,
    figuresOf: (id) => figures.get(id),
    commentOf: (id) => drafts[id]?.comment ?? savedText(id, 'comment'),
    actionOf: (id) => drafts[id]?.action ?? savedText(id, 'action'),
    setComment: (id, text) => setDraft(id, { comment: text }),
    setAction: (id, text) => setDraft(id, { action: text }),
    unsaved: (id) => {
      const d = drafts[id];
      return (
        !!d &&
        ((d.comment !== undefined && d.comment.trim() !== savedText(id, 'comment').trim()) ||
          (d.action !== undefined && d.action.trim() !== savedText(id, 'action').trim()))
      );
    },
    addMeasure: (id) => setAdded((a) => (a.includes(id) ? a : [...a, id])),
    dirty: Object.keys(drafts).length > 0,
    onSaveCommentary,
    evidence,
    unmeasuredKloes,
    busy: busy ?? (evidence.saving ? 'saving' : null),
    progress,
    result,
    onWrite,
    error,
    dismissError: () => setError(null),
  };
}
