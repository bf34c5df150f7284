/**
 * Cell-level semantics: what Range.values / formulas / numberFormat / text give for an ExcelJS cell, how a
 * written value is stored, style reads and writes, used-range bounds, widths and heights. No proxies here.
 *
 * Style objects are shared between cells: ExcelJS shares them (cells loaded from a file with the same
 * style id, merged cells and their master) and so do the writes here (see styleUpdater). So a style, and
 * the font / fill / border / alignment objects in it, is never modified once a cell has it: every write
 * assigns a new object. (ExcelJS's own setters, cell.font = ... or row.numFmt = ..., modify the cell's
 * style object in place: they are not used here.)
 */
import type * as ExcelJS from 'exceljs';
import { type Bounds, MAX_COLS, MAX_ROWS, cellAddress } from './address';
import { HeadlessError } from './errors';
import { formatCellText } from './number-format';

export type CellValue = number | string | boolean;

// ExcelJS.ValueType, as constants (the runtime enum is not needed and keeps this file type-only on exceljs).
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

const MS_PER_DAY = 86400000;

/** Excel serial number of a JS date (1900 date system unless date1904). 25569 = 1970-01-01. */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = d.getTime() / MS_PER_DAY + (date1904 ? 24107 : 25569);
  return Math.round(serial * 1e10) / 1e10;
}

export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * MS_PER_DAY));
}

function richTextPlain(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  }
  return v == null ? '' : String(v);
}

/** A formula's cached result (or any raw ExcelJS value) as Range.values gives it. */
export function plainValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText)) return richTextPlain(o);
    if ('text' in o && 'hyperlink' in o) return richTextPlain(o.text);
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result, date1904);
  }
  return String(v);
}

/**
 * Range.values for one cell (Excel JavaScript API, Range.values): '' for empty cells and for the covered
 * cells of a merged area; dates as serial numbers; error cells as '#DIV/0!'...; formulas give their cached
 * result ('' when the file holds none, e.g. a formula written here: ExcelJS does not calculate); rich text
 * and hyperlinks as their plain text.
 */
export function cellValue(cell: ExcelJS.Cell | undefined, date1904: boolean): CellValue {
  if (!cell) return '';
  switch (cell.type as number) {
    case T_NULL:
    case T_MERGE:
      return '';
    case T_NUMBER:
    case T_STRING:
    case T_BOOLEAN:
      return cell.value as CellValue;
    case T_SHARED_STRING:
      return String(cell.value);
    case T_DATE:
      return dateToSerial(cell.value as Date, date1904);
    case T_ERROR:
      return (cell.value as { error: string }).error;
    case T_RICH_TEXT:
      return richTextPlain(cell.value);
    case T_HYPERLINK:
      return richTextPlain((cell.value as { text: unknown }).text);
    case T_FORMULA:
      return plainValue(cell.result, date1904);
    default:
      return plainValue(cell.value, date1904);
  }
}

/** Range.formulas for one cell: '=...' for formulas (shared formulas translated), otherwise the value. */
export function cellFormula(cell: ExcelJS.Cell | undefined, date1904: boolean): CellValue {
  if (cell && (cell.type as number) === T_FORMULA) {
    const f = cell.formula;
    if (f) return `=${f}`;
  }
  return cellValue(cell, date1904);
}

export function cellNumberFormat(cell: ExcelJS.Cell | undefined): string {
  const f = cell?.style?.numFmt;
  return typeof f === 'string' && f !== '' ? f : 'General';
}

