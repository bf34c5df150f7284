import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableDecBeforeDecom } from './table-dec-before-decom';

describe('table-dec-before-decom', () => {
  it('reports an episode that ceases before it began, with both dates; the row is left out', () => {
    const s = seriesOf(
      tableGrid(
        'Episodes',
        ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
        [
          ['A', '01/06/2024', 'S', 'C2', 'U1', '01/05/2024', 'E11'],
          ['B', '01/06/2024', 'S', 'C2', 'U1', '01/06/2024', 'E11'],
        ],
      ),
      'episodes',
      '2025-03-31',
    );
    const out = tableDecBeforeDecom.run(tableContext([s]));
    expect(out.map((f) => [f.severity, f.cell?.address])).toEqual([['error', 'F2']]);
    expect(out[0].message).toBe(
      "1 row of the 903 episodes table on Episodes has a DEC before the DECOM: F2 (DEC 1 May 2024, DECOM 1 Jun 2024). It is left out of every figure. Correct the dates in the case system's extract.",
    );
    // B started and ceased the same day: kept, so D03 and D04 count it; A is left out.
    expect(s.derived.find((d) => d.measureId === 'D03')?.points[0].value).toBe(1);
  });
});
