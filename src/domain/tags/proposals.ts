/**
 * Whole-sheet proposals grouped for the officer: a sheet with blocks that repeat the same labels (50 teams x
 * the same 10 rows) proposes each measure many times, but a measure takes one value from a sheet. So each
 * measure and role gets one group: its first row (the block nearest the top) is the proposal; the others are
 * its repeats, shown with it and not accepted unless the officer picks one instead. A measure already tagged
 * in that role elsewhere in the workbook is proposed unticked too (a second tag would only be reported).
 */
import type { ComparatorRole, RowRole, Tag } from './types';

/** The roles a row is proposed with: a figure of ours, or a benchmark row of an area table. */
type ProposedRole = RowRole | ComparatorRole;

/** What a proposal needs for grouping (RowSuggestion and the pane's SheetSuggestion both fit). */
export interface ProposalLike {
  readonly sheet: string;
  readonly row: number;
  readonly measureId: string;
  readonly role: ProposedRole;
}

export interface ProposalGroup<P extends ProposalLike> {
  /** measureId and role. */
  readonly key: string;
  readonly measureId: string;
  readonly role: ProposedRole;
  /** The rows proposed for this measure and role, top first: the first is the one proposed. */
  readonly proposals: readonly P[];
  /** A tag the workbook already has for this measure and role, if any (none of the rows is preselected). */
  readonly alreadyTagged: Tag | null;
}

export function proposalKey(p: { readonly measureId: string; readonly role: ProposedRole }): string {
  return `${p.measureId}\u0000${p.role}`;
}

/**
 * Groups proposals by measure and role, in the order of each group's first row. `existing` are the
 * workbook's tags (a row tag of the same measure and role makes its group 'already tagged').
 */
export function groupProposals<P extends ProposalLike>(
  proposals: readonly P[],
  existing: readonly Tag[] = [],
): ProposalGroup<P>[] {
  const groups = new Map<string, P[]>();
  for (const p of [...proposals].sort((a, b) => a.row - b.row)) {
    const key = proposalKey(p);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const tagged = new Map<string, Tag>();
  for (const t of existing) {
    if (t.kind === 'table' || t.role === 'records') continue;
    const key = proposalKey({ measureId: t.measureId, role: t.role });
    if (!tagged.has(key)) tagged.set(key, t);
  }
  return [...groups.entries()].map(([key, list]) => ({
    key,
    measureId: list[0].measureId,
    role: list[0].role,
    proposals: list,
    alreadyTagged: tagged.get(key) ?? null,
  }));
}

/**
 * The rows accepted by default: per group, the first row when its score is at least `minScore` and the
 * measure is not tagged in that role yet.
 */
export function defaultAccepted<P extends ProposalLike & { readonly score: number }>(
  groups: readonly ProposalGroup<P>[],
  minScore: number,
): Set<number> {
  const out = new Set<number>();
  for (const g of groups) {
    const first = g.proposals[0];
    if (!g.alreadyTagged && first.score >= minScore) out.add(first.row);
  }
  return out;
}
