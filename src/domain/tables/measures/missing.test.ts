import { points, seriesOf, tableGrid } from '../../../../test/domain/tables/helpers';
import { topTenthSize } from './missing';

describe('M01-M05: missing from care', () => {
  // Worked example, year to 31 March 2025. M incidents by child: A 6, B 3, C 1, D 1, E 1, F 1, G 1, H 1,
  // I 1, J 1, K 1 (11 children, 18 incidents); away (A) incidents: B 2, L 1 (3, never counted as missing);
  // one incident of A on 31 March 2024 (before the year).
  // M01 = 11; M02 = 18; M03 = 18 / 11 = 1.6364; M04 = 2 of 11 (A, B) = 18.1818%;
  // M05: top ceil(10% of 11) = 2 children (A 6, B 3) = 9 of 18 = 50%.
  const rows: string[][] = [];
  const add = (child: string, n: number, kind = 'M', day = 1) => {
    for (let i = 0; i < n; i++) rows.push([child, kind, `${String(day + i).padStart(2, '0')}/06/2024`]);
  };
  add('A', 6);
  add('B', 3);
  for (const c of ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']) add(c, 1, 'M', 10);
  add('B', 2, 'A', 20);
  add('L', 1, 'A', 25);
  rows.push(['A', 'M', '31/03/2024']);
  const s = seriesOf(tableGrid('Missing', ['CHILD', 'MISSING', 'MIS_START'], rows), 'missing', '2025-03-31');

  it('counts children and M incidents in the year; away incidents apart', () => {
    expect(points(s, 'M01')).toEqual([['2024/25', 11, null, null]]);
    expect(points(s, 'M02')).toEqual([['2024/25', 18, null, null]]);
    expect(points(s, 'M03')).toEqual([['2024/25', 1.6364, 18, 11]]);
    expect(s.derived.find((d) => d.measureId === 'M02')?.points[0].away).toBe(3);
  });

  it('gives the share going missing 3+ times and the share of incidents from the most frequent tenth', () => {
    expect(points(s, 'M04')).toEqual([['2024/25', 18.1818, 2, 11]]);
    expect(points(s, 'M05')).toEqual([['2024/25', 50, 9, 18]]);
    expect(s.derived.find((d) => d.measureId === 'M05')?.points[0].perChild).toEqual([
      6, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ]);
  });

  it('takes ceil(10%) of the children, at least one', () => {
    expect([0, 1, 9, 10, 11, 41].map(topTenthSize)).toEqual([0, 1, 1, 1, 2, 5]);
  });
});
