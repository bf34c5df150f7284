import ExcelJS from 'exceljs';
import { HeadlessWorkbook } from '../../src/headless';
import type { ExcelHost } from '../../src/excel/host';
import { headlessTestHost } from '../fixtures/tagged-sample';

export interface Book {
  readonly book: HeadlessWorkbook;
  readonly host: ExcelHost;
}

export function open(wb: ExcelJS.Workbook, name = 'Test PMF.xlsx'): Book {
  const book = HeadlessWorkbook.fromExcelJS(wb, { name });
  return { book, host: headlessTestHost(book) };
}

/** Saves to .xlsx bytes and opens them again: what survives a save, close and reopen. */
export async function reopen(b: Book): Promise<Book> {
  const bytes = await b.book.toBuffer();
  const book = await HeadlessWorkbook.fromBuffer(bytes, { name: b.book.name });
  return { book, host: headlessTestHost(book) };
}

/** Reads saved bytes with ExcelJS directly, as another program would. */
export async function readBack(b: Book): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await b.book.toBuffer()) as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's cell values and number formats, for "nothing changed" comparisons. */
export function sheetContent(ws: ExcelJS.Worksheet): string {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      out.push(`${r}:${c}=${JSON.stringify(cell.value)}|${cell.numFmt ?? ''}`);
    });
  });
  return out.join('\n');
}

/** A monthly sheet of `rows` indicators over 12 months: for sync counts that must not grow with tags. */
export function wideMonthlyWorkbook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Big monthly');
  ws.getCell(1, 1).value = 'Generated indicators';
  ws.getCell(3, 1).value = 'Indicator';
  for (let m = 0; m < 12; m++) {
    const cell = ws.getCell(3, 2 + m);
    cell.value = new Date(Date.UTC(2024, 3 + m, 1));
    cell.numFmt = 'mmm-yy';
  }
  for (let i = 0; i < rows; i++) {
    ws.getCell(4 + i, 1).value = `Local indicator ${i + 1}`;
    for (let m = 0; m < 12; m++) ws.getCell(4 + i, 2 + m).value = 10 + ((i * 7 + m * 3) % 50);
  }
  return wb;
}

/** A cell's text as shown: a hyperlink's text, else the value as a string. */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v && typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v ?? '');
}

/** A measure's row of the summary sheet (the row whose first cell is its ID, the first such). */
export function summaryRow(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (cellText(ws.getRow(r).getCell(1)) === id) return ws.getRow(r);
  throw new Error(`no summary row for ${id} on ${ws.name}`);
}

/**
 * The summary sheet's columns by header, from its header row (the row whose first cell is 'ID' above the
 * first line of enquiry): `col('RAG')` is the RAG column's number.
 */
export function summaryColumns(ws: ExcelJS.Worksheet): { header: number; col: (header: string) => number } {
  let header = -1;
  ws.eachRow((row, r) => {
    if (header < 0 && cellText(row.getCell(1)) === 'ID') header = r;
  });
  if (header < 0) throw new Error(`no header row on ${ws.name}`);
  const byName = new Map<string, number>();
  ws.getRow(header).eachCell((cell, c) => {
    if (!byName.has(cellText(cell))) byName.set(cellText(cell), c);
  });
  return {
    header,
    col: (name) => {
      const c = byName.get(name);
      if (c === undefined) throw new Error(`no column '${name}' on ${ws.name}`);
      return c;
    },
  };
}
