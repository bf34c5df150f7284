import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Framework } from '../../../domain/framework/types';
import { defaultAccepted, groupProposals, type ProposalGroup } from '../../../domain/tags/proposals';
import type { PmfService, SheetSuggestion, TagListItem, TagRequest } from '../../../excel/operations-types';
import { useFocusAfterRender } from '../../components/focus';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../errors';
import type { WorkbookHandle } from '../../useWorkbook';
import { describeTagState } from './tagDisplay';

/** Proposals at or above this score start accepted; the officer accepts or rejects each one. */
export const PRESELECT_SCORE = 0.6;

export interface SheetSuggestionsModel {
  readonly sheet: string | null;
  readonly proposals: readonly SheetSuggestion[] | null;
  /**
   * The proposals by measure and role, top row first: a measure takes one row of a sheet, so the rows after
   * the first (repeated blocks) are shown under it, unticked.
   */
  readonly groups: readonly ProposalGroup<SheetSuggestion>[];
  readonly accepted: ReadonlySet<number>;
  readonly busy: boolean;
  readonly error: string | null;
  readonly measureName: (id: string) => string;
  readonly onPropose: () => void;
  /** Ticks or unticks a row; ticking one row of a group unticks the group's others. */
  readonly onToggle: (row: number) => void;
  /** All: the first row of every group not tagged yet; none: nothing. */
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
  tags,
  workbook,
  sheet,
  onTagged,
}: {
  service: PmfService;
  framework: Framework;
  /** The workbook's tags: a measure already tagged in a role is not accepted again by default. */
  tags: readonly TagListItem[];
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
  const { notify } = useNotices();
  const focus = useFocusAfterRender();
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const names = new Map(framework.measures.map((m) => [m.id, m.name]));
  const measureName = (id: string) => names.get(id) ?? id;
  // A tag that no longer finds its row gives no figures: it does not stand in for a proposal.
  const existing = useMemo(
    () => tags.filter((t) => !describeTagState(t.state).broken).map((t) => t.tag),
    [tags],
  );
  const groups = useMemo(() => groupProposals(proposals ?? [], existing), [proposals, existing]);

  const onPropose = useCallback(() => {
    if (!sheet) return;
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        const found = await service.suggestSheet(sheet);
        if (!alive.current) return;
        setProposals(found);
        setForSheet(sheet);
        setAccepted(defaultAccepted(groupProposals(found, existing), PRESELECT_SCORE));
      } catch (e) {
        if (alive.current) setError(describeError(e, { sheet }));
      } finally {
        if (alive.current) setBusy(false);
      }
    })();
  }, [service, sheet, existing]);

  const onToggle = useCallback(
    (row: number) => {
      const group = groups.find((g) => g.proposals.some((p) => p.row === row));
      setAccepted((prev) => {
        const next = new Set(prev);
        if (next.has(row)) {
          next.delete(row);
          return next;
        }
        // One row per measure and role: the officer's pick replaces the group's other row.
        for (const p of group?.proposals ?? []) next.delete(p.row);
        next.add(row);
        return next;
      });
    },
    [groups],
  );

  const onAcceptAll = useCallback(
    (accept: boolean) =>
      setAccepted(
        accept ? new Set(groups.filter((g) => !g.alreadyTagged).map((g) => g.proposals[0].row)) : new Set(),
      ),
    [groups],
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
      let remaining: readonly SheetSuggestion[];
      try {
        const made = await service.tagMany(requests);
        if (!alive.current) return;
        const what = `${chosen.length} row${chosen.length === 1 ? '' : 's'} of '${forSheet}'`;
        notify({
          text: `Tagged ${what}.`,
          undo: async () => {
            await service.untagMany(made.map((t) => t.id));
            await Promise.all([workbook.load(), onTagged()]);
            return `Untagged ${what} again.`;
          },
        });
        remaining = proposals.filter((p) => !accepted.has(p.row));
        setProposals(remaining);
        setAccepted(new Set());
      } catch (e) {
        if (alive.current) {
          setError(describeError(e, { sheet: forSheet }));
          setBusy(false);
        }
        return;
      }
      await Promise.all([
        workbook.load().catch((e: unknown) => alive.current && setError(describeError(e))),
        onTagged(),
      ]);
      if (!alive.current) return;
      setBusy(false);
      // On to what is left to decide, or to the list of tags when nothing is.
      focus(
        remaining.length > 0
          ? `[data-proposal-row="${[...remaining].sort((a, b) => a.row - b.row)[0].row}"] input`
          : '#tag-list-heading',
      );
    })();
  }, [proposals, forSheet, accepted, service, workbook, onTagged, notify, focus]);

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
    groups,
    accepted,
    busy,
    error,
    measureName,
    onPropose,
    onToggle,
    onAcceptAll,
    onTagAccepted,
    onGoTo,
    onClose: () => {
      setProposals(null);
      setForSheet(null);
    },
    dismissError: () => setError(null),
  };
}
