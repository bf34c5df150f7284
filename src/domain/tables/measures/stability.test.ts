import { points, seriesOf, tableGrid } from '../../../../test/domain/tables/helpers';

describe('S01: three or more placements in the year', () => {
  // Worked example, as at 31 March 2025 (year from 1 April 2024). Each child's episodes overlapping the year,
  // in DECOM order: the first counts 1, each later S, P or B one more; L, T and U keep the same carer.
  //   A  S (2023, open across 1 April, ceased 1 May 2024 X1) 1, P 2, L -, T -, B 3, U -   -> 3 placements
  //   B  S (June 2024) 1, P 2, then ceased 1 Feb 2025 (E11): not looked after at 31 March -> not counted
  //   C  S (2019, open) 1                                                                 -> 1
  //   D  S (1 May 2024) 1, P 2, B 3; an episode ceased 31 Mar 2024 before the year is left out -> 3
  //   E  S 1, P 2, short break V3 (left out), P 3... the V3 episode is ignored            -> 3
  //   F  S 1, U -, T -, L -                                                               -> 1
  // D02 = 5 (A, C, D, E, F); 3 or more: A, D, E = 3; S01 = 60%.
  const s = seriesOf(
    tableGrid(
      'Episodes',
      ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
      [
        ['A', '01/02/2023', 'S', 'C2', 'U1', '01/05/2024', 'X1'],
        ['A', '01/05/2024', 'P', 'C2', 'U4', '01/07/2024', 'X1'],
        ['A', '01/07/2024', 'L', 'C1', 'U4', '01/09/2024', 'X1'],
        ['A', '01/09/2024', 'T', 'C1', 'U6', '01/11/2024', 'X1'],
        ['A', '01/11/2024', 'B', 'E1', 'K2', '01/01/2025', 'X1'],
        ['A', '01/01/2025', 'U', 'C2', 'R1', '', ''],
        ['B', '01/06/2024', 'S', 'C2', 'U1', '01/09/2024', 'X1'],
        ['B', '01/09/2024', 'P', 'C2', 'U2', '01/02/2025', 'E11'],
        ['C', '01/01/2019', 'S', 'C2', 'U1', '', ''],
        ['D', '01/01/2024', 'S', 'C2', 'U1', '31/03/2024', 'E13'],
        ['D', '01/05/2024', 'S', 'C2', 'U1', '01/06/2024', 'X1'],
        ['D', '01/06/2024', 'P', 'C2', 'U2', '01/12/2024', 'X1'],
        ['D', '01/12/2024', 'B', 'C1', 'K2', '', ''],
        ['E', '01/04/2024', 'S', 'C2', 'U1', '01/06/2024', 'X1'],
        ['E', '01/06/2024', 'P', 'C2', 'U2', '01/09/2024', 'X1'],
        ['E', '01/07/2024', 'S', 'V3', 'U1', '03/07/2024', 'E8'],
        ['E', '01/09/2024', 'P', 'C2', 'U3', '', ''],
        ['F', '01/10/2024', 'S', 'C2', 'U1', '01/11/2024', 'X1'],
        ['F', '01/11/2024', 'U', 'C1', 'U2', '01/12/2024', 'X1'],
        ['F', '01/12/2024', 'T', 'C1', 'U3', '01/01/2025', 'X1'],
        ['F', '01/01/2025', 'L', 'C2', 'U3', '', ''],
      ],
    ),
    'episodes',
    '2025-03-31',
  );

  it('counts D02 children with 3 or more placements in the year', () => {
    expect(points(s, 'S01').at(-1)).toEqual(['2024/25', 60, 3, 5]);
  });
});
