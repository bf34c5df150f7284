/**
 * Proxy objects for the part of the Excel JavaScript API the add-in uses: Workbook, WorksheetCollection,
 * Worksheet, Range, RangeFormat (fill, font, borders), WorksheetFreezePanes, PageLayout.
 * Targets: a worksheet proxy targets an ExcelJS worksheet (bound when the call that made it runs, so it
 * survives a rename, as Excel's objects do); a range targets a worksheet and 1-based bounds.
 */
import type * as ExcelJS from 'exceljs';
import {
  type Bounds,
  MAX_COLS,
  MAX_ROWS,
  formatBounds,
  parseAddress,
  quoteSheetName,
  sheetNameProblem,
  splitSheetAddress,
  columnLetters,
} from './address';
import {
  type CellValue,
  type Style,
  type StyleChange,
  type WriteOutcome,
  cellAt,
  cellFormula,
  cellNumberFormat,
  cellText,
  cellValue,
  columnWidthPoints,
  eachExistingCell,
  findCellAt,
  fromColor,
  intersects,
  isMergeCovered,
  mergeList,
  mergeUnmergedArea,
  numFmtChange,
  pointsToWidthChars,
  rowHeightPoints,
  styleUpdater,
  toArgb,
  unmergeWithin,
  usedBounds,
  valueKey,
  writeCellInput,
} from './cells';
import {
  type Host,
  type HeadlessRequestContext,
  type PropSpec,
  ClientResult,
  ProxyBase,
  defineAccessors,
  loadNames,
} from './context';
import { HeadlessError } from './errors';

export interface RangeRef {
  ws: ExcelJS.Worksheet;
  b: Bounds;
}

/** Only to list a class's properties when defining accessors. */
const DUMMY_CTX = { _newId: () => 0, _host: {} } as unknown as HeadlessRequestContext;

function liveSheet(host: Host, ws: ExcelJS.Worksheet): ExcelJS.Worksheet {
  if (host.excel.getWorksheet(ws.id) !== ws) {
    throw new HeadlessError('ItemNotFound', `The worksheet '${ws.name}' no longer exists.`);
  }
  return ws;
}

function findSheet(host: Host, key: string): ExcelJS.Worksheet | undefined {
  const k = String(key).toLowerCase();
  return host.excel.worksheets.find((w) => w.name.toLowerCase() === k || String(w.id) === key);
}

const VISIBILITY_TO_EXCEL: Record<string, string> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};
const VISIBILITY_FROM_EXCEL: Record<string, 'visible' | 'hidden' | 'veryHidden'> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

function isVisible(ws: ExcelJS.Worksheet): boolean {
  return (ws.state ?? 'visible') === 'visible';
}

function checkBounds(b: Bounds): Bounds {
  if (b.r1 < 1 || b.c1 < 1 || b.r2 > MAX_ROWS || b.c2 > MAX_COLS || b.r2 < b.r1 || b.c2 < b.c1) {
    throw new HeadlessError('InvalidArgument', 'The range is outside the worksheet or empty.');
  }
  return b;
}

const isEntireRow = (b: Bounds) => b.c1 === 1 && b.c2 === MAX_COLS;
const isEntireColumn = (b: Bounds) => b.r1 === 1 && b.r2 === MAX_ROWS;

// ---- range grid reads and writes ---------------------------------------------------------------------

