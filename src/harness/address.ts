/** A1 addresses for the harness grid (1-based rows and columns). Pure: no DOM, no workbook. */

export interface CellBounds {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

export const EXCEL_MAX_ROWS = 1048576;
export const EXCEL_MAX_COLS = 16384;

export function columnLetters(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const m = (x - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** 'B7', 'A3:C9', '7:9' (whole rows), 'C:C' (whole columns), with an optional sheet prefix and '$'. */
export function parseBounds(address: string): CellBounds | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = local.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const [a, b = a] = parts;
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  let r1: number, c1: number, r2: number, c2: number;
  if (ca && cb) {
    [c1, r1, c2, r2] = [columnNumber(ca[1]), Number(ca[2]), columnNumber(cb[1]), Number(cb[2])];
  } else if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    [r1, r2, c1, c2] = [Number(a), Number(b), 1, EXCEL_MAX_COLS];
  } else if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b)) {
    [c1, c2, r1, r2] = [columnNumber(a), columnNumber(b), 1, EXCEL_MAX_ROWS];
  } else {
    return null;
  }
  return { r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) };
}

/** The address a click gives: a cell, a range from the anchor (shift), whole rows or whole columns. */
export function clickAddress(
  target:
    | { kind: 'cell'; row: number; column: number }
    | { kind: 'row'; row: number }
    | { kind: 'column'; column: number },
  anchor: { row: number; column: number } | null,
  extend: boolean,
): string {
  const from = extend && anchor ? anchor : null;
  switch (target.kind) {
    case 'cell': {
      const here = cellAddress(target.row, target.column);
      if (!from || (from.row === target.row && from.column === target.column)) return here;
      return `${cellAddress(from.row, from.column)}:${here}`;
    }
    case 'row': {
      const first = from ? Math.min(from.row, target.row) : target.row;
      const last = from ? Math.max(from.row, target.row) : target.row;
      return `${first}:${last}`;
    }
    case 'column': {
      const first = from ? Math.min(from.column, target.column) : target.column;
      const last = from ? Math.max(from.column, target.column) : target.column;
      return `${columnLetters(first)}:${columnLetters(last)}`;
    }
  }
}

export function contains(b: CellBounds | null, row: number, column: number): boolean {
  return !!b && row >= b.r1 && row <= b.r2 && column >= b.c1 && column <= b.c2;
}
