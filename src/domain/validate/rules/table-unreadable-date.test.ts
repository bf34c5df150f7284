import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableUnreadableDate } from './table-unreadable-date';

describe('table-unreadable-date', () => {
  it('gives one finding per column, with the count and the first cells, pointing at the first', () => {
    const rows = [
      ['A', 'M', '31/02/2024'],
      ['B', 'M', '01/05/2024'],
      ['C', 'M', ''],
      ...Array.from({ length: 6 }, (_, i) => [`D${i}`, 'M', 'n/k']),
    ];
    const s = seriesOf(tableGrid('Log', ['CHILD', 'MISSING', 'MIS_START'], rows), 'missing', '2025-03-31');
    const out = tableUnreadableDate.run(tableContext([s]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      ruleId: 'table-unreadable-date',
      severity: 'error',
      cell: { sheet: 'Log', address: 'C2' },
    });
    expect(out[0].message).toBe(
      "8 rows of the 903 missing table on Log have a MIS_START that cannot be read as a date: '31/02/2024' (C2), blank (C4), 'n/k' (C5), 'n/k' (C6), 'n/k' (C7) and 3 more. They are left out of every figure. Enter the date as a real date or as dd/mm/yyyy.",
    );
    // Only B is counted.
    expect(s.derived.find((d) => d.measureId === 'M02')?.points[0].value).toBe(1);
  });

  it('finds nothing in a clean table', () => {
    const s = seriesOf(
      tableGrid('Log', ['CHILD', 'MISSING', 'MIS_START'], [['A', 'M', 45420]]),
      'missing',
      '2025-03-31',
    );
    expect(tableUnreadableDate.run(tableContext([s]))).toEqual([]);
  });
});