export function cellText(cell: ExcelJS.Cell | undefined, date1904: boolean): string {
  if (!cell) return '';
  const v = cellValue(cell, date1904);
  if (v === '') return '';
  const t = cell.type as number;
  if (t === T_ERROR) return v as string;
  if (t === T_FORMULA && typeof v === 'string' && /^#[A-Z0-9/!?]+[!?A]$/.test(v)) return v;
  return formatCellText(v, cellNumberFormat(cell), date1904);
}

export function isMergeCovered(cell: ExcelJS.Cell | undefined): boolean {
  return !!cell && (cell.type as number) === T_MERGE;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

export interface WriteOutcome {
  formula: boolean;
}

/**
 * Stores one element of an array written to Range.values or Range.formulas, as Excel does:
 * - null / undefined: the cell is left unchanged (Excel JavaScript API: "null ... will be ignored");
 * - '' clears the value (formats are kept);
 * - numbers and booleans as they are (NaN and infinities are rejected);
 * - when the cell's number format is '@' (Text), any string is stored as text exactly;
 * - otherwise a string starting with '=' is a formula; one starting with '+' or '-' that is not a number is
 *   a formula too ('-abc' becomes the formula =-abc, #NAME? in Excel), as when typed into Excel;
 * - numeric strings become numbers, 'TRUE'/'FALSE' booleans, '12.5%' the number 0.125 with a percent
 *   format when the cell had General; other strings (dates are NOT parsed) are stored as text.
 * Covered cells of a merged area are skipped (ExcelJS would write through to the master cell).
 */
export function writeCellInput(
  ws: ExcelJS.Worksheet,
  r: number,
  c: number,
  input: unknown,
  outcome: WriteOutcome,
): void {
  if (input === null || input === undefined) return;
  const existing = findCellAt(ws, r, c);
  if (isMergeCovered(existing)) return;
  if (typeof input === 'number') {
    if (!isFinite(input))
      throw new HeadlessError(
        'InvalidArgument',
        `The value for ${cellAddress(r, c)} is not a finite number.`,
      );
    (existing ?? cellAt(ws, r, c)).value = input;
    return;
  }
  if (typeof input === 'boolean') {
    (existing ?? cellAt(ws, r, c)).value = input;
    return;
  }
  if (typeof input !== 'string') {
    throw new HeadlessError(
      'InvalidArgument',
      `The value for ${cellAddress(r, c)} must be a string, number or boolean (got ${typeof input}).`,
    );
  }
  if (input === '') {
    if (existing && (existing.type as number) !== T_NULL) existing.value = null;
    return;
  }
  const cell = existing ?? cellAt(ws, r, c);
  const fmt = cellNumberFormat(cell);
  const keepLink =
    (cell.type as number) === T_HYPERLINK ? (cell.value as ExcelJS.CellHyperlinkValue) : undefined;
  if (fmt === '@') {
    cell.value = keepLink ? { ...keepLink, text: input } : input;
    return;
  }
  const first = input[0];
  if (first === '=' && input.length > 1) {
    cell.value = { formula: input.slice(1) } as ExcelJS.CellFormulaValue;
    outcome.formula = true;
    return;
  }
  const trimmed = input.trim();
  if (NUMERIC.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  if ((first === '+' || first === '-') && input.length > 1) {
    if (PERCENT.test(trimmed)) {
      setPercent(cell, trimmed, fmt);
      return;
    }
    cell.value = { formula: input } as ExcelJS.CellFormulaValue;
    outcome.formula = true;
    return;
  }
  if (PERCENT.test(trimmed)) {
    setPercent(cell, trimmed, fmt);
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === 'true';
    return;
  }
  cell.value = keepLink ? { ...keepLink, text: input } : input;
}

function setPercent(cell: ExcelJS.Cell, text: string, fmt: string): void {
  const n = Number(text.slice(0, -1));
  cell.value = Number((n / 100).toPrecision(15));
  if (fmt === 'General') {
    const update = styleUpdater(cell.worksheet, numFmtChange(text.includes('.') ? '0.00%' : '0%'));
    cell.style = update(cell.style) as ExcelJS.Style;
  }
}

/** The cell at (r, c) if the ExcelJS model has it; no address strings (ws.findCell makes one). */
export function findCellAt(ws: ExcelJS.Worksheet, r: number, c: number): ExcelJS.Cell | undefined {
  const row = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows[r - 1];
  return row ? (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells[c - 1] : undefined;
}

/** The cell at (r, c), created when missing. ws.getCell(r, c) encodes and decodes an address each call. */
export function cellAt(ws: ExcelJS.Worksheet, r: number, c: number): ExcelJS.Cell {
  return findCellAt(ws, r, c) ?? ws.getRow(r).getCell(c);
}

// ---- style writes ----------------------------------------------------------------------------------------

export type Style = Partial<ExcelJS.Style>;

/** One style change applied to many cells, e.g. "font bold on" or "number format 0.0%". */
export interface StyleChange {
  /**
   * Names the change: two changes with the same key give the same result from the same style. Undefined
   * when the change cannot be named (it is then applied cell by cell, unshared).
   */
  readonly key: string | undefined;
  /** The changed style: a new object (s and the objects in it are left as they are). */
  readonly apply: (s: Style) => Style;
}

/** Style -> change key -> the style it becomes. Entries go with the style object (a WeakMap). */
const transitions = new WeakMap<object, Map<string, Style>>();
/** Per workbook, the same for cells without formatting (ExcelJS gives each new cell its own empty style). */
const fromEmptyStyle = new WeakMap<object, Map<string, Style>>();

export function isEmptyStyle(s: object): boolean {
  for (const _ in s) return false;
  return true;
}

/**
 * Gives cells' new styles for one change: cells that had the same style object (or no formatting) and get
 * the same change share one new style object. Sharing is what makes a save cheap (ExcelJS serialises a
 * style once per object) and keeps a write from allocating a style per cell; it is safe because styles are
 * never modified in place (see the top of this file).
 */
export function styleUpdater(ws: ExcelJS.Worksheet, change: StyleChange): (s: Style | undefined) => Style {
  const { key, apply } = change;
  if (key === undefined) return (s) => apply(s ?? {});
  const wb = ws.workbook as object;
  let fromEmpty = fromEmptyStyle.get(wb);
  if (!fromEmpty) fromEmptyStyle.set(wb, (fromEmpty = new Map()));
  const emptyMap = fromEmpty;
  // A range's cells mostly have the same style, or none: remember the last answer for each.
  let lastFrom: Style | undefined;
  let lastTo: Style | undefined;
  let emptyTo: Style | undefined;
  return (s) => {
    if (s !== undefined && s === lastFrom) return lastTo!;
    if (s === undefined || isEmptyStyle(s)) {
      if (emptyTo === undefined) {
        emptyTo = emptyMap.get(key);
        if (emptyTo === undefined) emptyMap.set(key, (emptyTo = apply({})));
      }
      return emptyTo;
    }
    let map = transitions.get(s);
    if (!map) transitions.set(s, (map = new Map()));
    let to = map.get(key);
    if (to === undefined) map.set(key, (to = apply(s)));
    lastFrom = s;
    lastTo = to;
    return to;
  };
}

/**
 * A key part for a written value: primitives are named exactly (type and text); objects give undefined,
 * so a change made with one is not cached.
 */
export function valueKey(v: unknown): string | undefined {
  const t = typeof v;
  if (
    v === null ||
    t === 'undefined' ||
    t === 'string' ||
    t === 'number' ||
    t === 'boolean' ||
    t === 'bigint'
  )
    return `${t}:${Object.is(v, -0) ? '-0' : String(v)}`;
  return undefined;
}

export function numFmtChange(numFmt: string): StyleChange {
  return { key: `numFmt=${numFmt}`, apply: (s) => ({ ...s, numFmt }) };
}

/**
 * Before ExcelJS writes the workbook: ExcelJS serialises a style once per style object (a WeakMap by
 * object), and gives each unformatted cell and row its own empty style (a data sheet has hundreds of
 * thousands), so these share one empty style for the save. A cell whose value is a date (or a formula
 * giving one) and whose style has no number format is saved with a date format, other cells with General:
 * such a style object shared with other cells would give them all the format of whichever cell ExcelJS
 * meets first, so these cells get a copy (content-equal) of their own, which they keep. Returns the function
 * that gives the unformatted cells and rows their own empty style back, once ExcelJS has read the model.
 */
export function shareStylesForSave(wb: ExcelJS.Workbook): () => void {
  const empty: Style = {};
  const dateCopies = new Map<Style | undefined, Style>();
  // Pairs (row or cell, its own style), flat: a data sheet can have hundreds of thousands.
  const own: unknown[] = [];
  for (const ws of wb.worksheets) {
    for (const row of existingRows(ws)) {
      const r = row as unknown as { style?: Style; _cells: (ExcelJS.Cell | undefined)[] };
      if (r.style && isEmptyStyle(r.style)) {
        own.push(r, r.style);
        r.style = empty;
      }
      for (const cell of r._cells) {
        if (!cell) continue;
        const s = cell.style as Style | undefined;
        if (s?.numFmt) continue;
        if (isDateValued(cell)) {
          let copy = dateCopies.get(s);
          if (!copy) dateCopies.set(s, (copy = { ...s }));
          cell.style = copy as ExcelJS.Style;
        } else if (!s || isEmptyStyle(s)) {
          own.push(cell, s);
          cell.style = empty as ExcelJS.Style;
        }
      }
    }
  }
  return () => {
    for (let i = 0; i < own.length; i += 2) (own[i] as { style: unknown }).style = own[i + 1];
  };
}

function isDateValued(cell: ExcelJS.Cell): boolean {
  const t = cell.type as number;
  return t === T_DATE || (t === T_FORMULA && cell.result instanceof Date);
}

/**
 * The row numbers a sheet's ExcelJS model has, listed once per sheet while a sync runs its commands (the
 * list is dropped when a command changes the workbook, and when the sync ends). A sheet with one value at
 * row 1,048,576 has a row array a million long with a few dozen rows in it: looking for the rows within
 * each of a thousand probes of its used range would otherwise go through the million each time.
 */
let rowLists: WeakMap<object, number[]> | null = null;

export function beginRowLists(): void {
  rowLists = new WeakMap();
}

export function dropRowLists(): void {
  if (rowLists) rowLists = new WeakMap();
}

export function endRowLists(): void {
  rowLists = null;
}

function existingRowNumbers(rows: (ExcelJS.Row | undefined)[]): number[] {
  let list = rowLists?.get(rows);
  if (!list) {
    list = [];
    for (const key of Object.keys(rows)) {
      const i = Number(key);
      if (Number.isInteger(i) && rows[i]) list.push(i + 1);
    }
    rowLists?.set(rows, list);
  }
  return list;
}

/**
 * The rows a sheet's ExcelJS model has, in order. A row array a million long with a few rows in it (a value
 * at row 1,048,576) is gone through by its keys, not by its million indexes.
 */
export function existingRows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
  const out: ExcelJS.Row[] = [];
  if (rows.length > 65536) {
    for (const key of Object.keys(rows)) {
      const row = rows[Number(key)];
      if (row) out.push(row);
    }
    return out;
  }
  for (const row of rows) if (row) out.push(row);
  return out;
}

/** First index of a sorted list whose value is at least `min`. */
function lowerBound(list: readonly number[], min: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows spanned beyond which, during a sync, the sheet's list of existing rows is used. */
const LISTED_ROWS_ABOVE = 4096;

/** Calls fn for every cell that exists in the ExcelJS model inside b (rows ascending). */
export function eachExistingCell(
  ws: ExcelJS.Worksheet,
  b: Bounds,
  fn: (cell: ExcelJS.Cell, r: number, c: number) => void,
): void {
  const rows = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
  const rEnd = Math.min(b.r2, rows.length);
  const eachCell = (row: ExcelJS.Row, r: number) => {
    const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells;
    const cEnd = Math.min(b.c2, cells.length);
    for (let c = b.c1; c <= cEnd; c++) {
      const cell = cells[c - 1];
      if (cell) fn(cell, r, c);
    }
  };
  if (rowLists && rEnd - b.r1 > LISTED_ROWS_ABOVE) {
    const list = existingRowNumbers(rows);
    for (let i = lowerBound(list, b.r1); i < list.length && list[i] <= rEnd; i++) {
      const row = rows[list[i] - 1];
      if (row) eachCell(row, list[i]);
    }
    return;
  }
  for (let r = b.r1; r <= rEnd; r++) {
    const row = rows[r - 1];
    if (row) eachCell(row, r);
  }
}

function styleIsEmpty(s: Partial<ExcelJS.Style> | undefined): boolean {
  if (!s) return true;
  return !Object.values(s).some((v) => v !== undefined && v !== null);
}

/**
 * Bounds of the used range (Excel: Worksheet.getUsedRange), or of the used cells within `within` (Excel:
 * Range.getUsedRange). valuesOnly counts cells with values; otherwise cells with formatting count as well.
 * Undefined when nothing is used.
 */
export function usedBounds(
  ws: ExcelJS.Worksheet,
  valuesOnly: boolean,
  within: Bounds = { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS },
): Bounds | undefined {
  let r1 = Infinity,
    c1 = Infinity,
    r2 = 0,
    c2 = 0;
  eachExistingCell(ws, within, (cell, r, c) => {
    const t = cell.type as number;
    const used = valuesOnly ? t !== T_NULL && t !== T_MERGE : t !== T_NULL || !styleIsEmpty(cell.style);
    if (!used) return;
    if (r < r1) r1 = r;
    if (r > r2) r2 = r;
    if (c < c1) c1 = c;
    if (c > c2) c2 = c;
  });
  if (!valuesOnly) {
    for (const whole of mergeList(ws)) {
      if (!intersects(whole, within)) continue;
      const m = {
        r1: Math.max(whole.r1, within.r1),
        c1: Math.max(whole.c1, within.c1),
        r2: Math.min(whole.r2, within.r2),
        c2: Math.min(whole.c2, within.c2),
      };
      if (m.r1 < r1) r1 = m.r1;
      if (m.c1 < c1) c1 = m.c1;
      if (m.r2 > r2) r2 = m.r2;
      if (m.c2 > c2) c2 = m.c2;
    }
  }
  return r2 === 0 ? undefined : { r1, c1, r2, c2 };
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function mergeList(ws: ExcelJS.Worksheet): Bounds[] {
  const merges = (ws as unknown as { _merges: Record<string, MergeRange | undefined> })._merges;
  const out: Bounds[] = [];
  for (const m of Object.values(merges)) {
    if (m) out.push({ r1: m.top, c1: m.left, r2: m.bottom, c2: m.right });
  }
  return out;
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

function anyCellMerged(ws: ExcelJS.Worksheet, b: Bounds): boolean {
  for (let r = b.r1; r <= b.r2; r++) {
    for (let c = b.c1; c <= b.c2; c++) if (findCellAt(ws, r, c)?.isMerged) return true;
  }
  return false;
}

export function unmergeWithin(ws: ExcelJS.Worksheet, b: Bounds): void {
  // Called for every merge a plan writes. A small range whose cells are none of them merged (the usual
  // case on a new sheet) touches no merge: looking at its cells is cheaper than at every merge of the sheet.
  if ((b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1) <= 4096 && !anyCellMerged(ws, b)) return;
  // Otherwise test the merges in place rather than copying the list.
  const merges = (ws as unknown as { _merges: Record<string, MergeRange | undefined> })._merges;
  const hits: MergeRange[] = [];
  for (const key in merges) {
    const m = merges[key];
    if (m && m.top <= b.r2 && b.r1 <= m.bottom && m.left <= b.c2 && b.c1 <= m.right) hits.push(m);
  }
  for (const m of hits) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
}

/**
 * ws.mergeCells for an area that no merge of the sheet intersects (the caller has unmerged it first).
 * ExcelJS checks a new merge against every merge of the sheet, quadratic over a sheet's merges (a summary
 * has over a thousand); here it is given an empty merge list to check, and its new entry is moved into the
 * sheet's list (keyed by the master cell's address, as ExcelJS adds it).
 */
export function mergeUnmergedArea(
  ws: ExcelJS.Worksheet,
  r1: number,
  c1: number,
  r2: number,
  c2: number,
): void {
  const sheet = ws as unknown as { _merges: Record<string, unknown> };
  const merges = sheet._merges;
  sheet._merges = {};
  try {
    ws.mergeCells(r1, c1, r2, c2);
  } finally {
    const added = sheet._merges;
    sheet._merges = merges;
    Object.assign(merges, added);
  }
}

// ---- colours -------------------------------------------------------------------------------------------

const NAMED: Record<string, string> = {
  black: '000000',
  white: 'FFFFFF',
  red: 'FF0000',
  green: '008000',
  lime: '00FF00',
  blue: '0000FF',
  yellow: 'FFFF00',
  orange: 'FFA500',
  gray: '808080',
  grey: '808080',
  lightgray: 'D3D3D3',
  lightgrey: 'D3D3D3',
  darkgray: 'A9A9A9',
  silver: 'C0C0C0',
  navy: '000080',
  purple: '800080',
  amber: 'FFBF00',
};

/** Office theme 'Office' colours by theme index (lt1, dk1, lt2, dk2, accent1..6); tints are ignored. */
const THEME = [
  'FFFFFF',
  '000000',
  'E7E6E6',
  '44546A',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
];

export function toArgb(color: unknown): string {
  if (typeof color !== 'string')
    throw new HeadlessError('InvalidArgument', `Invalid colour: ${String(color)}.`);
  const c = color.trim();
  const named = NAMED[c.toLowerCase()];
  if (named) return `FF${named}`;
  let m = /^#?([0-9a-fA-F]{6})$/.exec(c);
  if (m) return `FF${m[1].toUpperCase()}`;
  m = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(c);
  if (m) return `FF${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase();
  throw new HeadlessError(
    'InvalidArgument',
    `Invalid colour '${color}': use '#RRGGBB' or an HTML colour name.`,
  );
}

export function fromColor(c: Partial<ExcelJS.Color> | undefined, fallback: string | null): string | null {
  if (!c) return fallback;
  if (typeof c.argb === 'string' && c.argb.length >= 6) return `#${c.argb.slice(-6).toUpperCase()}`;
  if (typeof c.theme === 'number') return `#${THEME[c.theme] ?? '000000'}`;
  return fallback;
}

// ---- widths and heights (Excel JavaScript API: RangeFormat.columnWidth / rowHeight are in points) --------

/** ExcelJS column width (the file's width, in characters including padding) -> points. */
export function widthCharsToPoints(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return px * 0.75;
}

/** Points -> the width stored in the file (characters of the Calibri 11 digit width, 7 px). */
export function pointsToWidthChars(points: number): number {
  const px = Math.round(points / 0.75);
  if (px <= 0) return 0;
  return Math.trunc((px / 7) * 256) / 256;
}

export const DEFAULT_COLUMN_WIDTH_CHARS = 9.140625; // 8.43 characters shown = 64 px = 48 pt
export const DEFAULT_ROW_HEIGHT_POINTS = 15;

export function columnWidthPoints(ws: ExcelJS.Worksheet, c: number): number {
  const col = (ws as unknown as { _columns?: ({ width?: number; hidden?: boolean } | undefined)[] })
    ._columns?.[c - 1];
  if (col?.hidden) return 0;
  const w = col?.width ?? ws.properties.defaultColWidth ?? DEFAULT_COLUMN_WIDTH_CHARS;
  return widthCharsToPoints(w);
}

export function rowHeightPoints(ws: ExcelJS.Worksheet, r: number): number {
  const row = ws.findRow(r);
  if (row?.hidden) return 0;
  return row?.height ?? ws.properties.defaultRowHeight ?? DEFAULT_ROW_HEIGHT_POINTS;
}
