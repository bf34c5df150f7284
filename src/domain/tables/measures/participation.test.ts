import { points, seriesOf, tableGrid } from '../../../../test/domain/tables/helpers';

describe('V01: children who took part in their review', () => {
  // Worked example, year to 31 March 2025: PN0 (left out), PN1, PN3, PN6 (took part), PN7 twice (did not),
  // and a PN2 review on 31 March 2024 (before the year). V01 = 3 of 5 = 60%.
  const s = seriesOf(
    tableGrid(
      'Reviews',
      ['CHILD', 'REVIEW', 'REVIEW_CODE'],
      [
        ['A', '01/05/2024', 'PN0'],
        ['B', '01/06/2024', 'PN1'],
        ['C', '01/07/2024', 'PN3'],
        ['D', '31/03/2025', 'PN6'],
        ['E', '01/08/2024', 'PN7'],
        ['F', '01/09/2024', 'PN7'],
        ['G', '31/03/2024', 'PN2'],
      ],
    ),
    'reviews',
    '2025-03-31',
  );

  it('counts reviews PN1-PN6 of reviews PN1-PN7 dated in the year', () => {
    expect(points(s, 'V01')).toEqual([['2024/25', 60, 3, 5]]);
  });
});
