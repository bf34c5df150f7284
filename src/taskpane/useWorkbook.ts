import { useCallback, useEffect, useRef, useState } from 'react';
import type { Framework } from '../domain/framework/types';
import type { PmfService, SheetChange, WorkbookState } from '../excel/operations-types';
import { describeError } from './errors';

export interface WorkbookHandle {
  readonly state: WorkbookState | null;
  /** True while a load is in flight. */
  readonly loading: boolean;
  /** Error of the last load started by `refresh` (the first load included). */
  readonly error: string | null;
  /** As-at date the pane works to (ISO); '' until the first load. */
  readonly asAt: string;
  readonly setAsAt: (asAt: string) => void;
  /** Reads the workbook again. Throws on failure (callers show the message); the state is kept. */
  readonly load: (asAt?: string) => Promise<WorkbookState>;
  /** As load, but reports failure in `error` instead of throwing; resolves to whether it read the workbook. */
  readonly refresh: () => Promise<boolean>;
  readonly clearError: () => void;
  /** Saves the framework, updates the state at once, then re-reads figures and findings. Throws on failure. */
  readonly saveFramework: (framework: Framework) => Promise<void>;
  /**
   * The latest change to a tagged sheet since the workbook was last read (the figures shown are out of
   * date), or null when they are current.
   */
  readonly stale: SheetChange | null;
}

/** The workbook state the whole pane shares: loaded once on mount, then on demand. */
export function useWorkbook(service: PmfService): WorkbookHandle {
  const [state, setState] = useState<WorkbookState | null>(null);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [asAt, setAsAtState] = useState('');
  const asAtRef = useRef('');
  const latestRequest = useRef(0);
  const mounted = useRef(true);
  const [stale, setStale] = useState<SheetChange | null>(null);
  // Counts changes to tagged sheets: a read that started before the latest change is not fresh.
  const changes = useRef(0);

  const setAsAt = useCallback((value: string) => {
    asAtRef.current = value;
    setAsAtState(value);
  }, []);

  const load = useCallback(
    async (wanted?: string) => {
      const request = ++latestRequest.current;
      const changesBefore = changes.current;
      setPending((n) => n + 1);
      try {
        const next = await service.load(wanted ?? (asAtRef.current || undefined));
        // A later load supersedes this one: keep its result, not ours.
        if (mounted.current && request === latestRequest.current) {
          setState(next);
          if (!asAtRef.current && next.asAt) setAsAt(next.asAt);
          if (changes.current === changesBefore) setStale(null);
        }
        return next;
      } finally {
        if (mounted.current) setPending((n) => n - 1);
      }
    },
    [service, setAsAt],
  );

  const refresh = useCallback(async () => {
    try {
      await load();
      if (mounted.current) setError(null);
      return true;
    } catch (e) {
      if (mounted.current) setError(describeError(e));
      return false;
    }
  }, [load]);

  const saveFramework = useCallback(
    async (framework: Framework) => {
      await service.saveFramework(framework);
      if (!mounted.current) return;
      setState((s) => (s ? { ...s, framework } : s));
      // Targets and tolerances change RAG and findings: re-read, but a failure here does not undo the save.
      void refresh();
    },
    [service, refresh],
  );

  useEffect(() => {
    mounted.current = true;
    void refresh();
    return () => {
      mounted.current = false;
    };
  }, [refresh]);

  // Watch the tagged sheets: a change there makes the figures out of date at once.
  const taggedSheets = state ? [...new Set(state.tags.map((t) => t.tag.sheet))].sort().join('\u0000') : '';
  useEffect(() => {
    if (!taggedSheets) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    service
      .onSheetsChanged(taggedSheets.split('\u0000'), (change) => {
        changes.current++;
        if (mounted.current) setStale(change);
      })
      .then((off) => {
        if (cancelled) off();
        else stop = off;
      })
      .catch(() => {
        // Without change events the pane still reads the workbook on each action and on Read again.
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [service, taggedSheets]);

  return {
    state,
    loading: pending > 0,
    error,
    asAt,
    setAsAt,
    load,
    refresh,
    clearError: useCallback(() => setError(null), []),
    saveFramework,
    stale,
  };
}
