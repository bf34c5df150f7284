/**
 * Plans how to read a sheet: from its used range's dimensions and what is wanted of it (some rows, some
 * columns, or all), the rectangles to ask Excel for. No Excel calls here (see sheet-reads.ts for the reads).
 *
 * Excel refuses to read more than five million cells of one range, and Excel on the web refuses a response
 * over 5 MB. A used range can also be far larger than the cells in it: one value at XFD1048576 makes a
 * sheet's used range 17 billion cells. So:
 * - what is wanted is cut into row blocks of at most BLOCK_CELLS cells, each read as the used range within
 *   it (only the cells from its first to its last value), and the blocks are grouped into syncs whose
 *   responses stay under a budget;
 * - an area larger than PROBE_ABOVE_CELLS is probed first: it is cut into at most PROBE_GRID x PROBE_GRID
 *   rectangles, and only the dimensions of the used range within each are asked for, which finds where
 *   its values are; those places are then read (or probed once more when still larger).
 * Rows and columns are 0-based here, as Excel's getRangeByIndexes takes them.
 */
import { cellAddress } from '../domain/grid';

export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Rows and / or columns wanted of a sheet (0-based, inclusive); a side left out means all of it. */
export interface ReadWant {
  readonly rows?: { readonly first: number; readonly last: number };
  readonly columns?: { readonly first: number; readonly last: number };
}

/** A block's cells: at most this many, so that its response stays near 4 MB even when every cell is full. */
export const BLOCK_CELLS = 250_000;
/** An area of more cells than this is probed before it is read. */
export const PROBE_ABOVE_CELLS = 2_000_000;
/** Probes per area: the area is cut into at most this many rectangles down and across. */
export const PROBE_GRID = 32;
/** Rounds of probing before a sheet whose values are still spread too thinly is refused. */
export const PROBE_ROUNDS = 2;
/** The cells one read may hold in all (values and number formats are kept for each). */
export const READ_CELL_LIMIT = 10_000_000;
/** What one sync's response may be estimated at: under Excel on the web's 5 MB, with room to spare. */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
/** Estimated response per cell read: the JSON of a value and its number format (measured: 13-16 bytes). */
export const BYTES_PER_CELL = 16;

export function cellsOf(a: Area): number {
  return a.rowCount * a.columnCount;
}

export function intersectAreas(a: Area, b: Area): Area | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || columnEnd <= column) return null;
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}

/** The parts of the used range that are wanted (all of it when nothing narrower is asked for). */
export function wantedAreas(used: Area, wants?: readonly ReadWant[]): Area[] {
  if (!wants || wants.length === 0) return [used];
  const out: Area[] = [];
  for (const w of wants) {
    const rows = w.rows ?? { first: used.row, last: used.row + used.rowCount - 1 };
    const columns = w.columns ?? { first: used.column, last: used.column + used.columnCount - 1 };
    const area = intersectAreas(used, {
      row: rows.first,
      column: columns.first,
      rowCount: rows.last - rows.first + 1,
      columnCount: columns.last - columns.first + 1,
    });
    if (area) out.push(area);
  }
  return out;
}

/** An area cut into rectangles of at most `rowsPer` rows by `columnsPer` columns, row by row. */
function tile(area: Area, rowsPer: number, columnsPer: number): Area[] {
  const out: Area[] = [];
  for (let r = 0; r < area.rowCount; r += rowsPer) {
    for (let c = 0; c < area.columnCount; c += columnsPer) {
      out.push({
        row: area.row + r,
        column: area.column + c,
        rowCount: Math.min(rowsPer, area.rowCount - r),
        columnCount: Math.min(columnsPer, area.columnCount - c),
      });
    }
  }
  return out;
}

/** An area cut into blocks of whole rows of at most `maxCells` cells (columns too when one row is more). */
export function rowBlocks(area: Area, maxCells = BLOCK_CELLS): Area[] {
  const columnsPer = Math.min(area.columnCount, maxCells);
  return tile(area, Math.max(1, Math.floor(maxCells / columnsPer)), columnsPer);
}

/** An area cut into at most `grid` x `grid` rectangles, to find where its values are. */
export function probeAreas(area: Area, grid = PROBE_GRID): Area[] {
  const down = Math.min(grid, area.rowCount);
  const across = Math.min(grid, area.columnCount);
  return tile(area, Math.ceil(area.rowCount / down), Math.ceil(area.columnCount / across));
}

/** What to do with the areas wanted of a sheet: read these blocks now, or first probe these areas. */
export interface SheetPlan {
  readonly blocks: Area[];
  readonly probes: Area[];
}

/** Blocks for the areas small enough to read, probes for the others. */
export function planAreas(areas: readonly Area[]): SheetPlan {
  const blocks: Area[] = [];
  const probes: Area[] = [];
  for (const a of areas) {
    if (cellsOf(a) > PROBE_ABOVE_CELLS) probes.push(...probeAreas(a));
    else blocks.push(...rowBlocks(a));
  }
  return { blocks, probes };
}

/**
 * Plans a sheet's read from its used range (null when the sheet holds no value) and what is wanted of it.
 * The function any read of a sheet goes through: whole sheets, header rows and tagged columns, the rows
 * around a selection.
 */
export function planSheetRead(used: Area | null, wants?: readonly ReadWant[]): SheetPlan {
  if (!used) return { blocks: [], probes: [] };
  return planAreas(wantedAreas(used, wants));
}

/**
 * Groups items (blocks, with the cells each may return) into syncs whose estimated responses stay under the
 * budget; `reserved` is what the first sync already carries (other loads queued with it).
 */
export function groupByResponse<T>(
  items: readonly T[],
  cellsOfItem: (t: T) => number,
  reservedBytes = 0,
  budget = RESPONSE_BUDGET_BYTES,
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = reservedBytes;
  for (const item of items) {
    const b = cellsOfItem(item) * BYTES_PER_CELL;
    if (current.length > 0 && bytes + b > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += b;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** 'A1:XFD1048576' for an area (for messages). */
export function areaAddress(a: Area): string {
  const first = cellAddress(a.row + 1, a.column + 1);
  const last = cellAddress(a.row + a.rowCount, a.column + a.columnCount);
  return first === last ? first : `${first}:${last}`;
}
