/**
 * Excel.Range: values, text, formulas, number formats and value types read and written as 2-D arrays of
 * the range's shape; addresses, counts, hyperlinks, hidden rows and columns; derived ranges; merge, clear
 * and select. A range targets a worksheet and 1-based bounds.
 */
import type * as ExcelJS from 'exceljs';
import {
  type Bounds,
  columnLetters,
  MAX_COLS,
  MAX_ROWS,
  formatBounds,
  parseAddress,
  quoteSheetName,
  splitSheetAddress,
} from '../address';
import {
  type CellValue,
  type Style,
  type WriteOutcome,
  cellAt,
  cellFormula,
  cellNumberFormat,
  cellText,
  cellValue,
  eachExistingCell,
  findCellAt,
  intersects,
  isMergeCovered,
  mergeUnmergedArea,
  numFmtChange,
  styleUpdater,
  unmergeWithin,
  usedBounds,
  writeCellInput,
} from '../cells';
import { type Host, type PropSpec, ProxyBase, defineAccessors } from '../context';
import { HeadlessError } from '../errors';
import {
  type RangeRef,
  DUMMY_CTX,
  applyStyle,
  checkBounds,
  isEntireColumn,
  isEntireRow,
  isVisible,
  requireEditable,
} from './base';
import { RangeFormatProxy } from './range-format';
import { WorksheetProxy } from './worksheet';

/**
 * Excel refuses to read the cells of a range larger than this on every platform (Office Add-ins, "Resource
 * limits and performance optimization": "A range is limited to five million cells for get operations").
 */
export const RANGE_READ_CELL_LIMIT = 5_000_000;

