import { points, seriesOf, tableGrid } from '../../../../test/domain/tables/helpers';

const HEADER = ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'];

describe('D02, D03, D04: children looked after, starting and ceasing', () => {
  // Worked example, as at 31 March 2025 (the year 1 April 2024 - 31 March 2025):
  //   A  in care since 2023, still open                   -> D02
  //   B  started 10 May 2024 (S), ceased 1 Sep 2024 (X1), new episode from 1 Sep 2024 still open
  //                                                       -> D02, D03 (X1 is not a ceasing)
  //   C  started 1 Jun 2024 (S), ceased 31 Mar 2025 (E11) -> D03, D04 (ceased on the as-at date: not open)
  //   D  short breaks (V3) from 1 Jan 2025, open          -> none
  //   E  ceased 31 Mar 2024 (E13), the day before the year -> none
  // D02 = 2 (A, B); D03 = 2 (B, C); D04 = 1 (C).
  const grid = tableGrid('Episodes', HEADER, [
    ['A', '01/06/2023', 'S', 'C2', 'U1', '', ''],
    ['B', '10/05/2024', 'S', 'C2', 'U1', '01/09/2024', 'X1'],
    ['B', '01/09/2024', 'P', 'C2', 'U2', '', ''],
    ['C', '01/06/2024', 'S', 'C2', 'K2', '31/03/2025', 'E11'],
    ['D', '01/01/2025', 'S', 'V3', 'U1', '', ''],
    ['E', '01/10/2023', 'S', 'C2', 'U1', '31/03/2024', 'E13'],
  ]);
  const s = seriesOf(grid, 'episodes', '2025-03-31');

  it('counts distinct children with an episode open on the as-at date (D02)', () => {
    expect(points(s, 'D02')).toEqual([['2024/25', 2, null, null]]);
  });

  it('counts children starting (RNE S, DECOM in the year) and ceasing (REC other than X1) (D03, D04)', () => {
    expect(points(s, 'D03')).toEqual([['2024/25', 2, null, null]]);
    expect(points(s, 'D04')).toEqual([['2024/25', 1, null, null]]);
  });

  it('works out each earlier year the table reaches back past (E ceased before 2024/25 began)', () => {
    const earlier = seriesOf(
      tableGrid('Episodes', HEADER, [
        ...grid.values.slice(1).map((r) => [...r]),
        ['F', '01/01/2022', 'S', 'C2', 'U1', '15/03/2023', 'E4A'],
      ]),
      'episodes',
      '2025-03-31',
    );
    // 2023/24 (to 31 March 2024): E ceased on 31 March 2024, so it is not open that day: D02 = 1 (A);
    // D03 = 2 (A started June 2023, E October 2023); D04 = 1 (E, E13 on 31 March 2024). F ceased in March
    // 2023, before 2023/24 began: that is what makes the table cover 2023/24.
    expect(points(earlier, 'D02')).toEqual([
      ['2023/24', 1, null, null],
      ['2024/25', 2, null, null],
    ]);
    expect(points(earlier, 'D03')[0]).toEqual(['2023/24', 2, null, null]);
    expect(points(earlier, 'D04')[0]).toEqual(['2023/24', 1, null, null]);
  });
});
