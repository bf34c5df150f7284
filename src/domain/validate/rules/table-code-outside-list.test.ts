import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableCodeOutsideList } from './table-code-outside-list';

describe('table-code-outside-list', () => {
  it('reports codes outside the lists (a required code left blank too), one finding per column', () => {
    const s = seriesOf(
      tableGrid(
        'Reviews',
        ['CHILD', 'REVIEW', 'REVIEW_CODE'],
        [
          ['A', '01/05/2024', 'PN8'],
          ['B', '01/05/2024', ''],
          ['C', '01/05/2024', 'pn3'],
        ],
      ),
      'reviews',
      '2025-03-31',
    );
    const out = tableCodeOutsideList.run(tableContext([s]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'error', cell: { sheet: 'Reviews', address: 'C2' } });
    expect(out[0].message).toBe(
      "2 rows of the 903 reviews table on Reviews have a REVIEW_CODE that is not a 903 code (PN0-PN7): 'PN8' (C2) and blank (C3). They are left out of every figure. Correct the code, or map the table's own word to a code when you tag the table.",
    );
  });
});
