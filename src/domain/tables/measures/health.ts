/**
 * Health of children looked after for 12 months (ssda903.md), from the OC2 table, for the as-at year (OC2
 * describes the cohort at the as-at date):
 *
 * - H01 health check, H02 dental check, H03 immunisations: OC2 rows with HEALTH_CHECK, TEETH_CHECK,
 *   IMMUNISATIONS 1, of OC2 rows.
 * - H06 average SDQ score: the mean SDQ_SCORE of OC2 rows aged 4 to 16 on the as-at date with a score 0-40
 *   (numerator: their scores' total; denominator: those rows).
 * - H07 SDQ score a cause for concern: those rows with a score of 17 or more, of those rows.
 *
 * Ages are whole years on the as-at date. A score outside 0-40 leaves that row out of H06 and H07 only.
 */
import { ageOn } from '../dates';
import { percent } from '../episodes';
import type { DerivedMeasure, ParsedTable } from '../types';
import { ROW_OK } from '../types';
import type { CollectionYear } from '../years';

export function health(table: ParsedTable, years: readonly CollectionYear[]): DerivedMeasure[] {
  const year = years[years.length - 1];
  const dob = table.dates.get('DOB') ?? new Float64Array(0);
  const sdq = table.scores.get('SDQ_SCORE') ?? new Float64Array(0);
  const flags = { H01: 'HEALTH_CHECK', H02: 'TEETH_CHECK', H03: 'IMMUNISATIONS' } as const;
  let rows = 0;
  const yes = { H01: 0, H02: 0, H03: 0 };
  let scored = 0;
  let total = 0;
  let concern = 0;
  for (let i = 0; i < table.length; i++) {
    if (table.status[i] !== ROW_OK) continue;
    rows++;
    for (const id of ['H01', 'H02', 'H03'] as const) if (table.codes.get(flags[id])?.[i] === '1') yes[id]++;
    const score = sdq[i];
    if (score === score && dob[i] === dob[i]) {
      const age = ageOn(dob[i], year.last);
      if (age >= 4 && age <= 16) {
        scored++;
        total += score;
        if (score >= 17) concern++;
      }
    }
  }
  const one = (measureId: string, value: number | null, numerator: number, denominator: number) => ({
    measureId,
    points: [{ period: year.period, value, numerator, denominator }],
  });
  const out: DerivedMeasure[] = [];
  for (const id of ['H01', 'H02', 'H03'] as const) {
    if (table.columns.has(flags[id])) out.push(one(id, percent(yes[id], rows), yes[id], rows));
  }
  if (table.columns.has('SDQ_SCORE') && table.columns.has('DOB')) {
    out.push(one('H06', scored === 0 ? null : total / scored, total, scored));
    out.push(one('H07', percent(concern, scored), concern, scored));
  }
  return out;
}
