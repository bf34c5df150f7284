/**
 * Care leavers (ssda903.md), from the OC3 table, for the as-at year:
 *
 * - C01 / C02 / C03 care leavers 19-21 in touch / in education, employment or training / in suitable
 *   accommodation: OC3 rows whose 19th, 20th or 21st birthday falls in the year, with IN_TOUCH YES / ACTIV
 *   starting F or P / ACCOM a letter then 1; of those rows, less IN_TOUCH DIED or RHOM.
 * - C04 / C05 care leavers 17-18 in EET / in suitable accommodation: the same for the 17th or 18th birthday.
 *
 * A 12-month year holds exactly one birthday of each person, so the birthday that falls in the year is the age
 * reached on its last day (the as-at date). The numerators count only rows of the denominator (a young person
 * who died or returned home is in neither).
 */
import { IN_TOUCH_LEFT_OUT, isEet, isSuitableAccommodation } from '../codes';
import { ageOn } from '../dates';
import { percent } from '../episodes';
import type { DerivedMeasure, ParsedTable } from '../types';
import { ROW_OK } from '../types';
import type { CollectionYear } from '../years';

interface Band {
  rows: number;
  inTouch: number;
  eet: number;
  suitable: number;
}

export function careLeavers(table: ParsedTable, years: readonly CollectionYear[]): DerivedMeasure[] {
  const year = years[years.length - 1];
  const dob = table.dates.get('DOB') ?? new Float64Array(0);
  const inTouch = table.codes.get('IN_TOUCH') ?? [];
  const activ = table.codes.get('ACTIV') ?? [];
  const accom = table.codes.get('ACCOM') ?? [];
  const older: Band = { rows: 0, inTouch: 0, eet: 0, suitable: 0 };
  const younger: Band = { rows: 0, inTouch: 0, eet: 0, suitable: 0 };
  for (let i = 0; i < table.length; i++) {
    if (table.status[i] !== ROW_OK || IN_TOUCH_LEFT_OUT.has(inTouch[i])) continue;
    const age = ageOn(dob[i], year.last);
    const band = age >= 19 && age <= 21 ? older : age === 17 || age === 18 ? younger : null;
    if (!band) continue;
    band.rows++;
    if (inTouch[i] === 'YES') band.inTouch++;
    if (isEet(activ[i] ?? '')) band.eet++;
    if (isSuitableAccommodation(accom[i] ?? '')) band.suitable++;
  }
  const out: DerivedMeasure[] = [];
  const add = (measureId: string, band: Band, count: number, needs: string) => {
    if (!table.columns.has(needs)) return;
    out.push({
      measureId,
      points: [
        { period: year.period, value: percent(count, band.rows), numerator: count, denominator: band.rows },
      ],
    });
  };
  add('C01', older, older.inTouch, 'IN_TOUCH');
  add('C02', older, older.eet, 'ACTIV');
  add('C03', older, older.suitable, 'ACCOM');
  add('C04', younger, younger.eet, 'ACTIV');
  add('C05', younger, younger.suitable, 'ACCOM');
  return out;
}
