// The Panel summary sheet, written by the real writer on the headless Excel and read back from the .xlsx
// with ExcelJS, as another program would see it.
import type ExcelJS from 'exceljs';
import { refreshSummary } from '../../src/excel/operations';
import { REQUEST_BUDGET_BYTES, writeSheetPlan } from '../../src/excel/summary-writer';
import { SUMMARY_SHEET } from '../../src/excel/workbook-names';
import type { SheetPlan } from '../../src/domain/summary/types';
import { SAMPLE_SHEETS } from '../fixtures';
import { SAMPLE_AS_AT, taggedSampleWorkbook, headlessTestHost } from '../fixtures/tagged-sample';
import { HeadlessWorkbook } from '../../src/headless';
import { readBack, reopen, sheetContent } from './helpers';
import type { Book } from './helpers';

const PRODUCED = '2025-04-02T09:30:00Z';

async function sample(): Promise<Book> {
  const book = await taggedSampleWorkbook();
  return { book, host: headlessTestHost(book) };
}

function findRow(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getRow(r).getCell(col).value;
    const s = typeof v === 'object' && v !== null && 'text' in v ? String(v.text) : String(v ?? '');
    if (s === text) return r;
  }
  return -1;
}

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v && typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v ?? '');
}

describe('the Panel summary sheet', () => {
  let b: Book;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    b = await sample();
    const result = await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    expect(result.sheetName).toBe(SUMMARY_SHEET);
    expect(result.renamedBecauseTaken).toBe(false);
    wb = await readBack(b);
    ws = wb.getWorksheet(SUMMARY_SHEET)!;
  });

  test('has a title, the as-at date in UK form, when and from which workbook it was made', () => {
    expect(text(ws.getCell('A1'))).toMatch(/Corporate Parenting Panel/);
    const line = text(ws.getCell('A2'));
    expect(line).toContain('31/03/2025');
    expect(line).toContain('02/04/2025');
    expect(line).toContain('Anyshire PMF 2024-25.xlsx');
  });

  test('freezes the header row, prints landscape one page wide and repeats the header row', () => {
    const header = findRow(ws, 1, 'ID');
    expect(text(ws.getRow(header).getCell(2))).toBe('Measure');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
  });

  test('lists every KLOE in framework order, context and demand first', () => {
    const bands: string[] = [];
    ws.eachRow((row) => {
      const id = text(row.getCell(1));
      if (/^K\d\d$/.test(id)) bands.push(id);
    });
    expect(bands).toEqual(['K00', 'K01', 'K02', 'K03', 'K04', 'K05', 'K06', 'K07', 'K08', 'K09', 'K10']);
  });

  test('shows a measure row with its figures, unit formats, RAG colours and a link to its source row', () => {
    const r = findRow(ws, 1, 'S01');
    expect(r).toBeGreaterThan(0);
    const row = ws.getRow(r);
    const name = row.getCell(2);
    expect(text(name)).toBe('Children with three or more placements in the last 12 months');
    expect((name.value as ExcelJS.CellHyperlinkValue).hyperlink).toMatch(/^#'Monthly PMF'!/);
    expect(text(row.getCell(3))).toBe('Mar-25');
    expect(typeof row.getCell(4).value).toBe('number');
    expect(row.getCell(4).numFmt).toContain('%');
    expect(text(row.getCell(9))).toMatch(/^(Green|Amber|Red)$/);
    const fill = row.getCell(9).fill as ExcelJS.FillPattern;
    expect(['FFC6EFCE', 'FFFFEB9C', 'FFFFC7CE']).toContain(fill.fgColor?.argb);
    expect(text(row.getCell(16))).toMatch(/sibling groups/);
    expect(text(row.getCell(17))).toMatch(/Placement stability meetings/);
  });

  test('shows counts beside percentages and child-level distributions', () => {
    const s01 = ws.getRow(findRow(ws, 1, 'S01'));
    expect(text(s01.getCell(13))).toMatch(/\d+ of \d+/);
    const m04 = ws.getRow(findRow(ws, 1, 'M04'));
    expect(text(m04.getCell(13))).toMatch(/children/);
  });

  test('lists lines of enquiry no number measures with their evidence', () => {
    const k10 = findRow(ws, 1, 'K10');
    const below: string[] = [];
    for (let r = k10 + 1; r < k10 + 12; r++) below.push(ws.getRow(r).values?.toString() ?? '');
    expect(below.join(' ')).toMatch(/corporate parenting training/);
  });

  test('has a data-quality section with links to the cells and a definitions section', () => {
    let sawDq = false;
    let sawDefinitions = false;
    let linkToE01 = false;
    ws.eachRow((row) => {
      const joined = (row.values as unknown[])
        .map((v) =>
          v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : String(v ?? ''),
        )
        .join(' ');
      if (/Data quality/.test(joined)) sawDq = true;
      if (/^\s*Definitions/.test(joined.trim()) || /Definitions/.test(text(row.getCell(1))))
        sawDefinitions = true;
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellHyperlinkValue;
        if (
          v &&
          typeof v === 'object' &&
          'hyperlink' in v &&
          /#DIV\/0!/.test(String(v.text)) &&
          /Monthly PMF/.test(v.hyperlink)
        )
          linkToE01 = true;
      });
    });
    expect(sawDq).toBe(true);
    expect(sawDefinitions).toBe(true);
    expect(linkToE01).toBe(true);
  });

  test('writes commentary beginning with = as text, never as a formula', () => {
    const c02 = ws.getRow(findRow(ws, 1, 'C02')).getCell(16);
    expect(c02.value).toBe('=Care leavers EET improved after the apprenticeship scheme.');
    expect(c02.type).toBe(3 /* ExcelJS ValueType.String; a formula would be 6 */);
    expect(c02.formula).toBeUndefined();
    expect(c02.numFmt).toBe('@');
  });

  test('changes no source cell', async () => {
    const before = await taggedSampleWorkbook();
    const original = await readBack({ book: before, host: headlessTestHost(before) });
    for (const name of SAMPLE_SHEETS) {
      expect(sheetContent(ws.workbook.getWorksheet(name)!)).toEqual(
        sheetContent(original.getWorksheet(name)!),
      );
    }
  });
});

