import { points, seriesOf, tableGrid } from '../../../../test/domain/tables/helpers';

describe('H01, H02, H03, H06, H07: health of children looked after for 12 months', () => {
  // Worked example, OC2 as at 31 March 2025 (ages on that day):
  //   A  age 15  SDQ 20  health 1  teeth 1  imms 1
  //   B  age 4   SDQ 10  health 1  teeth 0  imms 1   (4th birthday on 31 March 2025: counted)
  //   C  age 3   SDQ 30  health 0  teeth 0  imms 1   (under 4: not in H06 / H07)
  //   D  age 17  SDQ 25  health 1  teeth 1  imms 0   (17: not in H06 / H07)
  //   E  age 12  SDQ ''  health 1  teeth 1  imms 1   (no score: not in H06 / H07)
  //   F  age 16  SDQ 17  health 0  teeth 1  imms 1
  // H01 = 4 of 6; H02 = 4 of 6; H03 = 5 of 6; H06 = (20 + 10 + 17) / 3 = 15.6667; H07 = 2 of 3 (20, 17).
  const s = seriesOf(
    tableGrid(
      'OC2',
      ['CHILD', 'DOB', 'SDQ_SCORE', 'HEALTH_CHECK', 'TEETH_CHECK', 'IMMUNISATIONS', 'CONVICTED'],
      [
        ['A', '10/10/2009', 20, 1, 1, 1, 0],
        ['B', '31/03/2021', 10, 1, 0, 1, ''],
        ['C', '01/04/2021', 30, 0, 0, 1, ''],
        ['D', '15/01/2008', 25, 1, 1, 0, 0],
        ['E', '02/02/2013', '', 1, 1, 1, 0],
        ['F', '01/05/2008', 17, 0, 1, 1, 0],
      ],
    ),
    'oc2',
    '2025-03-31',
  );

  it('counts OC2 rows with each flag 1, of all OC2 rows', () => {
    expect(points(s, 'H01')).toEqual([['2024/25', 66.6667, 4, 6]]);
    expect(points(s, 'H02')).toEqual([['2024/25', 66.6667, 4, 6]]);
    expect(points(s, 'H03')).toEqual([['2024/25', 83.3333, 5, 6]]);
  });

  it('averages SDQ scores of children aged 4 to 16, and counts those of 17 or more', () => {
    expect(points(s, 'H06')).toEqual([['2024/25', 15.6667, 47, 3]]);
    expect(points(s, 'H07')).toEqual([['2024/25', 66.6667, 2, 3]]);
  });
});
