/**
 * What the episode measures share (ssda903.md, "Definitions"): episodes of short-break legal statuses (LS V3,
 * V4) are left out of every figure; an episode is open on a day when DECOM is on or before it and DEC is blank
 * or after it; where a child has more than one episode open on the same day, the one with the latest DECOM is
 * the child's episode that day, on equal DECOM the one further down the table.
 *
 * The table is grouped by child once (kept per parsed table), each child's episodes in DECOM order (table
 * order on equal DECOM), so every measure works child by child without scanning the whole table again.
 */
import { SHORT_BREAK_LS } from './codes';
import type { ParsedTable } from './types';
import { ROW_OK } from './types';

export interface EpisodeIndex {
  readonly decom: Float64Array;
  readonly dec: Float64Array;
  /** Child -> its episodes (record indexes), short breaks left out, in DECOM order. */
  readonly byChild: ReadonlyMap<string, readonly number[]>;
}

const cache = new WeakMap<ParsedTable, EpisodeIndex>();

const EMPTY = new Float64Array(0);

export function episodeIndex(table: ParsedTable): EpisodeIndex {
  const hit = cache.get(table);
  if (hit) return hit;
  const decom = table.dates.get('DECOM') ?? EMPTY;
  const dec = table.dates.get('DEC') ?? EMPTY;
  const ls = table.codes.get('LS') ?? [];
  const byChild = new Map<string, number[]>();
  for (let i = 0; i < table.length; i++) {
    if (table.status[i] !== ROW_OK || SHORT_BREAK_LS.has(ls[i] ?? '')) continue;
    const list = byChild.get(table.child[i]);
    if (list) list.push(i);
    else byChild.set(table.child[i], [i]);
  }
  for (const list of byChild.values()) {
    // Usually already in order (extracts list a child's episodes by date): sort only when not.
    let sorted = true;
    for (let k = 1; k < list.length && sorted; k++) {
      const a = list[k - 1];
      const b = list[k];
      if (decom[a] > decom[b] || (decom[a] === decom[b] && a > b)) sorted = false;
    }
    if (!sorted) list.sort((a, b) => decom[a] - decom[b] || a - b);
  }
  const index = { decom, dec, byChild };
  cache.set(table, index);
  return index;
}

/** Is episode i open on `day`: DECOM on or before it, DEC blank or after it. */
export function isOpenOn(index: EpisodeIndex, i: number, day: number): boolean {
  const end = index.dec[i];
  return index.decom[i] <= day && (end !== end || end > day);
}

/** The child's episode on `day` (latest DECOM; further down on equal DECOM), or -1 when none is open. */
export function episodeOn(index: EpisodeIndex, episodes: readonly number[], day: number): number {
  let found = -1;
  for (const i of episodes) {
    if (index.decom[i] > day) break;
    if (isOpenOn(index, i, day)) found = i;
  }
  return found;
}

/** Percentage of a count, null for an empty base. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : (numerator / denominator) * 100;
}
