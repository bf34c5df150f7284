/**
 * Children's participation in their reviews (ssda903.md), from the reviews table, for each collection year:
 *
 * - V01 children who took part in their review: reviews dated in the year with REVIEW_CODE PN1-PN6 (the child
 *   took part in some way), of reviews dated in the year with PN1-PN7 (PN7: the child did not take part).
 *   PN0 (a child under 4) is in neither.
 */
import { TOOK_PART, V01_REVIEWS } from '../codes';
import { percent } from '../episodes';
import type { DerivedMeasure, ParsedTable } from '../types';
import { ROW_OK } from '../types';
import { yearOf, type CollectionYear } from '../years';

export function participation(table: ParsedTable, years: readonly CollectionYear[]): DerivedMeasure[] {
  const date = table.dates.get('REVIEW') ?? new Float64Array(0);
  const code = table.codes.get('REVIEW_CODE') ?? [];
  const counted = years.map(() => 0);
  const tookPart = years.map(() => 0);
  for (let i = 0; i < table.length; i++) {
    if (table.status[i] !== ROW_OK || !V01_REVIEWS.has(code[i])) continue;
    const k = yearOf(years, date[i]);
    if (k < 0) continue;
    counted[k]++;
    if (TOOK_PART.has(code[i])) tookPart[k]++;
  }
  return [
    {
      measureId: 'V01',
      points: years.map((y, k) => ({
        period: y.period,
        value: percent(tookPart[k], counted[k]),
        numerator: tookPart[k],
        denominator: counted[k],
      })),
    },
  ];
}
