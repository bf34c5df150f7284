/**
 * A sheet as the domain sees it: the used range's values and number formats, as Excel returns them
 * (numbers, strings, booleans, '' for empty, dates as serial numbers, errors as '#DIV/0!' etc.).
 *
 * Coordinates in the domain are the ones a person sees: rows and columns are 1-based sheet positions.
 * `top`/`left` are the sheet row/column of values[0][0].
 *
 * Lines may be shorter than the grid is wide: a grid built from what was read (gridFromParts) ends each
 * line at its last value, rows with no value share one empty line, and a long line with few values (a stray
 * value at XFD beside data in A:Z) is a sparse array holding only its values, so that a sheet costs what its
 * cells cost even when stray values sit far from the rest. Read cells with cellAt / formatAt, or treat an
 * element that is undefined as '' (and 'General'): beyond a line's end and in a sparse line's gaps every cell
 * is empty.
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

/** Value at a 1-based sheet position, '' outside the used range (and in the gaps of a sparse line). */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = row - grid.top;
  const c = col - grid.left;
  if (r < 0 || c < 0 || r >= grid.values.length) return '';
  const line = grid.values[r];
  return c < line.length ? (line[c] ?? '') : '';
}

/** Number format at a 1-based sheet position, 'General' outside the used range (and in a sparse line's gaps). */
export function formatAt(grid: SheetGrid, row: number, col: number): string {
  const r = row - grid.top;
  const c = col - grid.left;
  if (r < 0 || c < 0 || r >= grid.numberFormats.length) return 'General';
  const line = grid.numberFormats[r];
  return c < line.length ? (line[c] ?? 'General') : 'General';
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

/** A rectangle of a sheet as read: values[0][0] is the cell at (top, left), 1-based. */
export interface GridPart {
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (readonly string[])[];
}

const EMPTY_LINE: readonly never[] = Object.freeze([]);

/** A grid would hold more cells than this (values, and the empty cells before each line's last value). */
export class GridTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly cells: number,
  ) {
    super(`The sheet '${sheet}' is too spread out to read: its lines would hold ${cells} cells.`);
    this.name = 'GridTooLargeError';
  }
}

/** Index of the last cell of a line that holds a value, -1 when none does. */
function lastValueIndex(line: readonly CellValue[]): number {
  for (let i = line.length - 1; i >= 0; i--) if (line[i] !== '' && line[i] !== undefined) return i;
  return -1;
}

/** A line this long or longer whose values are few (one in eight cells or fewer) is kept sparse. */
const SPARSE_LINE_MIN = 1024;

interface LineShape {
  length: number;
  values: number;
}

/**
 * One grid from the rectangles read of a sheet (blocks of its used range, header rows and some columns, a
 * cell far from the rest). The grid spans the parts; each line runs from the grid's left column to its last
 * value, and rows without a value share one empty line. A long line with few values (a stray value at XFD
 * beside data in A:Z) holds only its values, as a sparse array: cellAt / formatAt read its gaps as '' and
 * 'General'. Where parts overlap, a value wins over an empty cell. Throws GridTooLargeError when the lines
 * would hold more than `maxCells` cells.
 */
export function gridFromParts(name: string, parts: readonly GridPart[], maxCells = Infinity): SheetGrid {
  const filled = parts.filter((p) => p.values.some((l) => lastValueIndex(l) >= 0));
  if (filled.length === 0) return { name, top: 1, left: 1, values: [], numberFormats: [] };
  const top = Math.min(...filled.map((p) => p.top));
  const left = Math.min(...filled.map((p) => p.left));
  let bottom = top;
  for (const p of filled) bottom = Math.max(bottom, p.top + p.values.length - 1);
  // Each line's length (up to its last value in any part) and how many values it holds.
  const shapes = new Map<number, LineShape>();
  for (const p of filled) {
    p.values.forEach((line, i) => {
      const last = lastValueIndex(line);
      if (last < 0) return;
      let values = 0;
      for (let c = 0; c <= last; c++) if (line[c] !== '') values++;
      const r = p.top + i - top;
      const shape = shapes.get(r) ?? { length: 0, values: 0 };
      shape.length = Math.max(shape.length, p.left - left + last + 1);
      shape.values += values;
      shapes.set(r, shape);
    });
  }
  const sparse = (s: LineShape) => s.length >= SPARSE_LINE_MIN && s.values * 8 <= s.length;
  let cells = 0;
  for (const s of shapes.values()) cells += sparse(s) ? s.values : s.length;
  if (cells > maxCells) throw new GridTooLargeError(name, cells);
  const rows = bottom - top + 1;
  // Parts read without number formats (tables) give a grid without them: 'General' everywhere.
  const withFormats = filled.some((p) => p.numberFormats.length > 0);
  const values: (readonly CellValue[])[] = new Array<readonly CellValue[]>(rows).fill(EMPTY_LINE);
  const numberFormats: (readonly string[])[] = withFormats
    ? new Array<readonly string[]>(rows).fill(EMPTY_LINE)
    : [];
  for (const [r, shape] of shapes) {
    if (sparse(shape)) {
      values[r] = [];
      if (withFormats) numberFormats[r] = [];
    } else {
      values[r] = new Array<CellValue>(shape.length).fill('');
      if (withFormats) numberFormats[r] = new Array<string>(shape.length).fill('General');
    }
  }
  for (const p of filled) {
    p.values.forEach((line, i) => {
      const r = p.top + i - top;
      const shape = shapes.get(r);
      if (!shape) return;
      const target = values[r] as CellValue[];
      const formats = withFormats ? (numberFormats[r] as string[]) : undefined;
      const formatLine = p.numberFormats[i] ?? [];
      const offset = p.left - left;
      const end = Math.min(line.length, shape.length - offset);
      const isSparse = sparse(shape);
      for (let c = 0; c < end; c++) {
        const v = line[c];
        if (v === '' && (isSparse || target[offset + c] !== '')) continue;
        target[offset + c] = v;
        if (formats) formats[offset + c] = formatLine[c] ?? 'General';
      }
    });
  }
  return { name, top, left, values, numberFormats };
}
