import { points, seriesOf, tableGrid } from '../../../../test/domain/tables/helpers';

describe('C01-C05: care leavers', () => {
  // Worked example, OC3 as at 31 March 2025 (the birthday in the year is the age reached on 31 March 2025):
  //   A  19  YES  F1 (EET)      B1 (suitable)
  //   B  21  YES  G5            C2 (unsuitable)
  //   C  20  NO   0             0
  //   D  20  DIED               (left out)
  //   E  21  RHOM P1  A1        (left out)
  //   F  17  YES  P2 (EET)      D1 (suitable)
  //   G  18  REFU 0             Z
  //   H  22  YES  F1  B1        (not 17-21: in neither)
  // 19-21: A, B, C = 3. C01 in touch 2 of 3; C02 EET 1 of 3; C03 suitable 1 of 3.
  // 17-18: F, G = 2. C04 EET 1 of 2; C05 suitable 1 of 2.
  const s = seriesOf(
    tableGrid(
      'OC3',
      ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
      [
        ['A', '15/06/2005', 'YES', 'F1', 'B1'],
        ['B', '31/03/2004', 'YES', 'G5', 'C2'],
        ['C', '01/10/2004', 'NO', '0', '0'],
        ['D', '01/10/2004', 'DIED', '', ''],
        ['E', '01/05/2003', 'RHOM', 'P1', 'A1'],
        ['F', '01/09/2007', 'YES', 'P2', 'D1'],
        ['G', '01/04/2006', 'REFU', '0', 'Z'],
        ['H', '01/01/2003', 'YES', 'F1', 'B1'],
      ],
    ),
    'oc3',
    '2025-03-31',
  );

  it('gives 19-21 in touch, in EET and in suitable accommodation, less those who died or returned home', () => {
    expect(points(s, 'C01')).toEqual([['2024/25', 66.6667, 2, 3]]);
    expect(points(s, 'C02')).toEqual([['2024/25', 33.3333, 1, 3]]);
    expect(points(s, 'C03')).toEqual([['2024/25', 33.3333, 1, 3]]);
  });

  it('gives 17-18 in EET and in suitable accommodation', () => {
    expect(points(s, 'C04')).toEqual([['2024/25', 50, 1, 2]]);
    expect(points(s, 'C05')).toEqual([['2024/25', 50, 1, 2]]);
  });
});
