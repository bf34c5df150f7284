/**
 * The cells a series read, held as columns: row and column numbers, the number read (NaN when there is
 * none) and a one-byte code saying how it was read or why it is missing, with the text of missing cells
 * kept aside. A refresh reads some 100,000 observations and 50,000 child-level records; held as one
 * object per cell (with its reading and cell reference) they cost most of the refresh's time in allocation
 * and garbage collection. Checks and figures read the columns; `at(i)` (and iteration) gives the familiar
 * `Observation` / `RecordValue` object for code that wants one.
 */
import { cellRef } from '../grid';
import type { CellRef } from '../grid';
import type { Period } from '../periods/types';
import { readValueInto } from '../values/read';
import type { ReadSink } from '../values/read';
import type { CellValue } from '../grid';
import type { MissingReason, NumberSource, ReadValue } from '../values/types';
import type { Observation, RecordValue } from './types';

const SOURCES: readonly NumberSource[] = [
  'number',
  'percentFormat',
  'percentText',
  'numericText',
  'fractionAsPercent',
];
const REASONS: readonly MissingReason[] = ['blank', 'suppressed', 'error', 'text'];
/** Codes below this are numbers (index into SOURCES); from it up, missing (MISSING + index into REASONS). */
const MISSING = SOURCES.length;
const SOURCE_CODE = new Map(SOURCES.map((s, i) => [s, i]));
const REASON_CODE = new Map(REASONS.map((r, i) => [r, MISSING + i]));
const TEXT = MISSING + REASONS.indexOf('text');

/** Storage for a list of readings, filled cell by cell (see ReadingsBuilder). */
interface Columns {
  readonly sheet: string;
  /** Each cell's row; null when all are on `row` (a tagged row's observations). */
  readonly rows: Int32Array | null;
  readonly row: number;
  /** Each cell's column (shared by the rows under one header). */
  readonly cols: ArrayLike<number>;
  readonly numbers: Float64Array;
  readonly codes: Uint8Array;
  /** The cell's text, for missing cells only (sparse). */
  readonly raws: readonly (string | undefined)[];
  readonly length: number;
}

/** Cells read from one sheet, in order. */
abstract class Readings<T> implements Iterable<T> {
  readonly sheet: string;
  readonly length: number;
  protected readonly c: Columns;

  protected constructor(columns: Columns) {
    this.c = columns;
    this.sheet = columns.sheet;
    this.length = columns.length;
  }

  row(i: number): number {
    const rows = this.c.rows;
    return rows === null ? this.c.row : rows[i];
  }

  col(i: number): number {
    return this.c.cols[i];
  }

  cell(i: number): CellRef {
    return cellRef(this.c.sheet, this.row(i), this.c.cols[i]);
  }

  /** The number read, or null when the cell holds none. */
  value(i: number): number | null {
    return this.c.codes[i] < MISSING ? this.c.numbers[i] : null;
  }

  isMissing(i: number): boolean {
    return this.c.codes[i] >= MISSING;
  }

  /** How a number was read; undefined for a missing cell. */
  source(i: number): NumberSource | undefined {
    const code = this.c.codes[i];
    return code < MISSING ? SOURCES[code] : undefined;
  }

  /** Why a cell holds no number; undefined when it holds one. */
  missingReason(i: number): MissingReason | undefined {
    const code = this.c.codes[i];
    return code >= MISSING ? REASONS[code - MISSING] : undefined;
  }

  /** The marker, error code or text of a missing cell ('' for a number). */
  raw(i: number): string {
    return this.c.raws[i] ?? '';
  }

  read(i: number): ReadValue {
    const code = this.c.codes[i];
    if (code < MISSING) return { kind: 'number', value: this.c.numbers[i], source: SOURCES[code] };
    return { kind: 'missing', reason: REASONS[code - MISSING], raw: this.c.raws[i] ?? '' };
  }

