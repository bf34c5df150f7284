import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableBlankChild } from './table-blank-child';

describe('table-blank-child', () => {
  it('reports rows with no CHILD, which cannot be counted as any child', () => {
    const s = seriesOf(
      tableGrid(
        'Log',
        ['CHILD', 'MISSING', 'MIS_START'],
        [
          ['A', 'M', '01/05/2024'],
          ['  ', 'M', '02/05/2024'],
        ],
      ),
      'missing',
      '2025-03-31',
    );
    const out = tableBlankChild.run(tableContext([s]));
    expect(out.map((f) => [f.severity, f.cell?.address, f.message])).toEqual([
      [
        'error',
        'A3',
        '1 row of the 903 missing table on Log has no CHILD: A3. It is left out of every figure.',
      ],
    ]);
  });
});