function readGrid<V>(ref: RangeRef, fn: (cell: ExcelJS.Cell | undefined) => V): V[][] {
  const { ws, b } = ref;
  const cells = (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
  if (cells > RANGE_READ_CELL_LIMIT) {
    throw new HeadlessError(
      'RangeExceedsLimit',
      `The cell count in the range has exceeded the maximum supported number: ${formatBounds(b)} has ${cells} cells, more than ${RANGE_READ_CELL_LIMIT}.`,
    );
  }
  const rows = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
  const out: V[][] = new Array(b.r2 - b.r1 + 1);
  const empty = fn(undefined);
  for (let r = b.r1; r <= b.r2; r++) {
    const row = rows[r - 1];
    const cells = row ? (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells : undefined;
    const line: V[] = new Array(b.c2 - b.c1 + 1);
    for (let c = b.c1, i = 0; c <= b.c2; c++, i++) {
      const cell = cells ? cells[c - 1] : undefined;
      line[i] = cell ? fn(cell) : empty;
    }
    out[r - b.r1] = line;
  }
  return out;
}

/** Excel accepts a 2-D array of exactly the range's shape, or a single value applied to every cell. */
function forEachInput(
  ref: RangeRef,
  prop: string,
  input: unknown,
  fn: (r: number, c: number, v: unknown) => void,
) {
  const { b } = ref;
  const rows = b.r2 - b.r1 + 1;
  const cols = b.c2 - b.c1 + 1;
  if (Array.isArray(input)) {
    const shapeOk =
      input.length === rows &&
      input.every((line) => Array.isArray(line) && (line as unknown[]).length === cols);
    if (!shapeOk) {
      const got = `${input.length}x${Array.isArray(input[0]) ? (input[0] as unknown[]).length : '?'}`;
      throw new HeadlessError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range: ${prop} of ${formatBounds(b)} needs ${rows}x${cols}, got ${got}.`,
      );
    }
    for (let i = 0; i < rows; i++) {
      const line = input[i] as unknown[];
      for (let j = 0; j < cols; j++) fn(b.r1 + i, b.c1 + j, line[j]);
    }
  } else {
    const cellCount = rows * cols;
    if (cellCount > 5_000_000)
      throw new HeadlessError('InvalidArgument', 'Range too large for a single value.');
    for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) fn(r, c, input);
  }
}

/** Excel's limit on the characters in one cell ("Excel specifications and limits"). */
const MAX_CELL_TEXT = 32767;

function writeValues(host: Host, ref: RangeRef, prop: string, input: unknown): void {
  requireEditable(ref, 'contents');
  const outcome: WriteOutcome = { formula: false };
  // Validate the shape and the text lengths before writing anything: a refused write changes no cell.
  forEachInput(ref, prop, input, (r, c, v) => {
    if (typeof v === 'string' && v.length > MAX_CELL_TEXT) {
      throw new HeadlessError(
        'InvalidArgument',
        `The text for ${quoteSheetName(ref.ws.name)}!${columnLetters(c)}${r} is ${v.length} characters long; a cell holds at most ${MAX_CELL_TEXT}.`,
      );
    }
  });
  forEachInput(ref, prop, input, (r, c, v) => writeCellInput(ref.ws, r, c, v, outcome));
  host._events.cellsChanged(ref.ws, ref.b);
  if (outcome.formula) {
    // Formulas written here have no cached result: ask Excel / LibreOffice to calculate on open.
    host.excel.calcProperties = { ...(host.excel.calcProperties ?? {}), fullCalcOnLoad: true };
  }
}

function writeNumberFormats(ref: RangeRef, input: unknown): void {
  requireEditable(ref, 'formatCells');
  forEachInput(ref, 'numberFormat', input, () => undefined);
  if (!Array.isArray(input) && (isEntireRow(ref.b) || isEntireColumn(ref.b))) {
    if (typeof input !== 'string')
      throw new HeadlessError('InvalidArgument', 'numberFormat must be a string.');
    applyStyle(ref, numFmtChange(input));
    return;
  }
  // A plan's grid holds a few formats: one updater each.
  const updaters = new Map<string, (s: Style | undefined) => Style>();
  const { ws } = ref;
  forEachInput(ref, 'numberFormat', input, (r, c, v) => {
    if (v === null || v === undefined) return;
    if (typeof v !== 'string')
      throw new HeadlessError('InvalidArgument', 'numberFormat values must be strings.');
    let update = updaters.get(v);
    if (!update) updaters.set(v, (update = styleUpdater(ws, numFmtChange(v))));
    const cell = cellAt(ws, r, c);
    cell.style = update(cell.style) as ExcelJS.Style;
  });
}

interface HyperlinkInput {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

function readHyperlink(ref: RangeRef): HyperlinkInput | null {
  const cell = findCellAt(ref.ws, ref.b.r1, ref.b.c1);
  if (!cell || (cell.type as number) !== 5) return null;
  const v = cell.value as ExcelJS.CellHyperlinkValue;
  const out: HyperlinkInput = { textToDisplay: cellValue(cell, false) as string };
  if (v.hyperlink.startsWith('#')) out.documentReference = v.hyperlink.slice(1);
  else out.address = v.hyperlink;
  if (v.tooltip) out.screenTip = v.tooltip;
  return out;
}

function writeHyperlink(ref: RangeRef, input: unknown): void {
  const h = input as HyperlinkInput | null;
  if (!h || (typeof h === 'object' && !h.address && !h.documentReference)) {
    clearRange(ref, 'Hyperlinks');
    return;
  }
  if (typeof h !== 'object') throw new HeadlessError('InvalidArgument', 'hyperlink must be an object.');
  requireEditable(ref, 'contents');
  const target = h.documentReference ? `#${h.documentReference.replace(/\$/g, '')}` : String(h.address);
  forEachInput(ref, 'hyperlink', null, (r, c) => {
    const existing = findCellAt(ref.ws, r, c);
    if (isMergeCovered(existing)) return;
    const current = existing ? cellValue(existing, false) : '';
    const text =
      h.textToDisplay || (current !== '' ? String(current) : h.documentReference || h.address || target);
    const cell = existing ?? cellAt(ref.ws, r, c);
    const value: ExcelJS.CellHyperlinkValue = { text, hyperlink: target };
    if (h.screenTip) value.tooltip = h.screenTip;
    cell.value = value;
  });
}

function clearRange(ref: RangeRef, applyTo: string): void {
  const { ws, b } = ref;
  const what = applyTo || 'All';
  if (!['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'].includes(what)) {
    throw new HeadlessError('InvalidArgument', `Invalid applyTo '${what}'.`);
  }
  const contents = what === 'All' || what === 'Contents' || what === 'ResetContents';
  const formats = what === 'All' || what === 'Formats';
  if (formats) requireEditable(ref, 'formatCells');
  if (contents || what === 'Hyperlinks' || what === 'RemoveHyperlinks') requireEditable(ref, 'contents');
  if (formats) unmergeWithin(ws, b);
  eachExistingCell(ws, b, (cell) => {
    if (contents && !isMergeCovered(cell)) cell.value = null;
    if ((what === 'Hyperlinks' || what === 'RemoveHyperlinks') && (cell.type as number) === 5) {
      cell.value = cellValue(cell, false);
    }
    if (formats) cell.style = {} as ExcelJS.Style;
  });
  if (formats && isEntireRow(b))
    for (let r = b.r1; r <= b.r2; r++) (ws.getRow(r) as unknown as { style: Style }).style = {};
  if (formats && isEntireColumn(b))
    for (let c = b.c1; c <= b.c2; c++) (ws.getColumn(c) as unknown as { style: Style }).style = {};
}

const VALUE_TYPES: Record<string, string> = {
  number: 'Double',
  string: 'String',
  boolean: 'Boolean',
};

export class RangeProxy extends ProxyBase<RangeRef> {
  get _typeName() {
    return 'Range';
  }
  protected _props(): Record<string, PropSpec<RangeRef>> {
    const host = this._ctx._host;
    const d1904 = () => host._date1904();
    const address = (t: RangeRef) => `${quoteSheetName(t.ws.name)}!${formatBounds(t.b)}`;
    return {
      address: { get: address },
      addressLocal: { get: address },
      values: {
        get: (t) => {
          const d = d1904();
          return readGrid<CellValue>(t, (cell) => cellValue(cell, d));
        },
        set: (t, v) => writeValues(host, t, 'values', v),
      },
      text: {
        get: (t) => {
          const d = d1904();
          return readGrid<string>(t, (cell) => cellText(cell, d));
        },
      },
      formulas: {
        get: (t) => {
          const d = d1904();
          return readGrid<CellValue>(t, (cell) => cellFormula(cell, d));
        },
        set: (t, v) => writeValues(host, t, 'formulas', v),
      },
      numberFormat: {
        get: (t) => readGrid<string>(t, cellNumberFormat),
        set: (t, v) => writeNumberFormats(t, v),
      },
      valueTypes: {
        get: (t) => {
          const d = d1904();
          return readGrid<string>(t, (cell) => {
            const v = cellValue(cell, d);
            if (v === '') return 'Empty';
            if (
              cell &&
              ((cell.type as number) === 10 ||
                ((cell.type as number) === 6 &&
                  cellText(cell, d) === v &&
                  /^#/.test(String(v)) &&
                  typeof (cell.result as { error?: string })?.error === 'string'))
            )
              return 'Error';
            return VALUE_TYPES[typeof v] ?? 'String';
          });
        },
      },
      rowIndex: { get: (t) => t.b.r1 - 1 },
      columnIndex: { get: (t) => t.b.c1 - 1 },
      rowCount: { get: (t) => t.b.r2 - t.b.r1 + 1 },
      columnCount: { get: (t) => t.b.c2 - t.b.c1 + 1 },
      cellCount: { get: (t) => (t.b.r2 - t.b.r1 + 1) * (t.b.c2 - t.b.c1 + 1) },
      isEntireRow: { get: (t) => isEntireRow(t.b) },
      isEntireColumn: { get: (t) => isEntireColumn(t.b) },
      hyperlink: { get: readHyperlink, set: writeHyperlink },
      rowHidden: {
        get: (t) => {
          for (let r = t.b.r1; r <= Math.min(t.b.r2, t.b.r1 + 100_000); r++)
            if (!t.ws.findRow(r)?.hidden) return false;
          return true;
        },
        set: (t, v) => {
          requireEditable(t, 'formatRows');
          for (let r = t.b.r1; r <= t.b.r2; r++) t.ws.getRow(r).hidden = !!v;
        },
      },
      columnHidden: {
        get: (t) => {
          for (let c = t.b.c1; c <= t.b.c2; c++) if (!t.ws.getColumn(c).hidden) return false;
          return true;
        },
        set: (t, v) => {
          requireEditable(t, 'formatColumns');
          for (let c = t.b.c1; c <= Math.min(t.b.c2, 16384); c++) t.ws.getColumn(c).hidden = !!v;
        },
      },
    };
  }
  protected override _navs() {
    return { format: () => this.format, worksheet: () => this.worksheet };
  }
  get format(): RangeFormatProxy {
    return this._nav('format', () => this._child(RangeFormatProxy, (t) => t, 'format'));
  }
  get worksheet(): WorksheetProxy {
    return this._nav('worksheet', () => this._child(WorksheetProxy, (t) => t.ws, 'worksheet'));
  }

  private _derived(method: string, args: unknown[], f: (b: Bounds) => Bounds): RangeProxy {
    return this._created(RangeProxy, method, args, (t) =>
      t === null ? null : { ws: t.ws, b: checkBounds(f(t.b)) },
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return this._derived('getCell', [row, column], (b) => ({
      r1: b.r1 + row,
      c1: b.c1 + column,
      r2: b.r1 + row,
      c2: b.c1 + column,
    }));
  }
  getRow(row: number): RangeProxy {
    return this._derived('getRow', [row], (b) => ({ ...b, r1: b.r1 + row, r2: b.r1 + row }));
  }
  getColumn(column: number): RangeProxy {
    return this._derived('getColumn', [column], (b) => ({ ...b, c1: b.c1 + column, c2: b.c1 + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derived('getOffsetRange', [rowOffset, columnOffset], (b) => ({
      r1: b.r1 + rowOffset,
      r2: b.r2 + rowOffset,
      c1: b.c1 + columnOffset,
      c2: b.c2 + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derived('getResizedRange', [deltaRows, deltaColumns], (b) => ({
      ...b,
      r2: b.r2 + deltaRows,
      c2: b.c2 + deltaColumns,
    }));
  }
  getEntireRow(): RangeProxy {
    return this._derived('getEntireRow', [], (b) => ({ ...b, c1: 1, c2: MAX_COLS }));
  }
  getEntireColumn(): RangeProxy {
    return this._derived('getEntireColumn', [], (b) => ({ ...b, r1: 1, r2: MAX_ROWS }));
  }
  getLastCell(): RangeProxy {
    return this._derived('getLastCell', [], (b) => ({ r1: b.r2, c1: b.c2, r2: b.r2, c2: b.c2 }));
  }
  getLastRow(): RangeProxy {
    return this._derived('getLastRow', [], (b) => ({ ...b, r1: b.r2 }));
  }
  getLastColumn(): RangeProxy {
    return this._derived('getLastColumn', [], (b) => ({ ...b, c1: b.c2 }));
  }
  getIntersectionOrNullObject(other: string | RangeProxy): RangeProxy {
    return this._created(RangeProxy, 'getIntersectionOrNullObject', [other], (t) => {
      if (t === null) return null;
      const ob =
        typeof other === 'string' ? parseAddress(splitSheetAddress(other).local) : other._resolve()?.b;
      if (!ob || !intersects(t.b, ob)) return null;
      return {
        ws: t.ws,
        b: {
          r1: Math.max(t.b.r1, ob.r1),
          c1: Math.max(t.b.c1, ob.c1),
          r2: Math.min(t.b.r2, ob.r2),
          c2: Math.min(t.b.c2, ob.c2),
        },
      };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    // Excel: "the used range of the given range object": the cells of this range that are used, not the
    // sheet's used range clipped to it.
    return this._created(RangeProxy, 'getUsedRangeOrNullObject', [valuesOnly], (t) => {
      if (t === null) return null;
      const u = usedBounds(t.ws, !!valuesOnly, t.b);
      return u ? { ws: t.ws, b: u } : null;
    });
  }

  /** Excel: merging keeps the top-left value; merging over existing merges replaces them. */
  merge(across?: boolean): void {
    this._call('merge', [across], (t) => {
      requireEditable(t, 'formatCells');
      requireEditable(t, 'contents');
      const { ws, b } = t;
      unmergeWithin(ws, b);
      if (across) {
        if (b.c2 > b.c1) for (let r = b.r1; r <= b.r2; r++) mergeUnmergedArea(ws, r, b.c1, r, b.c2);
      } else if (b.r2 > b.r1 || b.c2 > b.c1) {
        mergeUnmergedArea(ws, b.r1, b.c1, b.r2, b.c2);
      }
    });
  }
  unmerge(): void {
    this._call('unmerge', [], (t) => {
      requireEditable(t, 'formatCells');
      unmergeWithin(t.ws, t.b);
    });
  }
  /** Selects the range in the UI: activates its sheet and moves the selection (fires selection events). */
  select(): void {
    this._call(
      'select',
      [],
      ({ ws, b }) => {
        if (!isVisible(ws))
          throw new HeadlessError('InvalidOperation', `The worksheet '${ws.name}' is hidden.`);
        this._ctx._host._select(ws, b);
      },
      false,
    );
  }
  clear(applyTo?: string): void {
    this._call('clear', [applyTo], (t) => {
      clearRange(t, applyTo ?? 'All');
      if (['All', 'Contents', 'ResetContents'].includes(applyTo ?? 'All'))
        this._ctx._host._events.cellsChanged(t.ws, t.b);
    });
  }
}
defineAccessors(RangeProxy, new RangeProxy(DUMMY_CTX, () => null)['_props']() as never);
