import { handGrid } from '../../../../test/fixtures/handGrid';
import { tableContext, tagOf } from '../../../../test/domain/tables/helpers';
import { readTableSeries } from '../../tables/series';
import { tableMoved, tableNotFound } from './table-not-found';

const ROWS = [
  ['CHILD', 'MISSING', 'MIS_START'],
  ['A', 'M', '01/05/2024'],
];
const tag = tagOf(handGrid(ROWS, { name: 'Log' }), 'missing');

describe('table-not-found and table-moved', () => {
  it('is an error when the sheet or the header is gone, saying why', () => {
    const gone = readTableSeries(tag, undefined, '2025-03-31');
    const renamed = readTableSeries(
      tag,
      handGrid([['CHILD', 'Kind', 'MIS_START'], ROWS[1]], { name: 'Log' }),
      '2025-03-31',
    );
    const out = tableNotFound.run(tableContext([gone, renamed]));
    expect(out.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(out[0].message).toContain(
      "The sheet 'Log' holding the 903 missing table is no longer in the workbook",
    );
    expect(out[1].message).toBe(
      "The 903 missing table on 'Log' (header on row 1) is no longer found: row 1 has no column MISSING, which M01, M02, M03, M04, M05 need. Its measures cannot be worked out until the columns are back or the table is tagged again.",
    );
    expect(gone.derived).toEqual([]);
  });

  it('is information when the table moved and was found by its header', () => {
    const moved = readTableSeries(
      tag,
      handGrid([['Log'], [], ...ROWS.map((r) => ['', ...r])], { name: 'Log' }),
      '2025-03-31',
    );
    expect(tableNotFound.run(tableContext([moved]))).toEqual([]);
    const out = tableMoved.run(tableContext([moved]));
    expect(out.map((f) => [f.severity, f.cell?.address, f.message])).toEqual([
      [
        'info',
        'B3',
        'The 903 missing table on Log has moved: its header is now on row 3 (was row 1) and its CHILD column is now B (was A); the tag follows it.',
      ],
    ]);
    expect(moved.derived.find((d) => d.measureId === 'M02')?.points[0].value).toBe(1);
  });
});
