/**
 * What the Excel object proxies share: a range's target (a worksheet and 1-based bounds), finding and
 * checking worksheets, whole-row / whole-column bounds, and applying or reading a style over a range.
 */
import type * as ExcelJS from 'exceljs';
import { type Bounds, MAX_COLS, MAX_ROWS } from '../address';
import { type Style, type StyleChange, eachExistingCell, findCellAt, styleUpdater } from '../cells';
import type { Host, HeadlessRequestContext } from '../context';
import { HeadlessError } from '../errors';

export interface RangeRef {
  ws: ExcelJS.Worksheet;
  b: Bounds;
}

/** Only to list a class's properties when defining accessors. */
export const DUMMY_CTX = { _newId: () => 0, _host: {} } as unknown as HeadlessRequestContext;

export function liveSheet(host: Host, ws: ExcelJS.Worksheet): ExcelJS.Worksheet {
  if (host.excel.getWorksheet(ws.id) !== ws) {
    throw new HeadlessError('ItemNotFound', `The worksheet '${ws.name}' no longer exists.`);
  }
  return ws;
}

/** Excel compares sheet names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function findSheet(host: Host, key: string): ExcelJS.Worksheet | undefined {
  return host.excel.worksheets.find((w) => sameName(w.name, String(key)) || String(w.id) === key);
}

export function isVisible(ws: ExcelJS.Worksheet): boolean {
  return (ws.state ?? 'visible') === 'visible';
}

export function checkBounds(b: Bounds): Bounds {
  if (b.r1 < 1 || b.c1 < 1 || b.r2 > MAX_ROWS || b.c2 > MAX_COLS || b.r2 < b.r1 || b.c2 < b.c1) {
    throw new HeadlessError('InvalidArgument', 'The range is outside the worksheet or empty.');
  }
  return b;
}

export const isEntireRow = (b: Bounds) => b.c1 === 1 && b.c2 === MAX_COLS;
export const isEntireColumn = (b: Bounds) => b.r1 === 1 && b.r2 === MAX_ROWS;

/** Applies a style change to every cell of the range (whole rows / columns via row / column styles). */
export function applyStyle(ref: RangeRef, change: StyleChange): void {
  requireEditable(ref, 'formatCells');
  const { ws, b } = ref;
  const update = styleUpdater(ws, change);
  if (isEntireRow(b)) {
    for (let r = b.r1; r <= b.r2; r++) {
      const row = ws.getRow(r) as unknown as { style?: Style };
      row.style = update(row.style);
    }
    eachExistingCell(ws, b, (cell) => (cell.style = update(cell.style) as ExcelJS.Style));
    return;
  }
  if (isEntireColumn(b)) {
    for (let c = b.c1; c <= b.c2; c++) {
      const col = ws.getColumn(c);
      col.style = update(col.style) as ExcelJS.Style;
    }
    eachExistingCell(ws, b, (cell) => (cell.style = update(cell.style) as ExcelJS.Style));
    return;
  }
  for (let r = b.r1; r <= b.r2; r++) {
    const row = ws.getRow(r);
    const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells;
    for (let c = b.c1; c <= b.c2; c++) {
      const cell = cells[c - 1] ?? row.getCell(c);
      cell.style = update(cell.style) as ExcelJS.Style;
    }
  }
}

/** A format property over the range: the common value, or null when cells differ (as Excel returns). */
export function uniform<V>(ref: RangeRef, fn: (s: Style | undefined) => V): V | null {
  const { ws, b } = ref;
  const cells = (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
  if (cells > 100_000 || isEntireRow(b) || isEntireColumn(b)) {
    return fn(findCellAt(ws, b.r1, b.c1)?.style);
  }
  let first: V | undefined;
  let seen = false;
  for (let r = b.r1; r <= b.r2; r++) {
    for (let c = b.c1; c <= b.c2; c++) {
      const v = fn(findCellAt(ws, r, c)?.style);
      if (!seen) {
        first = v;
        seen = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first as V;
}

// ---- Protection ------------------------------------------------------------------------------------------

/**
 * Review > Protect Workbook with its structure locked: sheets cannot be added, deleted, renamed, moved,
 * hidden, shown or recoloured.
 */
export function requireStructureUnlocked(host: Host, what: string): void {
  if (host._workbookProtection()?.lockStructure) {
    throw new HeadlessError(
      'AccessDenied',
      `The workbook's structure is protected, so Excel cannot ${what}.`,
    );
  }
}

/** What a change to a protected sheet needs its protection to allow (ExcelJS's sheetProtection model). */
export type SheetChange = 'contents' | 'formatCells' | 'formatColumns' | 'formatRows';

export interface SheetProtectionModel {
  sheet?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
}

/** A sheet's protection as ExcelJS reads it (<sheetProtection sheet="1" formatCells="0" .../>), or null. */
export function sheetProtection(ws: ExcelJS.Worksheet): SheetProtectionModel | null {
  const p = (ws as unknown as { sheetProtection?: SheetProtectionModel | null }).sheetProtection;
  return p?.sheet ? p : null;
}

/** Cells are locked unless their style (or, for a cell not written yet, its column's) says otherwise. */
function anyLockedCell(ref: RangeRef): boolean {
  const { ws, b } = ref;
  for (let r = b.r1; r <= b.r2; r++) {
    for (let c = b.c1; c <= b.c2; c++) {
      const cell = findCellAt(ws, r, c);
      const column = (ws as unknown as { _columns?: ({ style?: Style } | undefined)[] })._columns?.[c - 1];
      const style = cell ? (cell.style as Style | undefined) : column?.style;
      if (style?.protection?.locked !== false) return true;
    }
  }
  return false;
}

/**
 * Review > Protect Sheet: a protected sheet refuses changes to its locked cells, and formatting of cells,
 * columns or rows unless its protection allows it.
 */
export function requireEditable(ref: RangeRef, change: SheetChange): void {
  const p = sheetProtection(ref.ws);
  if (!p?.sheet) return;
  const allowed = change === 'contents' ? !anyLockedCell(ref) : !!p[change];
  if (!allowed) {
    throw new HeadlessError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet ('${ref.ws.name}').`,
    );
  }
}