  /** Positions of the cells that hold no number, in order. */
  missingIndexes(): number[] {
    const out: number[] = [];
    const codes = this.c.codes;
    for (let i = 0; i < this.length; i++) if (codes[i] >= MISSING) out.push(i);
    return out;
  }

  /** The cells holding a number for which `flag` is true, in order, as objects with that number. */
  numbersWhere(flag: (value: number) => boolean): { readonly item: T; readonly value: number }[] {
    const out: { item: T; value: number }[] = [];
    const { codes, numbers } = this.c;
    for (let i = 0; i < this.length; i++) {
      if (codes[i] < MISSING && flag(numbers[i])) out.push({ item: this.item(i), value: numbers[i] });
    }
    return out;
  }

  /** The i-th item as an object; a negative i counts from the end, as Array.prototype.at does. */
  at(i: number): T {
    const k = i < 0 ? this.length + i : i;
    if (!(k >= 0 && k < this.length)) {
      throw new RangeError(`No item ${i} in a list of ${this.length}.`);
    }
    return this.item(k);
  }

  protected abstract item(i: number): T;

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.item(i);
  }

  map<U>(fn: (item: T, i: number) => U): U[] {
    const out: U[] = new Array<U>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = fn(this.item(i), i);
    return out;
  }

  toArray(): T[] {
    return this.map((x) => x);
  }
}

/**
 * Collects readings cell by cell, up to a known capacity: anywhere on a sheet (`push`), or along one row
 * at given columns (`forRow`, then `next`).
 */
export class ReadingsBuilder implements ReadSink<void> {
  private readonly rows: Int32Array | null;
  private readonly cols: Int32Array | null;
  private readonly numbers: Float64Array;
  private readonly codes: Uint8Array;
  private readonly raws: (string | undefined)[] = [];
  private n = 0;

  constructor(
    readonly sheet: string,
    capacity: number,
    private readonly along?: { readonly row: number; readonly cols: readonly number[] },
  ) {
    this.rows = along ? null : new Int32Array(capacity);
    this.cols = along ? null : new Int32Array(capacity);
    this.numbers = new Float64Array(capacity);
    this.codes = new Uint8Array(capacity);
  }

  /** Readings of one row at the given columns, in that order. */
  static forRow(sheet: string, row: number, cols: readonly number[]): ReadingsBuilder {
    return new ReadingsBuilder(sheet, cols.length, { row, cols });
  }

  get length(): number {
    return this.n;
  }

  /** Reads the next cell of a row (see forRow) from its value and number format. */
  next(value: CellValue, numberFormat: string): void {
    readValueInto(this, value, numberFormat);
  }

  /** Reads a cell from its value and number format. */
  read(row: number, col: number, value: CellValue, numberFormat: string): void {
    this.place(row, col);
    readValueInto(this, value, numberFormat);
  }

  /** ReadSink: the next cell holds a number. */
  number(value: number, source: NumberSource): void {
    const i = this.n++;
    this.numbers[i] = value;
    this.codes[i] = SOURCE_CODE.get(source) ?? 0;
  }

  /** ReadSink: the next cell holds none. */
  missing(reason: MissingReason, raw: string): void {
    const i = this.n++;
    this.numbers[i] = NaN;
    this.codes[i] = REASON_CODE.get(reason) ?? TEXT;
    this.raws[i] = raw;
  }

  private place(row: number, col: number): void {
    if (!this.rows || !this.cols) throw new Error('ReadingsBuilder: this builder reads along a row.');
    this.rows[this.n] = row;
    this.cols[this.n] = col;
  }

  /** A cell already read. */
  push(row: number, col: number, read: ReadValue): void {
    this.place(row, col);
    if (read.kind === 'number') this.number(read.value, read.source);
    else this.missing(read.reason, read.raw);
  }

  /** The number at i when it was read plainly (a number in a cell with no % format), else undefined. */
  plainNumber(i: number): number | undefined {
    return this.codes[i] === 0 ? this.numbers[i] : undefined;
  }

