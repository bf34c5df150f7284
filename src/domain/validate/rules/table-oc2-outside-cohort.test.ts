import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableOc2OutsideCohort } from './table-oc2-outside-cohort';

describe('table-oc2-outside-cohort', () => {
  // A: looked after since 2020 (in the cohort); B: a chain handing over on the day since March 2024 (in);
  // C: started May 2024 (out); D: a gap in September 2024 (out); E: no episode at all (out).
  const episodes = seriesOf(
    tableGrid(
      'Episodes',
      ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
      [
        ['A', '01/01/2020', 'S', 'C2', 'U1', '', ''],
        ['B', '01/03/2024', 'S', 'C2', 'U1', '01/08/2024', 'X1'],
        ['B', '01/08/2024', 'P', 'C2', 'U2', '', ''],
        ['C', '01/05/2024', 'S', 'C2', 'U1', '', ''],
        ['D', '01/01/2023', 'S', 'C2', 'U1', '01/09/2024', 'E13'],
        ['D', '15/09/2024', 'S', 'C2', 'U1', '', ''],
      ],
    ),
    'episodes',
    '2025-03-31',
  );
  const oc2 = seriesOf(
    tableGrid(
      'OC2',
      ['CHILD', 'DOB', 'SDQ_SCORE', 'HEALTH_CHECK', 'TEETH_CHECK', 'IMMUNISATIONS', 'CONVICTED'],
      [
        ['A', '01/01/2012', 10, 1, 1, 1, 0],
        ['B', '01/01/2012', 10, 1, 1, 1, 0],
        ['C', '01/01/2012', 10, 1, 1, 1, 0],
        ['D', '01/01/2012', 10, 1, 1, 1, 0],
        ['E', '01/01/2012', 10, 1, 1, 1, 0],
      ],
    ),
    'oc2',
    '2025-03-31',
  );

  it('names the OC2 rows for children not looked after on every day of the year; the rows are kept', () => {
    const out = tableOc2OutsideCohort.run(tableContext([episodes, oc2]));
    expect(out.map((f) => [f.severity, f.cell?.address])).toEqual([['warning', 'A4']]);
    expect(out[0].message).toContain('C (row 4), D (row 5) and E (row 6)');
    expect(oc2.derived.find((d) => d.measureId === 'H01')?.points[0].denominator).toBe(5);
  });

  it('checks nothing without an episodes table', () => {
    expect(tableOc2OutsideCohort.run(tableContext([oc2]))).toEqual([]);
  });
});