function readGrid<V>(ref: RangeRef, fn: (cell: ExcelJS.Cell | undefined) => V): V[][] {
  const { ws, b } = ref;
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

function writeValues(host: Host, ref: RangeRef, prop: string, input: unknown): void {
  const outcome: WriteOutcome = { formula: false };
  // Validate the shape before writing anything.
  forEachInput(ref, prop, input, () => undefined);
  forEachInput(ref, prop, input, (r, c, v) => writeCellInput(ref.ws, r, c, v, outcome));
  if (outcome.formula) {
    // Formulas written here have no cached result: ask Excel / LibreOffice to calculate on open.
    host.excel.calcProperties = { ...(host.excel.calcProperties ?? {}), fullCalcOnLoad: true };
  }
}

function writeNumberFormats(ref: RangeRef, input: unknown): void {
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

/** Applies a style change to every cell of the range (whole rows / columns via row / column styles). */
function applyStyle(ref: RangeRef, change: StyleChange): void {
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
function uniform<V>(ref: RangeRef, fn: (s: Style | undefined) => V): V | null {
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

// ---- Workbook ------------------------------------------------------------------------------------------

export class WorkbookProxy extends ProxyBase<Host> {
  get _typeName() {
    return 'Workbook';
  }
  static props: Record<string, PropSpec<Host>> = { name: { get: (h) => h.name } };
  protected _props() {
    return WorkbookProxy.props;
  }
  protected override _navs() {
    return { worksheets: () => this.worksheets };
  }
  get worksheets(): WorksheetCollectionProxy {
    return this._nav('worksheets', () => this._child(WorksheetCollectionProxy, (h) => h));
  }
  getSelectedRange(): RangeProxy {
    return this._created(RangeProxy, 'getSelectedRange', [], () => {
      const s = this._ctx._host._selection();
      return { ws: s.ws, b: s.b };
    });
  }
  getActiveCell(): RangeProxy {
    return this._created(RangeProxy, 'getActiveCell', [], () => {
      const s = this._ctx._host._selection();
      return { ws: s.ws, b: { r1: s.b.r1, c1: s.b.c1, r2: s.b.r1, c2: s.b.c1 } };
    });
  }
}
defineAccessors(WorkbookProxy, WorkbookProxy.props);

// ---- WorksheetCollection --------------------------------------------------------------------------------

export class WorksheetCollectionProxy extends ProxyBase<Host> {
  get _typeName() {
    return 'WorksheetCollection';
  }
  protected _props() {
    return {};
  }
  get items(): WorksheetProxy[] {
    return this._get('items') as WorksheetProxy[];
  }

  /** load('items/name,items/visibility'), load('items'), load('name') (= items/name), load(). */
  override load(arg?: unknown): this {
    const names = loadNames(arg);
    const itemProps = names
      .map((n) => (n.startsWith('items/') ? n.slice(6) : n))
      .filter((n) => n !== 'items' && n !== '');
    const probe = new WorksheetProxy(this._ctx, () => null);
    for (const n of itemProps) {
      if (!probe._hasProp(n) && !n.includes('/')) {
        this._ctx._enqueue({
          wire: { k: 'load', o: this._id, p: n },
          run: () => {
            throw new HeadlessError('InvalidArgument', `'${n}' is not a property of Worksheet.`);
          },
        });
        return this;
      }
    }
    const scalar = itemProps.filter((n) => !n.includes('/'));
    const wanted = itemProps.length === 0 ? probe._scalarNames() : scalar;
    this._ctx._enqueue({
      wire: { k: 'load', o: this._id, p: names.join(',') || 'items' },
      run: () => {
        const host = this._ctx._host;
        const sheets = host.excel.worksheets;
        const items = sheets.map((ws) => {
          const p = new WorksheetProxy(this._ctx, () => liveSheet(host, ws));
          return { p, values: p._readNow(ws, wanted) };
        });
        return () => {
          for (const it of items) it.p._publishValues(it.values);
          this._values.set(
            'items',
            items.map((it) => it.p),
          );
          this._nullState = false;
        };
      },
    });
    return this;
  }

  getItem(key: string): WorksheetProxy {
    return this._created(WorksheetProxy, 'getItem', [key], () => {
      const ws = findSheet(this._ctx._host, key);
      if (!ws)
        throw new HeadlessError('ItemNotFound', `The requested resource doesn't exist: worksheet '${key}'.`);
      return ws;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._created(
      WorksheetProxy,
      'getItemOrNullObject',
      [key],
      () => findSheet(this._ctx._host, key) ?? null,
    );
  }

  add(name?: string): WorksheetProxy {
    return this._created(
      WorksheetProxy,
      'add',
      [name ?? null],
      () => {
        const host = this._ctx._host;
        let sheetName = name;
        if (sheetName === undefined || sheetName === null) {
          let i = host.excel.worksheets.length + 1;
          while (findSheet(host, `Sheet${i}`)) i++;
          sheetName = `Sheet${i}`;
        }
        const problem = sheetNameProblem(sheetName);
        if (problem) throw new HeadlessError('InvalidArgument', `The argument is invalid: ${problem}.`);
        if (findSheet(host, sheetName)) {
          throw new HeadlessError('ItemAlreadyExists', `A worksheet named '${sheetName}' already exists.`);
        }
        return host.excel.addWorksheet(sheetName);
      },
      true,
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._created(WorksheetProxy, 'getActiveWorksheet', [], () => this._ctx._host._activeWorksheet());
  }

  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return this._created(WorksheetProxy, 'getFirst', [visibleOnly ?? false], () => {
      const list = this._ctx._host.excel.worksheets.filter((w) => !visibleOnly || isVisible(w));
      if (!list.length) throw new HeadlessError('ItemNotFound', 'There is no worksheet.');
      return list[0];
    });
  }

  getLast(visibleOnly?: boolean): WorksheetProxy {
    return this._created(WorksheetProxy, 'getLast', [visibleOnly ?? false], () => {
      const list = this._ctx._host.excel.worksheets.filter((w) => !visibleOnly || isVisible(w));
      if (!list.length) throw new HeadlessError('ItemNotFound', 'There is no worksheet.');
      return list[list.length - 1];
    });
  }

  getCount(visibleOnly?: boolean): ClientResult<number> {
    return this._callResult('getCount', [visibleOnly ?? false], (h) =>
      visibleOnly ? h.excel.worksheets.filter(isVisible).length : h.excel.worksheets.length,
    );
  }
}

// ---- Worksheet -------------------------------------------------------------------------------------------

function setPosition(host: Host, ws: ExcelJS.Worksheet, position: unknown): void {
  const list = host.excel.worksheets;
  if (
    typeof position !== 'number' ||
    !Number.isInteger(position) ||
    position < 0 ||
    position >= list.length
  ) {
    throw new HeadlessError('InvalidArgument', `Invalid worksheet position ${String(position)}.`);
  }
  const rest = list.filter((w) => w !== ws);
  rest.splice(position, 0, ws);
  rest.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1));
}

export class WorksheetProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'Worksheet';
  }
  private get _host(): Host {
    return this._ctx._host;
  }
  protected _props(): Record<string, PropSpec<ExcelJS.Worksheet>> {
    const host = this._host;
    return {
      name: {
        get: (ws) => ws.name,
        set: (ws, v) => {
          const problem = sheetNameProblem(v);
          if (problem) throw new HeadlessError('InvalidArgument', `The argument is invalid: ${problem}.`);
          const other = findSheet(host, v as string);
          if (other && other !== ws)
            throw new HeadlessError('ItemAlreadyExists', `A worksheet named '${String(v)}' already exists.`);
          liveSheet(host, ws).name = v as string;
        },
      },
      id: { get: (ws) => `{${String(ws.id).padStart(8, '0')}-0000-0000-0000-000000000000}` },
      position: {
        get: (ws) => host.excel.worksheets.indexOf(liveSheet(host, ws)),
        set: (ws, v) => setPosition(host, liveSheet(host, ws), v),
      },
      visibility: {
        get: (ws) => VISIBILITY_TO_EXCEL[ws.state ?? 'visible'] ?? 'Visible',
        set: (ws, v) => {
          const state = VISIBILITY_FROM_EXCEL[String(v)];
          if (!state) throw new HeadlessError('InvalidArgument', `Invalid visibility '${String(v)}'.`);
          liveSheet(host, ws);
          if (state !== 'visible' && isVisible(ws) && host.excel.worksheets.filter(isVisible).length <= 1) {
            throw new HeadlessError(
              'InvalidOperation',
              'A workbook must contain at least one visible worksheet.',
            );
          }
          ws.state = state;
          if (state !== 'visible' && host._activeWorksheet() === ws) {
            host._activate(host.excel.worksheets.find(isVisible)!);
          }
        },
      },
      tabColor: {
        get: (ws) => fromColor(ws.properties.tabColor, '') ?? '',
        set: (ws, v) => {
          if (v === '' || v === null) delete (ws.properties as { tabColor?: unknown }).tabColor;
          else ws.properties.tabColor = { argb: toArgb(v) } as ExcelJS.Color;
        },
      },
      showGridlines: {
        get: (ws) => ws.views?.[0]?.showGridLines !== false,
        set: (ws, v) => {
          const first = { ...(ws.views?.[0] ?? {}), showGridLines: !!v };
          ws.views = [first as ExcelJS.WorksheetView, ...(ws.views ?? []).slice(1)];
        },
      },
      standardWidth: {
        get: (ws) => {
          const pts = widthPointsDefault(ws);
          return Math.round(((pts / 0.75 - 5) / 7) * 100) / 100;
        },
      },
    };
  }
  protected override _navs() {
    return { freezePanes: () => this.freezePanes, pageLayout: () => this.pageLayout };
  }
  get freezePanes(): FreezePanesProxy {
    return this._nav('freezePanes', () => this._child(FreezePanesProxy, (ws) => ws));
  }
  get pageLayout(): PageLayoutProxy {
    return this._nav('pageLayout', () => this._child(PageLayoutProxy, (ws) => ws));
  }

  private _rangeOf(
    method: string,
    args: unknown[],
    make: (ws: ExcelJS.Worksheet) => Bounds | null,
  ): RangeProxy {
    return this._created(RangeProxy, method, args, (ws) => {
      if (ws === null) return null;
      liveSheet(this._host, ws);
      const b = make(ws);
      return b === null ? null : { ws, b: checkBounds(b) };
    });
  }

  getRange(address?: string): RangeProxy {
    return this._rangeOf('getRange', [address ?? null], (ws) => {
      if (address === undefined || address === null || address === '')
        return { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS };
      const { sheet, local } = splitSheetAddress(address);
      if (sheet !== undefined && sheet.toLowerCase() !== ws.name.toLowerCase()) {
        throw new HeadlessError(
          'InvalidArgument',
          `The address '${address}' is not on worksheet '${ws.name}'.`,
        );
      }
      return parseAddress(local);
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this._rangeOf('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const ok = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n));
      if (!ok || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw new HeadlessError(
          'InvalidArgument',
          'getRangeByIndexes: indexes must be integers, counts at least 1.',
        );
      }
      return {
        r1: startRow + 1,
        c1: startColumn + 1,
        r2: startRow + rowCount,
        c2: startColumn + columnCount,
      };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._rangeOf('getCell', [row, column], () => ({
      r1: row + 1,
      c1: column + 1,
      r2: row + 1,
      c2: column + 1,
    }));
  }

  /** Excel: an empty worksheet's used range is A1. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this._rangeOf(
      'getUsedRange',
      [valuesOnly ?? false],
      (ws) => usedBounds(ws, !!valuesOnly) ?? { r1: 1, c1: 1, r2: 1, c2: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this._rangeOf(
      'getUsedRangeOrNullObject',
      [valuesOnly ?? false],
      (ws) => usedBounds(ws, !!valuesOnly) ?? null,
    );
  }

  delete(): void {
    this._call('delete', [], (ws) => {
      const host = this._host;
      liveSheet(host, ws);
      const visible = host.excel.worksheets.filter(isVisible);
      if (host.excel.worksheets.length <= 1 || (isVisible(ws) && visible.length <= 1)) {
        throw new HeadlessError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      }
      host.excel.removeWorksheet(ws.id);
      host._sheetRemoved(ws);
    });
  }

  activate(): void {
    this._call('activate', [], (ws) => {
      liveSheet(this._host, ws);
      if (!isVisible(ws))
        throw new HeadlessError('InvalidOperation', `The worksheet '${ws.name}' is hidden.`);
      this._host._activate(ws);
    });
  }
}
defineAccessors(WorksheetProxy, new WorksheetProxy(DUMMY_CTX, () => null)['_props']() as never);

function widthPointsDefault(ws: ExcelJS.Worksheet): number {
  return columnWidthPoints({ properties: ws.properties } as unknown as ExcelJS.Worksheet, 1);
}

// ---- Range -----------------------------------------------------------------------------------------------

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
          for (let r = t.b.r1; r <= t.b.r2; r++) t.ws.getRow(r).hidden = !!v;
        },
      },
      columnHidden: {
        get: (t) => {
          for (let c = t.b.c1; c <= t.b.c2; c++) if (!t.ws.getColumn(c).hidden) return false;
          return true;
        },
        set: (t, v) => {
          for (let c = t.b.c1; c <= Math.min(t.b.c2, 16384); c++) t.ws.getColumn(c).hidden = !!v;
        },
      },
    };
  }
  protected override _navs() {
    return { format: () => this.format, worksheet: () => this.worksheet };
  }
  get format(): RangeFormatProxy {
    return this._nav('format', () => this._child(RangeFormatProxy, (t) => t));
  }
  get worksheet(): WorksheetProxy {
    return this._nav('worksheet', () => this._child(WorksheetProxy, (t) => t.ws));
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
    return this._created(
      RangeProxy,
      'getIntersectionOrNullObject',
      [typeof other === 'string' ? other : { o: other._id }],
      (t) => {
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
      },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this._created(RangeProxy, 'getUsedRangeOrNullObject', [valuesOnly ?? false], (t) => {
      if (t === null) return null;
      const u = usedBounds(t.ws, !!valuesOnly);
      if (!u || !intersects(u, t.b)) return null;
      return {
        ws: t.ws,
        b: {
          r1: Math.max(t.b.r1, u.r1),
          c1: Math.max(t.b.c1, u.c1),
          r2: Math.min(t.b.r2, u.r2),
          c2: Math.min(t.b.c2, u.c2),
        },
      };
    });
  }

  /** Excel: merging keeps the top-left value; merging over existing merges replaces them. */
  merge(across?: boolean): void {
    this._call('merge', [across ?? false], ({ ws, b }) => {
      unmergeWithin(ws, b);
      if (across) {
        if (b.c2 > b.c1) for (let r = b.r1; r <= b.r2; r++) mergeUnmergedArea(ws, r, b.c1, r, b.c2);
      } else if (b.r2 > b.r1 || b.c2 > b.c1) {
        mergeUnmergedArea(ws, b.r1, b.c1, b.r2, b.c2);
      }
    });
  }
  unmerge(): void {
    this._call('unmerge', [], ({ ws, b }) => unmergeWithin(ws, b));
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
    this._call('clear', [applyTo ?? 'All'], (t) => clearRange(t, applyTo ?? 'All'));
  }
}
defineAccessors(RangeProxy, new RangeProxy(DUMMY_CTX, () => null)['_props']() as never);

// ---- RangeFormat and friends -----------------------------------------------------------------------------

const H_TO_EXCEL: Record<string, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};
const V_TO_EXCEL: Record<string, string> = {
  top: 'Top',
  middle: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
};
const invert = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
const H_FROM_EXCEL = invert(H_TO_EXCEL);
const V_FROM_EXCEL = invert(V_TO_EXCEL);

function alignmentSetter(key: keyof ExcelJS.Alignment, map?: Record<string, string>) {
  return (t: RangeRef, v: unknown) => {
    let value: unknown = v;
    if (map) {
      if (v === 'General') value = undefined;
      else {
        value = map[String(v)];
        if (value === undefined)
          throw new HeadlessError('InvalidArgument', `Invalid alignment '${String(v)}'.`);
      }
    }
    const vk = valueKey(value);
    applyStyle(t, {
      key: vk === undefined ? undefined : `alignment.${key}=${vk}`,
      apply: (s) => {
        const alignment = { ...(s.alignment ?? {}), [key]: value } as Record<string, unknown>;
        if (value === undefined) delete alignment[key];
        return { ...s, alignment: alignment as Partial<ExcelJS.Alignment> };
      },
    });
  };
}

function uniformNumber(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export class RangeFormatProxy extends ProxyBase<RangeRef> {
  get _typeName() {
    return 'RangeFormat';
  }
  static props: Record<string, PropSpec<RangeRef>> = {
    horizontalAlignment: {
      get: (t) => uniform(t, (s) => H_TO_EXCEL[s?.alignment?.horizontal ?? ''] ?? 'General'),
      set: alignmentSetter('horizontal', H_FROM_EXCEL),
    },
    verticalAlignment: {
      get: (t) => uniform(t, (s) => V_TO_EXCEL[s?.alignment?.vertical ?? ''] ?? 'Bottom'),
      set: alignmentSetter('vertical', V_FROM_EXCEL),
    },
    wrapText: { get: (t) => uniform(t, (s) => !!s?.alignment?.wrapText), set: alignmentSetter('wrapText') },
    indentLevel: { get: (t) => uniform(t, (s) => s?.alignment?.indent ?? 0), set: alignmentSetter('indent') },
    columnWidth: {
      get: (t) => {
        const n = Math.min(t.b.c2, t.b.c1 + 1000);
        const w: number[] = [];
        for (let c = t.b.c1; c <= n; c++) w.push(columnWidthPoints(t.ws, c));
        return uniformNumber(w);
      },
      set: (t, v) => {
        if (typeof v !== 'number' || !(v >= 0))
          throw new HeadlessError('InvalidArgument', 'columnWidth must be a number of points.');
        if (isEntireRow(t.b)) {
          t.ws.properties.defaultColWidth = pointsToWidthChars(v);
          return;
        }
        for (let c = t.b.c1; c <= t.b.c2; c++) t.ws.getColumn(c).width = pointsToWidthChars(v);
      },
    },
    rowHeight: {
      get: (t) => {
        const n = Math.min(t.b.r2, t.b.r1 + 100_000);
        const h: number[] = [];
        for (let r = t.b.r1; r <= n; r++) h.push(rowHeightPoints(t.ws, r));
        return uniformNumber(h);
      },
      set: (t, v) => {
        if (typeof v !== 'number' || !(v >= 0))
          throw new HeadlessError('InvalidArgument', 'rowHeight must be a number of points.');
        if (isEntireColumn(t.b)) {
          t.ws.properties.defaultRowHeight = v;
          return;
        }
        for (let r = t.b.r1; r <= t.b.r2; r++) t.ws.getRow(r).height = v;
      },
    },
  };
  protected _props() {
    return RangeFormatProxy.props;
  }
  protected override _navs() {
    return { fill: () => this.fill, font: () => this.font, borders: () => this.borders };
  }
  get fill(): RangeFillProxy {
    return this._nav('fill', () => this._child(RangeFillProxy, (t) => t));
  }
  get font(): RangeFontProxy {
    return this._nav('font', () => this._child(RangeFontProxy, (t) => t));
  }
  get borders(): RangeBorderCollectionProxy {
    return this._nav('borders', () => this._child(RangeBorderCollectionProxy, (t) => t));
  }
  /**
   * Estimates widths from the displayed text (about one character width per character, plus padding):
   * there is no font measuring here.
   */
  autofitColumns(): void {
    this._call('autofitColumns', [], (t) => {
      const d = this._ctx._host._date1904();
      const covered = mergeList(t.ws);
      const longest = new Map<number, number>();
      eachExistingCell(t.ws, t.b, (cell, r, c) => {
        if (covered.some((m) => m.r1 <= r && r <= m.r2 && m.c1 <= c && c <= m.c2 && m.c2 > m.c1)) return;
        const text = cellText(cell, d);
        const bold = cell.style?.font?.bold ? 1.1 : 1;
        const size = (cell.style?.font?.size ?? 11) / 11;
        longest.set(c, Math.max(longest.get(c) ?? 0, text.length * bold * size));
      });
      for (const [c, len] of longest) {
        if (len > 0) t.ws.getColumn(c).width = Math.min(255, Math.max(len + 1.7, 2));
      }
    });
  }
  /** Row heights are not measured here: rows keep their height (Excel would fit wrapped text). */
  autofitRows(): void {
    this._call('autofitRows', [], () => undefined, false);
  }
}
defineAccessors(RangeFormatProxy, RangeFormatProxy.props as never);

const NO_FILL: StyleChange = { key: 'fill=none', apply: ({ fill: _drop, ...rest }) => rest };

export class RangeFillProxy extends ProxyBase<RangeRef> {
  get _typeName() {
    return 'RangeFill';
  }
  static props: Record<string, PropSpec<RangeRef>> = {
    /** Excel returns '#FFFFFF' for no fill and null when the cells differ. */
    color: {
      get: (t) =>
        uniform(t, (s) => {
          const f = s?.fill as ExcelJS.FillPattern | undefined;
          if (!f || f.type !== 'pattern' || f.pattern === 'none') return '#FFFFFF';
          return fromColor(f.fgColor, '#FFFFFF');
        }),
      set: (t, v) => {
        if (v === '' || v === null) {
          applyStyle(t, NO_FILL);
          return;
        }
        const argb = toArgb(v);
        applyStyle(t, {
          key: `fill=${argb}`,
          apply: (s) => ({
            ...s,
            fill: {
              type: 'pattern',
              pattern: 'solid',
              fgColor: { argb },
              bgColor: { indexed: 64 },
            } as ExcelJS.Fill,
          }),
        });
      },
    },
  };
  protected _props() {
    return RangeFillProxy.props;
  }
  clear(): void {
    this._call('clear', [], (t) => applyStyle(t, NO_FILL));
  }
}
defineAccessors(RangeFillProxy, RangeFillProxy.props as never);

const DEFAULT_FONT: Partial<ExcelJS.Font> = {
  name: 'Calibri',
  size: 11,
  family: 2,
  scheme: 'minor',
  color: { theme: 1 } as ExcelJS.Color,
};

function fontSetter(field: string, apply: (f: Partial<ExcelJS.Font>, v: unknown) => Partial<ExcelJS.Font>) {
  return (t: RangeRef, v: unknown) => {
    const vk = valueKey(v);
    applyStyle(t, {
      key: vk === undefined ? undefined : `font.${field}=${vk}`,
      apply: (s) => ({ ...s, font: apply({ ...DEFAULT_FONT, ...(s.font ?? {}) }, v) }),
    });
  };
}

const UNDERLINE_TO_EXCEL: Record<string, string> = {
  single: 'Single',
  double: 'Double',
  singleAccounting: 'SingleAccountant',
  doubleAccounting: 'DoubleAccountant',
};

export class RangeFontProxy extends ProxyBase<RangeRef> {
  get _typeName() {
    return 'RangeFont';
  }
  static props: Record<string, PropSpec<RangeRef>> = {
    bold: {
      get: (t) => uniform(t, (s) => !!s?.font?.bold),
      set: fontSetter('bold', (f, v) => ({ ...f, bold: !!v })),
    },
    italic: {
      get: (t) => uniform(t, (s) => !!s?.font?.italic),
      set: fontSetter('italic', (f, v) => ({ ...f, italic: !!v })),
    },
    strikethrough: {
      get: (t) => uniform(t, (s) => !!s?.font?.strike),
      set: fontSetter('strikethrough', (f, v) => ({ ...f, strike: !!v })),
    },
    underline: {
      get: (t) =>
        uniform(t, (s) => {
          const u = s?.font?.underline;
          return u === true ? 'Single' : u ? (UNDERLINE_TO_EXCEL[u] ?? 'None') : 'None';
        }),
      set: fontSetter('underline', (f, v) => {
        const key = Object.entries(UNDERLINE_TO_EXCEL).find(([, e]) => e === v)?.[0];
        if (v === 'None') return { ...f, underline: undefined };
        if (!key) throw new HeadlessError('InvalidArgument', `Invalid underline '${String(v)}'.`);
        return { ...f, underline: key as ExcelJS.Font['underline'] };
      }),
    },
    color: {
      get: (t) => uniform(t, (s) => fromColor(s?.font?.color, '#000000')),
      set: fontSetter('color', (f, v) => ({ ...f, color: { argb: toArgb(v) } as ExcelJS.Color })),
    },
    size: {
      get: (t) => uniform(t, (s) => s?.font?.size ?? 11),
      set: fontSetter('size', (f, v) => {
        if (typeof v !== 'number' || v < 1 || v > 409)
          throw new HeadlessError('InvalidArgument', 'Invalid font size.');
        return { ...f, size: v };
      }),
    },
    name: {
      get: (t) => uniform(t, (s) => s?.font?.name ?? 'Calibri'),
      set: fontSetter('name', (f, v) => ({ ...f, name: String(v), family: undefined, scheme: undefined })),
    },
  };
  protected _props() {
    return RangeFontProxy.props;
  }
}
defineAccessors(RangeFontProxy, RangeFontProxy.props as never);

// Borders: Excel's (style, weight) pairs <-> ExcelJS/OOXML border styles.
const ENCODE: Record<string, Record<string, ExcelJS.BorderStyle>> = {
  Continuous: { Hairline: 'hair', Thin: 'thin', Medium: 'medium', Thick: 'thick' },
  Dash: { Hairline: 'dashed', Thin: 'dashed', Medium: 'mediumDashed', Thick: 'mediumDashed' },
  DashDot: { Hairline: 'dashDot', Thin: 'dashDot', Medium: 'mediumDashDot', Thick: 'mediumDashDot' },
  DashDotDot: {
    Hairline: 'dashDotDot',
    Thin: 'dashDotDot',
    Medium: 'mediumDashDotDot',
    Thick: 'mediumDashDotDot',
  },
  Dot: { Hairline: 'dotted', Thin: 'dotted', Medium: 'dotted', Thick: 'dotted' },
  Double: { Hairline: 'double', Thin: 'double', Medium: 'double', Thick: 'double' },
  SlantDashDot: {
    Hairline: 'slantDashDot',
    Thin: 'slantDashDot',
    Medium: 'slantDashDot',
    Thick: 'slantDashDot',
  },
};
const DECODE: Record<string, [string, string]> = {
  hair: ['Continuous', 'Hairline'],
  thin: ['Continuous', 'Thin'],
  medium: ['Continuous', 'Medium'],
  thick: ['Continuous', 'Thick'],
  dashed: ['Dash', 'Thin'],
  mediumDashed: ['Dash', 'Medium'],
  dashDot: ['DashDot', 'Thin'],
  mediumDashDot: ['DashDot', 'Medium'],
  dashDotDot: ['DashDotDot', 'Thin'],
  mediumDashDotDot: ['DashDotDot', 'Medium'],
  dotted: ['Dot', 'Thin'],
  double: ['Double', 'Thick'],
  slantDashDot: ['SlantDashDot', 'Medium'],
};

type Side = 'top' | 'bottom' | 'left' | 'right';
const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
];

interface BorderRef {
  range: RangeRef;
  index: string;
}

/** A side of every cell of a rectangle. */
interface BorderPart {
  side: Side;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** The cells and sides an Excel border index covers (inside borders: none for a single row / column). */
function borderParts(ref: BorderRef): BorderPart[] {
  const { r1, c1, r2, c2 } = ref.range.b;
  switch (ref.index) {
    case 'EdgeTop':
      return [{ side: 'top', r1, c1, r2: r1, c2 }];
    case 'EdgeBottom':
      return [{ side: 'bottom', r1: r2, c1, r2, c2 }];
    case 'EdgeLeft':
      return [{ side: 'left', r1, c1, r2, c2: c1 }];
    case 'EdgeRight':
      return [{ side: 'right', r1, c1: c2, r2, c2 }];
    case 'InsideHorizontal':
      return r2 > r1
        ? [
            { side: 'bottom', r1, c1, r2: r2 - 1, c2 },
            { side: 'top', r1: r1 + 1, c1, r2, c2 },
          ]
        : [];
    case 'InsideVertical':
      return c2 > c1
        ? [
            { side: 'right', r1, c1, r2, c2: c2 - 1 },
            { side: 'left', r1, c1: c1 + 1, r2, c2 },
          ]
        : [];
  }
  return [];
}

function readBorder(ref: BorderRef): { style: string; weight: string; color: string } {
  const p = borderParts(ref)[0];
  const side = p ? findCellAt(ref.range.ws, p.r1, p.c1)?.style?.border?.[p.side] : undefined;
  if (!side?.style) return { style: 'None', weight: 'Thin', color: '#000000' };
  const [style, weight] = DECODE[side.style] ?? ['Continuous', 'Thin'];
  return { style, weight, color: fromColor(side.color, '#000000') ?? '#000000' };
}

/** One side of a cell's borders after a change of style, weight and / or colour. */
function borderSideChange(
  side: Side,
  change: { style?: string; weight?: string },
  argb: string | undefined,
): StyleChange {
  return {
    key: `border.${side}=${change.style}/${change.weight}/${argb}`,
    apply: (s) => {
      const border = { ...(s.border ?? {}) } as Partial<ExcelJS.Borders>;
      const cur = border[side];
      const [curStyle, curWeight] = cur?.style
        ? (DECODE[cur.style] ?? ['Continuous', 'Thin'])
        : ['None', 'Thin'];
      const style = change.style ?? (curStyle === 'None' ? 'Continuous' : curStyle);
      const weight = change.weight ?? curWeight;
      if (style === 'None') delete border[side];
      else {
        const color = argb ? { argb } : cur?.color;
        border[side] = { style: ENCODE[style][weight], ...(color ? { color: color as ExcelJS.Color } : {}) };
      }
      return { ...s, border: border as ExcelJS.Borders };
    },
  };
}

function writeBorder(ref: BorderRef, change: { style?: string; weight?: string; color?: string }): void {
  if (change.style !== undefined && change.style !== 'None' && !ENCODE[change.style]) {
    throw new HeadlessError('InvalidArgument', `Invalid border style '${change.style}'.`);
  }
  if (change.weight !== undefined && !['Hairline', 'Thin', 'Medium', 'Thick'].includes(change.weight)) {
    throw new HeadlessError('InvalidArgument', `Invalid border weight '${change.weight}'.`);
  }
  const argb = change.color !== undefined ? toArgb(change.color) : undefined;
  const { ws } = ref.range;
  for (const p of borderParts(ref)) {
    const update = styleUpdater(ws, borderSideChange(p.side, change, argb));
    for (let r = p.r1; r <= p.r2; r++) {
      const row = ws.getRow(r);
      const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells;
      for (let c = p.c1; c <= p.c2; c++) {
        const cell = cells[c - 1] ?? row.getCell(c);
        cell.style = update(cell.style) as ExcelJS.Style;
      }
    }
  }
}

export class RangeBorderCollectionProxy extends ProxyBase<RangeRef> {
  get _typeName() {
    return 'RangeBorderCollection';
  }
  protected _props() {
    return {};
  }
  getItem(index: string): RangeBorderProxy {
    return this._nav(`item:${index}`, () =>
      this._child(RangeBorderProxy, (t) => {
        if (!BORDER_INDEXES.includes(index))
          throw new HeadlessError('InvalidArgument', `Unsupported border index '${index}'.`);
        return { range: t, index };
      }),
    );
  }
}

export class RangeBorderProxy extends ProxyBase<BorderRef> {
  get _typeName() {
    return 'RangeBorder';
  }
  static props: Record<string, PropSpec<BorderRef>> = {
    sideIndex: { get: (t) => t.index },
    style: { get: (t) => readBorder(t).style, set: (t, v) => writeBorder(t, { style: String(v) }) },
    weight: { get: (t) => readBorder(t).weight, set: (t, v) => writeBorder(t, { weight: String(v) }) },
    color: { get: (t) => readBorder(t).color, set: (t, v) => writeBorder(t, { color: String(v) }) },
  };
  protected _props() {
    return RangeBorderProxy.props;
  }
}
defineAccessors(RangeBorderProxy, RangeBorderProxy.props as never);

// ---- Freeze panes ----------------------------------------------------------------------------------------

function setFreeze(ws: ExcelJS.Worksheet, rows: number, cols: number): void {
  const {
    state: _s,
    xSplit: _x,
    ySplit: _y,
    topLeftCell: _t,
    ...rest
  } = (ws.views?.[0] ?? {}) as Record<string, unknown>;
  if (rows <= 0 && cols <= 0) {
    ws.views = [{ ...rest, state: 'normal' } as ExcelJS.WorksheetView];
    return;
  }
  ws.views = [
    {
      ...rest,
      state: 'frozen',
      xSplit: Math.max(0, cols),
      ySplit: Math.max(0, rows),
      topLeftCell: `${columnLetters(Math.max(0, cols) + 1)}${Math.max(0, rows) + 1}`,
    } as ExcelJS.WorksheetView,
  ];
}

function frozen(ws: ExcelJS.Worksheet): { rows: number; cols: number } {
  const v = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (v?.state !== 'frozen') return { rows: 0, cols: 0 };
  return { rows: v.ySplit ?? 0, cols: v.xSplit ?? 0 };
}

export class FreezePanesProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'WorksheetFreezePanes';
  }
  protected _props() {
    return {};
  }
  freezeRows(count?: number): void {
    this._call('freezeRows', [count ?? 1], (ws) => setFreeze(ws, count ?? 1, 0));
  }
  freezeColumns(count?: number): void {
    this._call('freezeColumns', [count ?? 1], (ws) => setFreeze(ws, 0, count ?? 1));
  }
  freezeAt(frozenRange: string | RangeProxy): void {
    this._call('freezeAt', [typeof frozenRange === 'string' ? frozenRange : { o: frozenRange._id }], (ws) => {
      const b =
        typeof frozenRange === 'string'
          ? parseAddress(splitSheetAddress(frozenRange).local)
          : frozenRange._resolve()?.b;
      if (!b) throw new HeadlessError('InvalidArgument', 'freezeAt needs a range.');
      setFreeze(ws, isEntireColumn(b) ? 0 : b.r2, isEntireRow(b) ? 0 : b.c2);
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], (ws) => setFreeze(ws, 0, 0));
  }
  getLocationOrNullObject(): RangeProxy {
    return this._created(RangeProxy, 'getLocationOrNullObject', [], (ws) => {
      if (ws === null) return null;
      const { rows, cols } = frozen(ws);
      if (!rows && !cols) return null;
      return { ws, b: { r1: 1, c1: 1, r2: rows || MAX_ROWS, c2: cols || MAX_COLS } };
    });
  }
}

// ---- Page layout (ExcelApi 1.9) ----------------------------------------------------------------------------

function rowsSpec(input: string | RangeProxy, kind: 'rows' | 'columns'): string {
  const b = typeof input === 'string' ? parseAddress(splitSheetAddress(input).local) : input._resolve()?.b;
  if (!b) throw new HeadlessError('InvalidArgument', 'A range is needed.');
  return kind === 'rows' ? `${b.r1}:${b.r2}` : `${columnLetters(b.c1)}:${columnLetters(b.c2)}`;
}

const margin = (key: keyof ExcelJS.Margins, fallbackInches: number): PropSpec<ExcelJS.Worksheet> => ({
  get: (ws) => Math.round((ws.pageSetup.margins?.[key] ?? fallbackInches) * 72 * 100) / 100,
  set: (ws, v) => {
    if (typeof v !== 'number' || v < 0)
      throw new HeadlessError('InvalidArgument', 'Margins are points >= 0.');
    const m = {
      left: 0.7,
      right: 0.7,
      top: 0.75,
      bottom: 0.75,
      header: 0.3,
      footer: 0.3,
      ...(ws.pageSetup.margins ?? {}),
    };
    ws.pageSetup.margins = { ...m, [key]: v / 72 };
  },
});

export class PageLayoutProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'PageLayout';
  }
  static props: Record<string, PropSpec<ExcelJS.Worksheet>> = {
    orientation: {
      get: (ws) => (ws.pageSetup.orientation === 'landscape' ? 'Landscape' : 'Portrait'),
      set: (ws, v) => {
        if (v !== 'Landscape' && v !== 'Portrait')
          throw new HeadlessError('InvalidArgument', `Invalid orientation '${String(v)}'.`);
        ws.pageSetup.orientation = v === 'Landscape' ? 'landscape' : 'portrait';
      },
    },
    zoom: {
      get: (ws) =>
        ws.pageSetup.fitToPage
          ? {
              horizontalFitToPages: ws.pageSetup.fitToWidth ?? 1,
              verticalFitToPages: ws.pageSetup.fitToHeight ?? 1,
            }
          : { scale: ws.pageSetup.scale ?? 100 },
      set: (ws, v) => {
        const z = (v ?? {}) as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
        if (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined) {
          ws.pageSetup.fitToPage = true;
          ws.pageSetup.fitToWidth = z.horizontalFitToPages ?? 0;
          ws.pageSetup.fitToHeight = z.verticalFitToPages ?? 0;
        } else if (typeof z.scale === 'number') {
          if (z.scale < 10 || z.scale > 400)
            throw new HeadlessError('InvalidArgument', 'Zoom scale must be 10..400.');
          ws.pageSetup.fitToPage = false;
          ws.pageSetup.scale = z.scale;
        } else
          throw new HeadlessError(
            'InvalidArgument',
            'zoom needs scale or horizontalFitToPages/verticalFitToPages.',
          );
      },
    },
    printGridlines: {
      get: (ws) => !!ws.pageSetup.showGridLines,
      set: (ws, v) => (ws.pageSetup.showGridLines = !!v),
    },
    centerHorizontally: {
      get: (ws) => !!ws.pageSetup.horizontalCentered,
      set: (ws, v) => (ws.pageSetup.horizontalCentered = !!v),
    },
    centerVertically: {
      get: (ws) => !!ws.pageSetup.verticalCentered,
      set: (ws, v) => (ws.pageSetup.verticalCentered = !!v),
    },
    leftMargin: margin('left', 0.7),
    rightMargin: margin('right', 0.7),
    topMargin: margin('top', 0.75),
    bottomMargin: margin('bottom', 0.75),
    headerMargin: margin('header', 0.3),
    footerMargin: margin('footer', 0.3),
  };
  protected _props() {
    return PageLayoutProxy.props;
  }
  /** '$5:$5' or a range: the rows repeated at the top of each printed page. */
  setPrintTitleRows(rows: string | RangeProxy): void {
    this._call('setPrintTitleRows', [typeof rows === 'string' ? rows : { o: rows._id }], (ws) => {
      ws.pageSetup.printTitlesRow = rowsSpec(rows, 'rows');
    });
  }
  setPrintTitleColumns(columns: string | RangeProxy): void {
    this._call('setPrintTitleColumns', [typeof columns === 'string' ? columns : { o: columns._id }], (ws) => {
      ws.pageSetup.printTitlesColumn = rowsSpec(columns, 'columns');
    });
  }
  setPrintArea(area: string | RangeProxy): void {
    this._call('setPrintArea', [typeof area === 'string' ? area : { o: area._id }], (ws) => {
      const b = typeof area === 'string' ? parseAddress(splitSheetAddress(area).local) : area._resolve()?.b;
      if (!b) throw new HeadlessError('InvalidArgument', 'setPrintArea needs a range.');
      ws.pageSetup.printArea = formatBounds(b);
    });
  }
}
defineAccessors(PageLayoutProxy, PageLayoutProxy.props as never);