  /** Replaces every plainly read number (see plainNumber) with fn(value), read as `source`. */
  rescalePlain(fn: (value: number) => number, source: NumberSource): void {
    const code = SOURCE_CODE.get(source) ?? 0;
    for (let i = 0; i < this.n; i++) {
      if (this.codes[i] !== 0) continue;
      this.numbers[i] = fn(this.numbers[i]);
      this.codes[i] = code;
    }
  }

  /** The columns collected so far (trimmed to what was pushed). */
  columns(): Columns {
    const n = this.n;
    const full = n === this.numbers.length;
    const along = this.along;
    const trim = <A extends Int32Array | Float64Array | Uint8Array>(a: A): A =>
      (full ? a : a.slice(0, n)) as A;
    return {
      sheet: this.sheet,
      rows: this.rows ? trim(this.rows) : null,
      row: along?.row ?? 0,
      cols: this.cols ? trim(this.cols) : !along ? [] : full ? along.cols : along.cols.slice(0, n),
      numbers: trim(this.numbers),
      codes: trim(this.codes),
      raws: this.raws,
      length: n,
    };
  }
}

const NO_COLUMNS: Columns = new ReadingsBuilder('', 0).columns();

/** A row series' observations, oldest period first: each a period, its header and the cell read. */
export class ObservationList extends Readings<Observation> {
  /** Each observation's period. */
  readonly periods: readonly Period[];
  /** Each observation's header text as found in the sheet. */
  readonly headers: readonly string[];

  constructor(columns: Columns, periods: readonly Period[], headers: readonly string[]) {
    super(columns);
    if (periods.length !== columns.length || headers.length !== columns.length) {
      throw new Error('ObservationList: periods and headers must have one entry per cell read.');
    }
    this.periods = periods;
    this.headers = headers;
  }

  static readonly empty: ObservationList = new ObservationList(NO_COLUMNS, [], []);

  /** From observations given one by one (all on one sheet), e.g. built by hand. */
  static of(observations: readonly Observation[]): ObservationList {
    if (observations.length === 0) return ObservationList.empty;
    const b = new ReadingsBuilder(observations[0].cell.sheet, observations.length);
    for (const o of observations) {
      if (o.cell.sheet !== b.sheet)
        throw new Error('ObservationList.of: observations from more than one sheet.');
      b.push(o.cell.row, o.cell.col, o.read);
    }
    return new ObservationList(
      b.columns(),
      observations.map((o) => o.period),
      observations.map((o) => o.header),
    );
  }

  period(i: number): Period {
    return this.periods[i];
  }

  header(i: number): string {
    return this.headers[i];
  }

  protected item(i: number): Observation {
    return {
      period: this.periods[i],
      header: this.headers[i],
      cell: this.cell(i),
      read: this.read(i),
      value: this.value(i),
    };
  }
}

/** A child-level (or worker-level) column's records: one cell per child, in sheet order. */
export class RecordList extends Readings<RecordValue> {
  constructor(columns: Columns) {
    super(columns);
  }

  static readonly empty: RecordList = new RecordList(NO_COLUMNS);

  static of(records: readonly RecordValue[]): RecordList {
    if (records.length === 0) return RecordList.empty;
    const b = new ReadingsBuilder(records[0].cell.sheet, records.length);
    for (const r of records) {
      if (r.cell.sheet !== b.sheet) throw new Error('RecordList.of: records from more than one sheet.');
      b.push(r.cell.row, r.cell.col, r.read);
    }
    return new RecordList(b.columns());
  }

  /** The numbers read, in order, leaving out missing cells. */
  numbers(): Float64Array {
    const { codes, numbers } = this.c;
    let count = 0;
    for (let i = 0; i < this.length; i++) if (codes[i] < MISSING) count++;
    const out = new Float64Array(count);
    let k = 0;
    for (let i = 0; i < this.length; i++) if (codes[i] < MISSING) out[k++] = numbers[i];
    return out;
  }

  protected item(i: number): RecordValue {
    return { cell: this.cell(i), read: this.read(i), value: this.value(i) };
  }
}
