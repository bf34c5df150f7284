import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableSdqOutOfRange } from './table-sdq-out-of-range';

describe('table-sdq-out-of-range', () => {
  it('warns of a score outside 0-40, left out of H06 and H07 only', () => {
    const s = seriesOf(
      tableGrid(
        'OC2',
        ['CHILD', 'DOB', 'SDQ_SCORE', 'HEALTH_CHECK', 'TEETH_CHECK', 'IMMUNISATIONS', 'CONVICTED'],
        [
          ['A', '01/01/2012', 41, 1, 1, 1, 0],
          ['B', '01/01/2012', 20, 1, 1, 1, 0],
        ],
      ),
      'oc2',
      '2025-03-31',
    );
    const out = tableSdqOutOfRange.run(tableContext([s]));
    expect(out.map((f) => [f.severity, f.cell?.address])).toEqual([['warning', 'C2']]);
    expect(s.derived.find((d) => d.measureId === 'H06')?.points[0]).toMatchObject({
      value: 20,
      denominator: 1,
    });
    expect(s.derived.find((d) => d.measureId === 'H01')?.points[0]).toMatchObject({ denominator: 2 });
  });
});
