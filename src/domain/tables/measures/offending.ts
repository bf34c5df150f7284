/**
 * Offending (ssda903.md), from the OC2 table, for the as-at year:
 *
 * - O01 convicted or cautioned: OC2 rows aged 10 or over on the as-at date with CONVICTED 1, of OC2 rows aged
 *   10 or over.
 *
 * Ages are whole years on the as-at date.
 */
import { ageOn } from '../dates';
import { percent } from '../episodes';
import type { DerivedMeasure, ParsedTable } from '../types';
import { ROW_OK } from '../types';
import type { CollectionYear } from '../years';

export function offending(table: ParsedTable, years: readonly CollectionYear[]): DerivedMeasure[] {
  if (!table.columns.has('CONVICTED') || !table.columns.has('DOB')) return [];
  const year = years[years.length - 1];
  const dob = table.dates.get('DOB') ?? new Float64Array(0);
  const convicted = table.codes.get('CONVICTED') ?? [];
  let aged10 = 0;
  let yes = 0;
  for (let i = 0; i < table.length; i++) {
    if (table.status[i] !== ROW_OK || !(ageOn(dob[i], year.last) >= 10)) continue;
    aged10++;
    if (convicted[i] === '1') yes++;
  }
  return [
    {
      measureId: 'O01',
      points: [{ period: year.period, value: percent(yes, aged10), numerator: yes, denominator: aged10 }],
    },
  ];
}
