/**
 * A sheet as the domain sees it: the used range's values and number formats, as Excel returns them
 * (numbers, strings, booleans, '' for empty, dates as serial numbers, errors as '#DIV/0!' etc.).
 *
 * Coordinates in the domain are the ones a person sees: rows and columns are 1-based sheet positions.
 * `top`/`left` are the sheet row/column of values[0][0].
 */
export type CellValue = string | number | boolean;

export interface SheetGrid {
  readonly name: string;
  /** 1-based sheet row of values[0]. */
  readonly top: number;
  /** 1-based sheet column of values[r][0]. */
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
  /** Same shape as values; 'General' where no format is set. */
  readonly numberFormats: readonly (readonly string[])[];
}

/** A cell in the workbook, 1-based. `address` is A1 style without the sheet, e.g. 'F12'. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

const letterCache: string[] = [];

/** 1 -> 'A', 27 -> 'AA'. */
export function columnLetter(col: number): string {
  if (col >= 1 && col <= 16384 && Number.isInteger(col)) {
    const cached = letterCache[col];
    if (cached !== undefined) return cached;
    return (letterCache[col] = lettersOf(col));
  }
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 'A' -> 1, 'aa' -> 27; NaN for anything that is not letters only. */
export function columnNumber(letters: string): number {
  const t = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(t)) return NaN;
  let n = 0;
  for (const ch of t) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 addresses by column then row, shared by every sheet: a refresh names the same cells many times over. */
const addressCache: (string[] | undefined)[] = [];
const ADDRESS_CACHE_ROWS = 1 << 16;

/** 'F12' for row 12, column 6. */
export function cellAddress(row: number, col: number): string {
  if (
    row >= 1 &&
    row < ADDRESS_CACHE_ROWS &&
    col >= 1 &&
    col <= 16384 &&
    Number.isInteger(row) &&
    Number.isInteger(col)
  ) {
    const byRow = addressCache[col] ?? (addressCache[col] = []);
    return byRow[row] ?? (byRow[row] = `${columnLetter(col)}${row}`);
  }
  return `${columnLetter(col)}${row}`;
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, row, col, address: cellAddress(row, col) };
}

/** Value at a 1-based sheet position, '' outside the used range. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = row - grid.top;
  const c = col - grid.left;
  if (r < 0 || c < 0 || r >= grid.values.length) return '';
  const line = grid.values[r];
  return c < line.length ? line[c] : '';
}

/** Number format at a 1-based sheet position, 'General' outside the used range. */
export function formatAt(grid: SheetGrid, row: number, col: number): string {
  const r = row - grid.top;
  const c = col - grid.left;
  if (r < 0 || c < 0 || r >= grid.numberFormats.length) return 'General';
  const line = grid.numberFormats[r];
  return c < line.length ? line[c] : 'General';
}

/** Last sheet row / column covered by the grid. */
export function gridBottom(grid: SheetGrid): number {
  return grid.top + grid.values.length - 1;
}
export function gridRight(grid: SheetGrid): number {
  const width = grid.values.reduce((w, line) => Math.max(w, line.length), 0);
  return grid.left + width - 1;
}

/** Sheet names as Excel quotes them in references: 'Monthly data'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
