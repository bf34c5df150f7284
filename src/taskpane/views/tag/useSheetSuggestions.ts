import { useCallback, useEffect, useRef, useState } from 'react';
import type { Framework } from '../../../domain/framework/types';
import type { PmfService, SheetSuggestion, TagRequest } from '../../../excel/operations-types';
import { describeError } from '../../errors';
import type { WorkbookHandle } from '../../useWorkbook';

/** Proposals at or above this score start accepted; the officer accepts or rejects each one. */
export const PRESELECT_SCORE = 0.6;

export interface SheetSuggestionsModel {
  readonly sheet: string | null;
  readonly proposals: readonly SheetSuggestion[] | null;
  readonly accepted: ReadonlySet<number>;
  readonly busy: boolean;
  readonly error: string | null;
  readonly notice: string | null;
  readonly measureName: (id: string) => string;
  readonly onPropose: () => void;
  readonly onToggle: (row: number) => void;
  readonly onAcceptAll: (accept: boolean) => void;
  readonly onTagAccepted: () => void;
  readonly onGoTo: (row: number) => void;
  readonly onClose: () => void;
  readonly dismissError: () => void;
}

/** Whole-sheet proposals: ask for them, accept or reject each, tag the accepted ones in one write. */
export function useSheetSuggestions({
  service,
  framework,
  workbook,
  sheet,
  onTagged,
}: {
  service: PmfService;
  framework: Framework;
  workbook: WorkbookHandle;
  /** The sheet of the current selection. */
  sheet: string | null;
  onTagged: () => Promise<void>;
}): SheetSuggestionsModel {
  const [proposals, setProposals] = useState<readonly SheetSuggestion[] | null>(null);
  const [forSheet, setForSheet] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const names = new Map(framework.measures.map((m) => [m.id, m.name]));
  const measureName = (id: string) => names.get(id) ?? id;

  const onPropose = useCallback(() => {
    if (!sheet) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    void (async () => {
      try {
        const found = await service.suggestSheet(sheet);
        if (!alive.current) return;
        setProposals(found);
        setForSheet(sheet);
        setAccepted(new Set(found.filter((p) => p.score >= PRESELECT_SCORE).map((p) => p.row)));
      } catch (e) {
        if (alive.current) setError(describeError(e, { sheet }));
      } finally {
        if (alive.current) setBusy(false);
      }
    })();
  }, [service, sheet]);

  const onToggle = useCallback((row: number) => {
    setAccepted((prev) => {
      const next = new Set(prev);
      if (next.has(row)) next.delete(row);
      else next.add(row);
      return next;
    });
  }, []);

  const onAcceptAll = useCallback(
    (accept: boolean) => setAccepted(accept && proposals ? new Set(proposals.map((p) => p.row)) : new Set()),
    [proposals],
  );

  const onTagAccepted = useCallback(() => {
    if (!proposals || !forSheet || accepted.size === 0) return;
    const chosen = proposals.filter((p) => accepted.has(p.row));
    const requests: TagRequest[] = chosen.map((p) => ({
      kind: 'row',
      sheet: p.sheet,
      row: p.row,
      measureId: p.measureId,
      role: p.role,
    }));
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        await service.tagMany(requests);
        if (!alive.current) return;
        setNotice(`Tagged ${chosen.length} row${chosen.length === 1 ? '' : 's'} of '${forSheet}'.`);
        setProposals(proposals.filter((p) => !accepted.has(p.row)));
        setAccepted(new Set());
      } catch (e) {
        if (alive.current) setError(describeError(e, { sheet: forSheet }));
        return;
      } finally {
        if (alive.current) setBusy(false);
      }
      await Promise.all([
        workbook.load().catch((e: unknown) => alive.current && setError(describeError(e))),
        onTagged(),
      ]);
    })();
  }, [proposals, forSheet, accepted, service, workbook, onTagged]);

  const onGoTo = useCallback(
    (row: number) => {
      if (!forSheet) return;
      service
        .select({ sheet: forSheet, row, col: 1, address: `A${row}` })
        .catch((e: unknown) => alive.current && setError(describeError(e, { sheet: forSheet })));
    },
    [service, forSheet],
  );

  return {
    sheet: forSheet ?? sheet,
    proposals,
    accepted,
    busy,
    error,
    notice,
    measureName,
    onPropose,
    onToggle,
    onAcceptAll,
    onTagAccepted,
    onGoTo,
    onClose: () => {
      setProposals(null);
      setForSheet(null);
      setNotice(null);
    },
    dismissError: () => setError(null),
  };
}
