// A child-level sheet is read narrowly: its header rows and the tagged columns, not all its columns,
// so a refresh of a 20,000-row, 20-column list stays far below Excel on the web's 5 MB response limit.
import ExcelJS from 'exceljs';
import { addTags, loadState, loadWorkbook } from '../../src/excel/operations';
import { open } from './helpers';

/** Missing incidents of the r-th child (0-based): mostly 0-2, every eleventh child 4. */
const incidentsOf = (r: number): number => ((r * 7) % 11 === 0 ? 4 : r % 3);

function wideChildList(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Missing (child level)');
  ws.getCell('A1').value = 'Missing episodes by child, Q4 2024/25';
  const headers = ['Child ID', 'Age', 'Gender', 'Ethnicity', 'Placement', 'Distance', 'Missing incidents'];
  for (let c = 0; c < 20; c++) ws.getCell(3, c + 1).value = headers[c] ?? `Notes ${c}`;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < 20; c++) ws.getCell(4 + r, c + 1).value = c === 6 ? incidentsOf(r) : `x${r}-${c}`;
  }
  return wb;
}

test('reads the header rows and the tagged column of a child-level sheet, and the figures are right', async () => {
  const rows = 20000;
  const b = open(wideChildList(rows));
  await addTags(b.host, [
    {
      kind: 'column',
      sheet: 'Missing (child level)',
      column: 7,
      firstRow: 4,
      lastRow: 3 + rows,
      measureId: 'M04',
    },
  ]);
  const loaded = await loadWorkbook(b.host);
  const grid = loaded.snapshot.grids.get('Missing (child level)')!;
  // The header row is whole; below it only column G (7) holds values.
  expect(grid.values[3 - grid.top]).toContain('Missing incidents');
  expect(grid.values[3 - grid.top]).toContain('Notes 19');
  const row10 = grid.values[10 - grid.top];
  expect(row10[7 - grid.left]).toBe(incidentsOf(10 - 4));
  expect(row10.filter((v) => v !== '')).toHaveLength(1);

  const state = await loadState(b.host, '2025-03-31');
  expect(state.tags[0].state.status).toBe('ok');
  const m04 = state.figures.find((f) => f.measureId === 'M04')!;
  const incidents = Array.from({ length: rows }, (_, r) => incidentsOf(r));
  const missing = incidents.filter((v) => v >= 1).length;
  const threePlus = incidents.filter((v) => v >= 3).length;
  expect(m04.records?.count).toBe(rows);
  expect(m04.latest?.value).toBeCloseTo((100 * threePlus) / missing, 6);
});

test('follows a child-level column moved by an inserted column, reading it where it is now', async () => {
  const rows = 500;
  const b = open(wideChildList(rows));
  await addTags(b.host, [
    {
      kind: 'column',
      sheet: 'Missing (child level)',
      column: 7,
      firstRow: 4,
      lastRow: 3 + rows,
      measureId: 'M04',
    },
  ]);
  const before = (await loadState(b.host, '2025-03-31')).figures.find((f) => f.measureId === 'M04')!;
  // A column inserted before B: the incidents are now in column H.
  b.book.excel.getWorksheet('Missing (child level)')!.spliceColumns(2, 0, []);
  b.book.resetStats();
  const state = await loadState(b.host, '2025-03-31');
  expect(state.tags[0].state).toMatchObject({ status: 'moved', column: 8, fromColumn: 7 });
  const after = state.figures.find((f) => f.measureId === 'M04')!;
  expect(after.latest?.value).toBe(before.latest?.value);
  expect(after.records?.count).toBe(rows);
  expect(b.book.stats.syncs).toBe(6); // the read (3), and the moved column's sheet read whole (3)
});
