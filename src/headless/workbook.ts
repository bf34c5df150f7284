/**
 * HeadlessWorkbook: an ExcelJS workbook run through the Excel JavaScript API's semantics. Works in Node
 * and in a browser bundle (no fs / path here: see node-file.ts).
 */
import type ExcelJS from 'exceljs';
import { type Bounds, formatBounds, parseAddress, splitSheetAddress } from './address';
import { shareStylesForSave } from './cells';
import { type Host, type HostSelection, HeadlessRequestContext } from './context';
import { HeadlessError } from './errors';
import { type UnkeptNumber, mendUnkeptNumbers } from './package/numbers';
import { openPackage } from './package/open';
import { WorksheetEvents } from './events';
import { WorkbookProxy } from './proxies';
import type { UnsupportedPart } from './unsupported';
import { type WorkbookProtection, withWorkbookProtection, workbookProtection } from './workbook-protection';

export interface HeadlessStats {
  /** Number of context.sync() calls (each a round trip in Excel on the web). */
  syncs: number;
  /** Largest request, in bytes (see context.ts for how a request is measured). */
  maxRequestBytes: number;
  /** Size of each request in bytes, in order. */
  requests: number[];
  /** Largest response (what one sync's loads return), in bytes: see context.ts. */
  maxResponseBytes: number;
  /** Size of each response in bytes, in order (0 for a request refused before it ran). */
  responses: number[];
}

function emptyStats(): HeadlessStats {
  return { syncs: 0, maxRequestBytes: 0, requests: [], maxResponseBytes: 0, responses: [] };
}

/** Cells selected on a sheet: the active cell is the first cell of the last area. */
function cellsSelected(ws: ExcelJS.Worksheet, areas: Bounds[]): HostSelection {
  const last = areas[areas.length - 1];
  return { ws, areas, active: { r: last.r1, c: last.c1 }, drawing: null };
}

export class HeadlessWorkbook implements Host {
  readonly excel: ExcelJS.Workbook;
  readonly name: string;
  readonly unsupportedParts: readonly UnsupportedPart[];
  /**
   * What the file holds that the headless Excel could not read (a sheet whose part is missing, a number no
   * double can hold...), in words. Like unsupportedParts, it makes toBuffer refuse unless allowDroppingParts.
   */
  readonly unread: readonly string[];
  private readonly _unkept: readonly UnkeptNumber[];
  private _stats: HeadlessStats = emptyStats();
  private _active: ExcelJS.Worksheet;
  private _sel: HostSelection;
  /** Worksheet.onChanged handlers registered by add-in code (events.ts). */
  readonly _events = new WorksheetEvents();
  private _changeListeners = new Set<() => void>();
  private _selectionListeners = new Set<() => void>();
  /** Review > Protect Workbook, which ExcelJS does not keep: read from the file, put back when saving. */
  private readonly _protection: WorkbookProtection | null;

  private constructor(
    wb: ExcelJS.Workbook,
    name: string,
    unsupported: UnsupportedPart[],
    unread: string[] = [],
    unkept: UnkeptNumber[] = [],
    protection: WorkbookProtection | null = null,
  ) {
    this.excel = wb;
    this.name = name;
    this._protection = protection;
    this.unsupportedParts = Object.freeze(unsupported.slice());
    this.unread = Object.freeze(unread.slice());
    this._unkept = unkept;
    if (wb.worksheets.length === 0) wb.addWorksheet('Sheet1');
    const sheets = wb.worksheets;
    const tab = wb.views?.[0]?.activeTab ?? 0;
    const visible = sheets.filter((s) => (s.state ?? 'visible') === 'visible');
    const candidate = sheets[tab];
    this._active =
      candidate && (candidate.state ?? 'visible') === 'visible' ? candidate : (visible[0] ?? sheets[0]);
    this._sel = cellsSelected(this._active, [this._initialSelection(this._active)]);
  }