describe('refreshing', () => {
  test('twice gives the same sheet, in the same place, and no second copy', async () => {
    const b = await sample();
    await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    const first = await readBack(b);
    const again = await reopen(b);
    again.book.resetStats();
    await refreshSummary(again.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    // Read (3 syncs: the sheet list; the tags, the sheets' extents and the old summary's marker cell; the
    // cells) and write (1), as on the first refresh.
    expect(again.book.stats.syncs).toBe(4);
    const second = await readBack(again);
    expect(second.worksheets.map((w) => w.name)).toEqual(first.worksheets.map((w) => w.name));
    const a = first.getWorksheet(SUMMARY_SHEET)!;
    const c = second.getWorksheet(SUMMARY_SHEET)!;
    expect(sheetContent(c)).toEqual(sheetContent(a));
    expect(Object.keys((c as unknown as { _merges: object })._merges).sort()).toEqual(
      Object.keys((a as unknown as { _merges: object })._merges).sort(),
    );
  });

  test("never overwrites a user's own sheet of the same name", async () => {
    const b = await sample();
    const mine = b.book.excel.addWorksheet(SUMMARY_SHEET);
    mine.getCell('A1').value = 'My own notes for the Panel';
    const result = await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    expect(result.sheetName).toBe(`${SUMMARY_SHEET} (2)`);
    expect(result.renamedBecauseTaken).toBe(true);
    const again = await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    expect(again.sheetName).toBe(`${SUMMARY_SHEET} (2)`);
    const wb = await readBack(b);
    expect(wb.getWorksheet(SUMMARY_SHEET)!.getCell('A1').value).toBe('My own notes for the Panel');
    expect(wb.worksheets.filter((w) => w.name.startsWith(SUMMARY_SHEET)).map((w) => w.name)).toEqual([
      SUMMARY_SHEET,
      `${SUMMARY_SHEET} (2)`,
    ]);
  });
});

describe('writing a very large plan', () => {
  test('chunks the write into requests under the 5 MB limit', async () => {
    const rows = 24000;
    const cols = 17;
    const long = 'x'.repeat(24);
    const plan: SheetPlan = {
      sheetName: 'Big',
      values: Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => (c === 0 ? r : `${long}${c}`)),
      ),
      numberFormats: Array.from({ length: rows }, () =>
        Array.from({ length: cols }, (_, c) => (c === 0 ? '0' : '@')),
      ),
      styles: [{ row: 0, col: 0, rowCount: 1, colCount: cols, style: { bold: true } }],
      merges: [],
      hyperlinks: [],
      columnWidths: new Array<number>(cols).fill(50),
      freezeRows: 1,
      printTitleRow: 0,
      marker: { row: 0, col: cols - 1, text: 'm' },
    };
    const book = HeadlessWorkbook.fromExcelJS(new (await import('exceljs')).default.Workbook());
    book.excel.addWorksheet('Data');
    const syncs = await book.run((context) =>
      writeSheetPlan(context, {
        plan,
        replaceSheet: null,
        sheetNames: ['Data'],
        supportsExcelApi: () => true,
      }),
    );
    expect(syncs).toBeGreaterThan(2);
    expect(book.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(book.stats.maxRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES + 64 * 1024);
    const ws = book.excel.getWorksheet('Big')!;
    expect(ws.getCell(rows, 1).value).toBe(rows - 1);
    expect(ws.getCell(rows, cols).value).toBe(`${long}${cols - 1}`);
  }, 60000);
});
