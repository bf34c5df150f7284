/**
 * Children looked after, starting and ceasing (ssda903.md), from the episodes table, for each collection year:
 *
 * - D02 children looked after: distinct CHILD with an episode open on the year's last day (the as-at date).
 * - D03 started to be looked after: distinct CHILD with an episode with RNE S and DECOM in the year.
 * - D04 ceased to be looked after: distinct CHILD with an episode with DEC in the year and REC other than X1
 *   (X1: the episode ceased and a new one began, so the child is still looked after).
 *
 * Short-break episodes (LS V3, V4) and rows with errors are left out. Counts: no numerator or denominator.
 */
import { REC_CONTINUES } from '../codes';
import { episodeIndex, episodeOn } from '../episodes';
import type { DerivedMeasure, ParsedTable } from '../types';
import type { CollectionYear } from '../years';

export function childrenLookedAfter(table: ParsedTable, years: readonly CollectionYear[]): DerivedMeasure[] {
  const index = episodeIndex(table);
  const rne = table.codes.get('RNE') ?? [];
  const rec = table.codes.get('REC') ?? [];
  const d02: number[] = years.map(() => 0);
  const d03: number[] = years.map(() => 0);
  const d04: number[] = years.map(() => 0);
  for (const episodes of index.byChild.values()) {
    years.forEach((y, k) => {
      if (episodeOn(index, episodes, y.last) >= 0) d02[k]++;
      let started = false;
      let ceased = false;
      for (const i of episodes) {
        const decom = index.decom[i];
        const dec = index.dec[i];
        if (!started && rne[i] === 'S' && decom >= y.first && decom <= y.last) started = true;
        if (!ceased && dec >= y.first && dec <= y.last && rec[i] !== REC_CONTINUES) ceased = true;
      }
      if (started) d03[k]++;
      if (ceased) d04[k]++;
    });
  }
  const count = (measureId: string, values: number[]): DerivedMeasure => ({
    measureId,
    points: years.map((y, k) => ({ period: y.period, value: values[k], numerator: null, denominator: null })),
  });
  return [count('D02', d02), count('D03', d03), count('D04', d04)];
}