  /**
   * Opens the bytes of an .xlsx file. Refuses (WorkbookTooLarge, WorkbookDamaged, InvalidArgument) with a
   * message that follows the file's name: see package/open.ts for what is checked before anything is built.
   */
  static async fromBuffer(
    data: ArrayBuffer | Uint8Array,
    options: { name?: string } = {},
  ): Promise<HeadlessWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const opened = await openPackage(bytes);
    return new HeadlessWorkbook(
      opened.excel,
      options.name ?? 'Book1.xlsx',
      opened.unsupported,
      opened.unread,
      opened.unkept,
      opened.protection,
    );
  }

  /**
   * For workbooks built in code (fixtures): nothing unsupported. `protect` protects the workbook's structure
   * and / or windows, as Review > Protect Workbook does (sheets are protected through ExcelJS's ws.protect).
   */
  static fromExcelJS(
    wb: ExcelJS.Workbook,
    options: { name?: string; protect?: { structure?: boolean; windows?: boolean } } = {},
  ): HeadlessWorkbook {
    const protection = options.protect ? workbookProtection(options.protect) : null;
    return new HeadlessWorkbook(wb, options.name ?? 'Book1.xlsx', [], [], [], protection);
  }

  get stats(): Readonly<HeadlessStats> {
    return this._stats;
  }

  resetStats(): void {
    this._stats = emptyStats();
  }

  /**
   * Excel.run: runs the batch with a fresh request context; commands still queued when the batch's promise
   * resolves are synced (as Excel.run does).
   */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(
    context: Excel.RequestContext | OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
  async run<T>(
    a:
      | Excel.RunOptions
      | Excel.RequestContext
      | OfficeExtension.ClientRequestContext
      | ((context: Excel.RequestContext) => Promise<T>),
    b?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    const batch = typeof a === 'function' ? a : b;
    if (typeof batch !== 'function')
      throw new HeadlessError('InvalidArgument', 'Excel.run needs a batch function.');
    // Excel.run(context, batch) goes on with an earlier context (to remove its event handlers).
    const ctx = a instanceof HeadlessRequestContext ? a : this.createContext();
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx._queue.length > 0) await ctx.sync();
    return result;
  }

  /** A request context outside run() (for tests and tools). */
  createContext(): HeadlessRequestContext {
    const ctx = new HeadlessRequestContext(this);
    ctx.workbook = new WorkbookProxy(ctx, () => this);
    return ctx;
  }

  /**
   * The user selects cells (e.g. the harness grid): activates the sheet and fires selection listeners. Areas
   * separated by commas ('B5:D5,B9:D9') are a selection of several areas, as Ctrl+click makes; the active
   * cell is the first cell of the last area.
   */
  select(sheet: string, address: string): void {
    const ws = this._sheetNamed(sheet);
    const areas = address.split(',').map((a) => parseAddress(splitSheetAddress(a.trim()).local));
    this._active = ws;
    this._sel = cellsSelected(ws, areas);
    this._fireSelection();
  }

  /**
   * The user selects a chart or shape on a sheet (by its name): cells are no longer selected, so
   * getSelectedRange() fails as in Excel; the active cell stays where it was.
   */
  selectDrawing(sheet: string, name: string): void {
    const ws = this._sheetNamed(sheet);
    const active = this._sel.ws === ws ? this._sel.active : { r: 1, c: 1 };
    this._active = ws;
    this._sel = { ws, areas: [], active, drawing: name };
    this._fireSelection();
  }

  /** The selection: its sheet and address ('B5:D5,B9:D9' for several areas), and the drawing selected if any. */
  getSelection(): { sheet: string; address: string; drawing?: string } {
    const { ws, areas, active, drawing } = this._sel;
    const address =
      areas.length > 0
        ? areas.map(formatBounds).join(',')
        : formatBounds({ r1: active.r, c1: active.c, r2: active.r, c2: active.c });
    return drawing === null ? { sheet: ws.name, address } : { sheet: ws.name, address, drawing };
  }

  private _sheetNamed(sheet: string): ExcelJS.Worksheet {
    const ws = this.excel.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
    if (!ws) throw new HeadlessError('ItemNotFound', `There is no worksheet '${sheet}'.`);
    return ws;
  }

  onChange(listener: () => void): () => void {
    this._changeListeners.add(listener);
    return () => this._changeListeners.delete(listener);
  }

  onSelectionChange(listener: () => void): () => void {
    this._selectionListeners.add(listener);
    return () => this._selectionListeners.delete(listener);
  }

  /**
   * Writes the workbook. Refuses (UnsupportedParts) when the file held parts ExcelJS would drop, unless
   * allowDroppingParts.
   */
  async toBuffer(options: { allowDroppingParts?: boolean } = {}): Promise<Uint8Array> {
    if ((this.unsupportedParts.length > 0 || this.unread.length > 0) && !options.allowDroppingParts) {
      const list = [...this.unsupportedParts.map((p) => p.description), ...this.unread].join(', ');
      throw new HeadlessError(
        'UnsupportedParts',
        `Saving would lose parts of ${this.name} that the headless Excel cannot keep: ${list}.`,
      );
    }
    const index = this.excel.worksheets.indexOf(this._active);
    const view = this.excel.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' };
    this.excel.views = [{ ...view, activeTab: Math.max(0, index), firstSheet: 0 } as ExcelJS.WorkbookView];
    // ExcelJS reads the model (and looks the styles up) before writeBuffer's first await: the unformatted
    // cells' own empty styles, and the numbers no double holds (#NUM! in a copy), go back as soon as it
    // returns. Were that to change, the save would only be slower.
    const restore = shareStylesForSave(this.excel);
    const kept = this._unkept.map((u) => u.cell.value);
    let pending: Promise<ExcelJS.Buffer>;
    try {
      mendUnkeptNumbers(this._unkept);
      pending = this.excel.xlsx.writeBuffer();
    } finally {
      this._unkept.forEach((u, i) => (u.cell.value = kept[i]));
      restore();
    }
    const out = await pending;
    const saved = out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
    return this._protection ? withWorkbookProtection(saved, this._protection) : saved;
  }

  // ---- Host (used by the proxies) ----------------------------------------------------------------------

  _workbookProtection(): WorkbookProtection | null {
    return this._protection;
  }

  _date1904(): boolean {
    return !!this.excel.properties?.date1904;
  }

  _activeWorksheet(): ExcelJS.Worksheet {
    if (this.excel.getWorksheet(this._active.id) !== this._active) this._active = this.excel.worksheets[0];
    return this._active;
  }

  _activate(ws: ExcelJS.Worksheet): void {
    if (this._active === ws) return;
    this._active = ws;
    this._sel = cellsSelected(ws, [this._initialSelection(ws)]);
    this._fireSelection();
  }

  _selection(): HostSelection {
    this._activeWorksheet();
    if (this._sel.ws !== this._active)
      this._sel = cellsSelected(this._active, [this._initialSelection(this._active)]);
    return this._sel;
  }

  _select(ws: ExcelJS.Worksheet, b: Bounds): void {
    this._active = ws;
    this._sel = cellsSelected(ws, [b]);
    this._fireSelection();
  }

  _sheetRemoved(ws: ExcelJS.Worksheet): void {
    if (this._active === ws) {
      const next =
        this.excel.worksheets.find((s) => (s.state ?? 'visible') === 'visible') ?? this.excel.worksheets[0];
      this._activate(next);
    }
  }

  _recordRequest(bytes: number): void {
    this._stats.syncs += 1;
    this._stats.requests.push(bytes);
    if (bytes > this._stats.maxRequestBytes) this._stats.maxRequestBytes = bytes;
  }

  _recordResponse(bytes: number): void {
    this._stats.responses.push(bytes);
    if (bytes > this._stats.maxResponseBytes) this._stats.maxResponseBytes = bytes;
  }

  _changed(): void {
    for (const l of [...this._changeListeners]) l();
  }

  private _fireSelection(): void {
    for (const l of [...this._selectionListeners]) l();
  }

  private _initialSelection(ws: ExcelJS.Worksheet): Bounds {
    const cell = (ws.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
    if (cell) {
      try {
        return parseAddress(cell.split(' ')[0]);
      } catch {
        /* fall through */
      }
    }
    return { r1: 1, c1: 1, r2: 1, c2: 1 };
  }
}
