import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableSameYear } from './table-same-year';

describe('table-same-year', () => {
  it('warns when two tables give the same measure for the same year; the first tagged is used', () => {
    const rows = [['A', 'M', '01/05/2024']];
    const a = seriesOf(
      tableGrid('Missing', ['CHILD', 'MISSING', 'MIS_START'], rows),
      'missing',
      '2025-03-31',
    );
    const b = seriesOf(
      tableGrid('Missing copy', ['CHILD', 'MISSING', 'MIS_START'], rows),
      'missing',
      '2025-03-31',
    );
    const out = tableSameYear.run(tableContext([a, b]));
    expect(out.map((f) => [f.severity, f.cell?.sheet, f.message])).toEqual([
      [
        'warning',
        'Missing copy',
        "the 903 missing table on 'Missing copy' and the 903 missing table on Missing both give 2024/25. The figures use the first tagged (Missing); untag the other if it is the same extract.",
      ],
    ]);
  });
});
