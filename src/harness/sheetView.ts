/**
 * What the harness grid shows of a workbook, read through the Excel JavaScript API on the headless Excel
 * (so cells show Range.text, as Excel displays them), plus light styling (bold, fills, widths) read from the
 * ExcelJS workbook underneath.
 */
import type ExcelJS from 'exceljs';
import type { HeadlessWorkbook } from '../headless';

/**
 * The grid reads at most this many rows and columns of a sheet (it renders only the visible rows), and at
 * most MAX_GRID_CELLS cells in all: the text and values of that many cells stay under Excel on the web's
 * 5 MB response, which the headless Excel refuses too (a value at XFD1048576 makes a used range of every
 * row and column).
 */
export const MAX_GRID_ROWS = 5000;
export const MAX_GRID_COLUMNS = 200;
export const MAX_GRID_CELLS = 150_000;

export interface SheetTab {
  readonly name: string;
  readonly visibility: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fill?: string;
  readonly color?: string;
}

export interface SheetView {
  readonly sheets: readonly SheetTab[];
  /** The workbook's active sheet. */
  readonly activeSheet: string;
  /** The sheet shown (the active sheet, or a hidden sheet being looked at). */
  readonly sheet: string;
  /** Rows and columns read (from A1 to the end of the used range, capped). */
  readonly rowCount: number;
  readonly columnCount: number;
  /** The used range's full size, before capping. */
  readonly usedRows: number;
  readonly usedColumns: number;
  readonly text: readonly (readonly string[])[];
  /** True where the value is a number (shown right-aligned, as Excel does). */
  readonly numeric: readonly (readonly boolean[])[];
  /** Column widths in pixels. */
  readonly widths: readonly number[];
  /** Styling of cell (row, column), 1-based; undefined for plain cells. */
  readonly look: (row: number, column: number) => CellLook | undefined;
}

/** Excel's default column: 8.43 characters (9.14 with padding). The grid's fallback fonts run a little wider than Calibri. */
const DEFAULT_WIDTH_CHARS = 9.140625;
const charsToPx = (chars: number) => Math.round(chars * 7.5 + 5);
export const DEFAULT_COLUMN_PX = charsToPx(DEFAULT_WIDTH_CHARS);

function argbToCss(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2)}`;
}

function lookOf(ws: ExcelJS.Worksheet | undefined, row: number, column: number): CellLook | undefined {
  const cell = ws?.findCell(row, column);
  if (!cell) return undefined;
  const font = cell.font;
  const fill = cell.fill;
  const fillColor =
    fill && fill.type === 'pattern' && fill.pattern === 'solid' ? argbToCss(fill.fgColor?.argb) : undefined;
  const color = argbToCss(font?.color?.argb);
  if (!font?.bold && !font?.italic && !fillColor && !color) return undefined;
  return { bold: !!font?.bold, italic: !!font?.italic, fill: fillColor, color };
}

function widthPx(ws: ExcelJS.Worksheet | undefined, column: number): number {
  const chars = ws?.getColumn(column).width;
  if (!chars || chars <= 0) return DEFAULT_COLUMN_PX;
  return Math.max(24, Math.min(400, charsToPx(chars)));
}

/** Reads the sheet `wanted` (or the active sheet when null or gone) in three syncs. */
export async function readSheetView(hw: HeadlessWorkbook, wanted: string | null): Promise<SheetView> {
  return hw.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    const active = worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    const sheets: SheetTab[] = worksheets.items.map((s) => ({
      name: s.name,
      visibility: s.visibility as SheetTab['visibility'],
    }));
    const sheet = wanted && sheets.some((s) => s.name === wanted) ? wanted : active.name;
    const ws = worksheets.getItem(sheet);
    const used = ws.getUsedRangeOrNullObject();
    used.load('rowIndex,rowCount,columnIndex,columnCount');
    await context.sync();
    const usedRows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    const usedColumns = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
    const columnCount = Math.min(usedColumns, MAX_GRID_COLUMNS);
    const rowCount = Math.min(usedRows, MAX_GRID_ROWS, Math.floor(MAX_GRID_CELLS / Math.max(columnCount, 1)));
    let text: string[][] = [];
    let numeric: boolean[][] = [];
    if (rowCount > 0 && columnCount > 0) {
      const range = ws.getRangeByIndexes(0, 0, rowCount, columnCount);
      range.load('text,values');
      await context.sync();
      text = range.text;
      numeric = range.values.map((line) => line.map((v) => typeof v === 'number'));
    }
    const exceljsSheet = hw.excel.worksheets.find((w) => w.name === sheet);
    const widths = Array.from({ length: Math.max(columnCount, 1) }, (_, i) => widthPx(exceljsSheet, i + 1));
    return {
      sheets,
      activeSheet: active.name,
      sheet,
      rowCount,
      columnCount,
      usedRows,
      usedColumns,
      text,
      numeric,
      widths,
      look: (row, column) => lookOf(exceljsSheet, row, column),
    };
  });
}
