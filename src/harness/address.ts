/** A1 addresses for the harness grid (1-based rows and columns). Pure: no DOM, no workbook. */
import {
  type Bounds,
  cellAddress,
  columnLetters,
  columnNumber,
  formatBounds,
  parseAddress,
  splitSheetAddress,
} from '../headless/address';

export type CellBounds = Readonly<Bounds>;

export { cellAddress, columnLetters, columnNumber, formatBounds };

/**
 * 'B7', 'A3:C9', '7:9' (whole rows), 'C:C' (whole columns), with an optional sheet prefix and '$'; null
 * for anything else. The selection's address comes from the headless workbook, so it is read back with
 * the headless parser.
 */
export function parseBounds(address: string): CellBounds | null {
  try {
    return parseAddress(splitSheetAddress(address).local);
  } catch {
    return null;
  }
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

/** The areas of a selection's address without its sheet ('B5:D5,B9'), in order; [] when one cannot be read. */
export function parseAreas(address: string): CellBounds[] {
  const areas = address.split(',').map((a) => parseBounds(a.trim()));
  return areas.every((a): a is CellBounds => a !== null) ? areas : [];
}
