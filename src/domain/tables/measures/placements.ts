/**
 * Placement types (ssda903.md), from the episodes table, for each collection year:
 *
 * - P01 in foster placements: D02 children (an episode open on the as-at date) whose episode on that day has
 *   PLACE U1-U6, of D02 children.
 * - P03 placed with parents: the same with PLACE P1.
 *
 * The child's episode on the day is the one with the latest DECOM (further down the table on equal DECOM).
 * Short-break episodes (LS V3, V4) and rows with errors are left out.
 */
import { FOSTER_PLACE, PLACED_WITH_PARENTS } from '../codes';
import { episodeIndex, episodeOn, percent } from '../episodes';
import type { DerivedMeasure, ParsedTable } from '../types';
import type { CollectionYear } from '../years';

export function placements(table: ParsedTable, years: readonly CollectionYear[]): DerivedMeasure[] {
  const index = episodeIndex(table);
  const place = table.codes.get('PLACE') ?? [];
  const lookedAfter: number[] = years.map(() => 0);
  const foster: number[] = years.map(() => 0);
  const parents: number[] = years.map(() => 0);
  for (const episodes of index.byChild.values()) {
    years.forEach((y, k) => {
      const i = episodeOn(index, episodes, y.last);
      if (i < 0) return;
      lookedAfter[k]++;
      if (FOSTER_PLACE.has(place[i])) foster[k]++;
      if (PLACED_WITH_PARENTS.has(place[i])) parents[k]++;
    });
  }
  const share = (measureId: string, values: number[]): DerivedMeasure => ({
    measureId,
    points: years.map((y, k) => ({
      period: y.period,
      value: percent(values[k], lookedAfter[k]),
      numerator: values[k],
      denominator: lookedAfter[k],
    })),
  });
  return [share('P01', foster), share('P03', parents)];
}
