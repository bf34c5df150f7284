import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableDuplicateRow } from './table-duplicate-row';

describe('table-duplicate-row', () => {
  it('counts an exact copy once and reports it, naming the row it copies', () => {
    const s = seriesOf(
      tableGrid(
        'Log',
        ['CHILD', 'MISSING', 'MIS_START'],
        [
          ['A', 'M', '01/05/2024'],
          ['A', 'M', '02/05/2024'],
          ['a', ' M', 45413],
        ],
      ),
      'missing',
      '2025-03-31',
    );
    const out = tableDuplicateRow.run(tableContext([s]));
    expect(out.map((f) => [f.severity, f.cell?.address])).toEqual([['warning', 'A4']]);
    expect(out[0].message).toContain('row 4 (copy of row 2, A4)');
    expect(s.derived.find((d) => d.measureId === 'M02')?.points[0].value).toBe(2);
  });
});
