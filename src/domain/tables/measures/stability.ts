/**
 * Placement stability (ssda903.md), from the episodes table, for each collection year:
 *
 * - S01 three or more placements in the year: D02 children (an episode open on the as-at date) with 3 or more
 *   placements, of D02 children. A child's placements: take the child's episodes that overlap the year (DECOM
 *   on or before the as-at date, DEC blank or on or after the year's first day), in DECOM order; the first
 *   counts as one placement, and each later one with RNE S, P or B counts one more (L, T and U keep the same
 *   carer).
 *
 * Short-break episodes (LS V3, V4) and rows with errors are left out.
 */
import { NEW_PLACEMENT_RNE } from '../codes';
import { episodeIndex, episodeOn, percent } from '../episodes';
import type { DerivedMeasure, ParsedTable } from '../types';
import type { CollectionYear } from '../years';

/** Placements of one child in a year (0 when no episode overlaps it). */
export function placementsInYear(
  decom: Float64Array,
  dec: Float64Array,
  rne: readonly string[],
  episodes: readonly number[],
  year: CollectionYear,
): number {
  let count = 0;
  for (const i of episodes) {
    if (decom[i] > year.last) break;
    const end = dec[i];
    if (end === end && end < year.first) continue;
    if (count === 0) count = 1;
    else if (NEW_PLACEMENT_RNE.has(rne[i])) count++;
  }
  return count;
}

export function stability(table: ParsedTable, years: readonly CollectionYear[]): DerivedMeasure[] {
  const index = episodeIndex(table);
  const rne = table.codes.get('RNE') ?? [];
  const lookedAfter: number[] = years.map(() => 0);
  const threePlus: number[] = years.map(() => 0);
  for (const episodes of index.byChild.values()) {
    years.forEach((y, k) => {
      if (episodeOn(index, episodes, y.last) < 0) return;
      lookedAfter[k]++;
      if (placementsInYear(index.decom, index.dec, rne, episodes, y) >= 3) threePlus[k]++;
    });
  }
  return [
    {
      measureId: 'S01',
      points: years.map((y, k) => ({
        period: y.period,
        value: percent(threePlus[k], lookedAfter[k]),
        numerator: threePlus[k],
        denominator: lookedAfter[k],
      })),
    },
  ];
}
