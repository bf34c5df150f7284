/**
 * Going to a cell on a hidden sheet. Excel cannot activate a hidden sheet (Worksheet.activate fails), so a
 * finding on the add-in's hidden tag sheet, or on a sheet the officer has hidden, cannot be shown by
 * selecting it. Instead the pane says where it is and what the row holds, and how to show the sheet.
 */
import { columnLetter } from '../domain/grid';
import type { CellRef, CellValue } from '../domain/grid';
import type { ExcelRun } from './host';
import { isOwnSheet } from './workbook-names';

/** How much of a row the message shows. */
const MAX_CELLS = 14;
const MAX_TEXT = 60;

function shown(v: CellValue): string {
  if (typeof v === 'string') return `'${v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT - 1)}…` : v}'`;
  return String(v);
}

interface RowRead {
  readonly visibility: string;
  /** The row's used cells: 1-based first column and their values. */
  readonly firstColumn: number;
  readonly values: readonly CellValue[];
  /** Row 1's values from column A, for the add-in's own sheets (their header names the columns). */
  readonly header: readonly CellValue[];
}

/** Reads a sheet's visibility and a row of it (1 sync); fails as Excel does when the sheet is gone. */
async function readRow(run: ExcelRun, cell: CellRef): Promise<RowRead> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(cell.sheet);
    sheet.load('visibility');
    const row = sheet.getRange(`${cell.row}:${cell.row}`).getUsedRangeOrNullObject(true);
    row.load('values,columnIndex');
    const header = sheet.getRange('1:1').getUsedRangeOrNullObject(true);
    header.load('values,columnIndex');
    await context.sync();
    const headerValues = header.isNullObject
      ? []
      : [...new Array<CellValue>(header.columnIndex).fill(''), ...(header.values[0] as CellValue[])];
    return {
      visibility: String(sheet.visibility),
      firstColumn: row.isNullObject ? 1 : row.columnIndex + 1,
      values: row.isNullObject ? [] : (row.values[0] as CellValue[]),
      header: headerValues,
    };
  });
}

/**
 * When a cell could not be selected because its sheet is hidden: a message saying so, with what its row
 * holds and how to show the sheet. Null when the sheet is not hidden (the failure was something else).
 */
export async function hiddenCellMessage(run: ExcelRun, cell: CellRef): Promise<string | null> {
  let read: RowRead;
  try {
    read = await readRow(run, cell);
  } catch {
    return null;
  }
  if (read.visibility === 'Visible') return null;
  const own = isOwnSheet(cell.sheet);
  const parts: string[] = [];
  read.values.forEach((v, i) => {
    if (v === '' || v === null || parts.length >= MAX_CELLS) return;
    const col = read.firstColumn + i;
    const name = own ? read.header[col - 1] : undefined;
    const label = typeof name === 'string' && name !== '' ? name : `${columnLetter(col)}${cell.row}`;
    parts.push(`${label} ${shown(v)}`);
  });
  const where = own
    ? `Row ${cell.row} is on '${cell.sheet}', the hidden sheet where the add-in keeps its ${/tag/i.test(cell.sheet) ? 'tags' : 'settings'}`
    : `${cell.address} is on '${cell.sheet}', a hidden sheet`;
  const holds = parts.length > 0 ? ` The row holds: ${parts.join('; ')}.` : ' The row is empty.';
  const show =
    read.visibility === 'VeryHidden'
      ? ' The sheet is very hidden, so Excel’s Unhide does not list it.'
      : ` To see it, right-click a sheet tab, choose Unhide and pick '${cell.sheet}'.`;
  return `${where}, so Excel cannot go to it.${holds}${show}`;
}
