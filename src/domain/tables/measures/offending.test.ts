import { points, seriesOf, tableGrid } from '../../../../test/domain/tables/helpers';

describe('O01: convicted or cautioned', () => {
  // Worked example, OC2 as at 31 March 2025: A 14 convicted; B 10 (birthday that day) not; C 9 convicted
  // (under 10: in neither); D 17 convicted; E 12 not. O01 = 2 of 4 (A, D) = 50%.
  const s = seriesOf(
    tableGrid(
      'OC2',
      ['CHILD', 'DOB', 'CONVICTED', 'HEALTH_CHECK', 'TEETH_CHECK', 'IMMUNISATIONS', 'SDQ_SCORE'],
      [
        ['A', '01/01/2011', 1, 1, 1, 1, 10],
        ['B', '31/03/2015', 0, 1, 1, 1, 10],
        ['C', '01/04/2015', 1, 1, 1, 1, 10],
        ['D', '20/06/2007', 1, 1, 1, 1, 10],
        ['E', '05/05/2012', 0, 1, 1, 1, 10],
      ],
    ),
    'oc2',
    '2025-03-31',
  );

  it('counts rows aged 10 or over with CONVICTED 1, of rows aged 10 or over', () => {
    expect(points(s, 'O01')).toEqual([['2024/25', 50, 2, 4]]);
  });
});
