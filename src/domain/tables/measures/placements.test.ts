import { points, seriesOf, tableGrid } from '../../../../test/domain/tables/helpers';

describe('P01, P03: foster placements and placed with parents', () => {
  // Worked example, as at 31 March 2025. Children open on 31 March 2025 and their episode that day:
  //   A  U3 (foster)
  //   B  two open episodes: U1 from 1 Jan 2025 and P1 from 1 Feb 2025 -> the latest DECOM: P1 (parents)
  //   C  two open episodes with the same DECOM: K2 then U5 further down -> U5 (foster)
  //   D  R1
  //   E  ceased 1 Mar 2025 from U1: not looked after at 31 March
  // D02 = 4; P01 = 2 of 4 (A, C) = 50%; P03 = 1 of 4 (B) = 25%.
  const s = seriesOf(
    tableGrid(
      'Episodes',
      ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
      [
        ['A', '01/04/2020', 'S', 'C2', 'U3', '', ''],
        ['B', '01/01/2025', 'S', 'C2', 'U1', '', ''],
        ['B', '01/02/2025', 'P', 'C2', 'P1', '', ''],
        ['C', '01/11/2024', 'S', 'C2', 'K2', '', ''],
        ['C', '01/11/2024', 'T', 'C2', 'U5', '', ''],
        ['D', '01/08/2024', 'S', 'J1', 'R1', '', ''],
        ['E', '01/08/2024', 'S', 'C2', 'U1', '01/03/2025', 'E13'],
      ],
    ),
    'episodes',
    '2025-03-31',
  );

  it('takes the episode open on the as-at date with the latest DECOM (further down on equal DECOM)', () => {
    expect(points(s, 'P01')).toEqual([['2024/25', 50, 2, 4]]);
    expect(points(s, 'P03')).toEqual([['2024/25', 25, 1, 4]]);
  });
});
