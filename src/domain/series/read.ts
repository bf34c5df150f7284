/**
 * Tag + grid -> series: observations per period for a tagged row (or a column tagged as a series on a sheet
 * laid out periods down the rows), record values for a tagged column of child-level records.
 */
import { cellAt, cellRef, columnLetter, formatAt, quoteSheetName } from '../grid';
import type { CellRef, SheetGrid } from '../grid';
import type { Unit } from '../framework/types';
import { findPeriodColumn, sheetReaderFor } from '../layout';
import { comparePeriods, looksLikePeriod, parseHeader, periodOrder } from '../periods';
import type { Period } from '../periods';
import type { BlockLayout, ComparatorColumn, SheetReader } from '../layout';
import type { ColumnTag, RowTag, TagState } from '../tags/types';
import { readValue, scalePercent, valueOf } from '../values';
import type { ReadValue } from '../values';
import { ObservationList, ReadingsBuilder, RecordList } from './readings';
import { firstOfEachPeriod } from './onePerPeriod';
import type { ComparatorCell, RecordSeries, RowSeries, SeriesNote } from './types';

export interface ReadRowOptions {
  readonly tag: RowTag;
  readonly grid: SheetGrid;
  /** Where the tag stands (from tag relocation); defaults to ok at `row` (or the tag's own row). */
  readonly state?: TagState;
  /** The 1-based sheet row to read; defaults to the row in `state`, else the tag's row. */
  readonly row?: number;
  /** The measure's unit (for a numerator or denominator row, 'count'). */
  readonly unit?: Unit;
  /** A reader for this grid, to share header analysis across tags; one is made (and kept) per grid otherwise. */
  readonly reader?: SheetReader;
  /** Read against this header row instead of the detected one (an officer's choice). */
  readonly headerRow?: number;
}

function rowToRead(opts: ReadRowOptions): number | undefined {
  if (opts.row !== undefined) return opts.row;
  const st = opts.state;
  if (!st) return opts.tag.row;
  return 'row' in st ? st.row : undefined;
}

function emptyRowSeries(opts: ReadRowOptions, state: TagState, notes: SeriesNote[], row?: number): RowSeries {
  return {
    kind: 'row',
    tag: opts.tag,
    state,
    ...(row !== undefined ? { row } : {}),
    label: opts.tag.label,
    observations: ObservationList.empty,
    notes,
  };
}

const plainNumber = (r: ReadValue): number | undefined =>
  r.kind === 'number' && r.source === 'number' ? r.value : undefined;

/**
 * A percent measure's plain numbers (no % format, not text) all within 0-1, at least one of them strictly
 * between, are fractions: reads them as percentages, in place (the series' cells and its comparators'
 * reads), and returns the note saying so; undefined (nothing changed) otherwise. `where` names the row or
 * column for the note, e.g. "'Sheet' row 5 ('Label')", with the cell the note points at.
 */
export function fractionsAsPercent(
  unit: Unit | undefined,
  cells: ReadingsBuilder,
  comparators: Iterable<{ read: ReadValue }>,
  where: () => { readonly text: string; readonly cell: CellRef },
): SeriesNote | undefined {
  if (unit !== 'percent') return undefined;
  const list = [...comparators];
  let plain = 0;
  let between = false;
  const fraction = (v: number | undefined): boolean => {
    if (v === undefined) return true;
    plain++;
    if (v < 0 || v > 1) return false;
    if (v > 0 && v < 1) between = true;
    return true;
  };
  for (let i = 0; i < cells.length; i++) if (!fraction(cells.plainNumber(i))) return undefined;
  for (const c of list) if (!fraction(plainNumber(c.read))) return undefined;
  if (plain === 0 || !between) return undefined;
  cells.rescalePlain(scalePercent, 'fractionAsPercent');
  for (const c of list) {
    const v = plainNumber(c.read);
    if (v !== undefined) c.read = { kind: 'number', value: scalePercent(v), source: 'fractionAsPercent' };
  }
  const { text, cell } = where();
  return {
    code: 'fractionsAsPercent',
    message:
      `${text}: the values are fractions between 0 and 1 with no ` +
      `percent format; they are read as percentages (0.125 as 12.5%).`,
    cell,
  };
}

/** The comparators a series can carry, in the order they are read. */
const COMPARATORS = ['ytd', 'rolling12', 'target', 'england', 'statNeighbours', 'region'] as const;
type ComparatorKind = (typeof COMPARATORS)[number];

/** A header block's periods, headers and columns, as the observation lists of its rows share them. */
interface HeaderLine {
  readonly periods: readonly Period[];
  readonly headers: readonly string[];
  readonly cols: readonly number[];
}
const headerLines = new WeakMap<BlockLayout, HeaderLine>();

function lineOf(layout: BlockLayout): HeaderLine {
  let line = headerLines.get(layout);
  if (!line) {
    line = {
      periods: layout.periodColumns.map((p) => p.period),
      headers: layout.periodColumns.map((p) => p.header),
      cols: layout.periodColumns.map((p) => p.col),
    };
    headerLines.set(layout, line);
  }
  return line;
}

/** Read a tagged row against its sheet. Layout problems come back as notes; this never throws on bad data. */
export function readRowSeries(opts: ReadRowOptions): RowSeries {
  const { tag, grid, unit } = opts;
  const row = rowToRead(opts);
  const state: TagState =
    opts.state ?? (row !== undefined ? { status: 'ok', row } : { status: 'ok', row: tag.row });
  if (row === undefined) return emptyRowSeries(opts, state, []);

  const reader = opts.reader && opts.reader.grid === grid ? opts.reader : sheetReaderFor(grid);
  let layout: BlockLayout | undefined;
  if (opts.headerRow !== undefined) layout = reader.layoutAt(opts.headerRow);
  if (!layout) layout = reader.layoutForRow(row);
  if (!layout) {
    const label = reader.labelOf(row) || tag.label;
    return {
      ...emptyRowSeries(opts, state, [
        {
          code: 'noHeader',
          message: `${quoteSheetName(grid.name)} row ${row} ('${label}'): no row of period headers was found above it.`,
          cell: cellRef(grid.name, row, grid.left),
        },
      ]),
      row,
      label,
    };
  }

  const notes: SeriesNote[] = [...layout.notes];
  const label = reader.labelOf(row, layout) || tag.label;

  // The row's cells, looked up once (this runs for every tagged row: thousands of times on a refresh).
  const values = grid.values[row - grid.top] ?? [];
  const formats = grid.numberFormats[row - grid.top] ?? [];
  const at = (col: number): ReadValue =>
    readValue(values[col - grid.left] ?? '', formats[col - grid.left] ?? 'General', unit);
  const line = lineOf(layout);
  const cells = ReadingsBuilder.forRow(grid.name, row, line.cols);
  for (const col of line.cols)
    cells.next(values[col - grid.left] ?? '', formats[col - grid.left] ?? 'General');
  const comparatorReads: { kind: ComparatorKind; col: ComparatorColumn; read: ReadValue }[] = [];
  for (const kind of COMPARATORS) {
    const col = layout.comparators[kind];
    if (col) comparatorReads.push({ kind, col, read: at(col.col) });
  }

  // A percent measure's plain numbers all within 0-1 are fractions: read them as percentages.
  const fractions = fractionsAsPercent(unit, cells, comparatorReads, () => ({
    text: `${quoteSheetName(grid.name)} row ${row} ('${label}')`,
    cell: cellRef(grid.name, row, layout.periodColumns[0]?.col ?? grid.left),
  }));
  if (fractions) notes.push(fractions);
  const observations = new ObservationList(cells.columns(), line.periods, line.headers);

  const comparators: { -readonly [K in ComparatorKind]?: ComparatorCell } = {};
  for (const c of comparatorReads) {
    comparators[c.kind] = {
      cell: cellRef(grid.name, row, c.col.col),
      read: c.read,
      value: valueOf(c.read),
      header: c.col.header,
    };
  }

  let polarityText: RowSeries['polarityText'];
  const pc = layout.comparators.polarity;
  if (pc) {
    const v = cellAt(grid, row, pc.col);
    const t = typeof v === 'string' ? v.trim() : '';
    if (t !== '') polarityText = { cell: cellRef(grid.name, row, pc.col), text: t };
  }

  return {
    kind: 'row',
    tag,
    state,
    row,
    label,
    headerRow: layout.headerRow,
    ...(layout.labelColumn !== undefined ? { labelColumn: layout.labelColumn } : {}),
    observations,
    ...comparators,
    ...(polarityText ? { polarityText } : {}),
    notes,
  };
}

export interface ReadRecordOptions {
  readonly state?: TagState;
  readonly unit?: Unit;
  /** Override the tag's column (after relocation). */
  readonly column?: number;
  readonly firstRow?: number;
  readonly lastRow?: number;
}

/**
 * Read a tagged column of child-level (or worker-level) records: one value per row from firstRow to lastRow.
 * Blank cells are skipped; unreadable ones are kept as missing so a check can report them.
 */
export function readRecordSeries(
  tag: ColumnTag,
  grid: SheetGrid,
  options: ReadRecordOptions = {},
): RecordSeries {
  const state: TagState = options.state ?? { status: 'ok', row: tag.firstRow };
  const gone = state.status === 'rowGone' || state.status === 'sheetGone' || state.status === 'ambiguous';
  const col = options.column ?? tag.column;
  const first = options.firstRow ?? tag.firstRow;
  const last = options.lastRow ?? tag.lastRow;
  const cells = new ReadingsBuilder(grid.name, gone ? 0 : Math.max(0, last - first + 1));
  if (!gone) {
    for (let r = first; r <= last; r++) {
      const v = cellAt(grid, r, col);
      if (v === '' || (typeof v === 'string' && v.trim() === '')) continue;
      cells.read(r, col, v, formatAt(grid, r, col));
    }
  }
  const records = new RecordList(cells.columns());
  return { kind: 'records', tag, state, label: tag.label, records, notes: [] };
}

export interface ReadColumnOptions {
  /** Where the tag stands (from tag relocation); defaults to ok at the tag's first row. */
  readonly state?: TagState;
  /** The measure's unit (for a numerator or denominator column, 'count'). */
  readonly unit?: Unit;
  /** Override the tag's column (after relocation). */
  readonly column?: number;
  readonly firstRow?: number;
  readonly lastRow?: number;
}

const isBlankCell = (v: unknown): boolean => v === '' || (typeof v === 'string' && v.trim() === '');

/**
 * Read a column tagged as a series on a sheet laid out periods down the rows: one observation per row of
 * firstRow..lastRow whose cell in the period column (the nearest column to the left whose cells mostly read
 * as periods) is a period, in period order, oldest first. Rows whose period cell reads 'Target', 'England',
 * 'Stat neighbours', 'Region', 'YTD' or 'Rolling 12 months' give the series' comparators. Problems come back
 * as notes; this never throws on bad data.
 */
export function readColumnSeries(
  tag: ColumnTag,
  grid: SheetGrid,
  options: ReadColumnOptions = {},
): RowSeries {
  const state: TagState = options.state ?? { status: 'ok', row: tag.firstRow };
  const col = options.column ?? tag.column;
  const first = options.firstRow ?? tag.firstRow;
  const last = options.lastRow ?? tag.lastRow;
  const sheet = quoteSheetName(grid.name);
  const letter = columnLetter(col);

  // The header row: the column's header text nearest above the first row, else the row above it.
  let headerRow = Math.max(1, first - 1);
  for (let r = first - 1; r >= grid.top; r--) {
    const v = cellAt(grid, r, col);
    if (typeof v === 'string' && v.trim() !== '') {
      headerRow = r;
      break;
    }
    if (!isBlankCell(v)) break;
  }
  const headerText = cellAt(grid, headerRow, col);
  const label = (typeof headerText === 'string' ? headerText.trim() : '') || tag.label;
  const base = { kind: 'row' as const, tag, state, row: headerRow, label, labelColumn: col };
  const gone = state.status === 'rowGone' || state.status === 'sheetGone' || state.status === 'ambiguous';
  if (gone) return { ...base, observations: ObservationList.empty, notes: [] };

  const periodCol = findPeriodColumn(grid, col, first, last);
  if (periodCol === undefined) {
    return {
      ...base,
      observations: ObservationList.empty,
      notes: [
        {
          code: 'noHeader',
          message: `${sheet} column ${letter} ('${label}'): no column of periods found left of column ${letter} of '${grid.name}'.`,
          cell: cellRef(grid.name, headerRow, col),
        },
      ],
    };
  }

  const notes: SeriesNote[] = [];
  interface Found {
    readonly row: number;
    readonly period: Period;
    readonly header: string;
    read: ReadValue;
  }
  const found: Found[] = [];
  const comparatorReads = new Map<ComparatorKind, { row: number; header: string; read: ReadValue }>();
  let polarityText: RowSeries['polarityText'];
  for (let r = first; r <= last; r++) {
    const pv = cellAt(grid, r, periodCol);
    const v = cellAt(grid, r, col);
    const periodCell = cellRef(grid.name, r, periodCol);
    const header = typeof pv === 'string' ? pv.trim() : String(pv);
    if (isBlankCell(pv)) {
      if (!isBlankCell(v)) {
        notes.push({
          code: 'unreadablePeriod',
          message: `${sheet}!${periodCell.address}: the row has a value in column ${letter} but no period; it is not read.`,
          cell: periodCell,
        });
      }
      continue;
    }
    const meaning = parseHeader(pv, formatAt(grid, r, periodCol));
    if (meaning.type === 'period') {
      found.push({
        row: r,
        period: meaning.period,
        header,
        read: readValue(v, formatAt(grid, r, col), options.unit),
      });
    } else if ((COMPARATORS as readonly string[]).includes(meaning.type)) {
      const kind = meaning.type as ComparatorKind;
      if (!comparatorReads.has(kind)) {
        comparatorReads.set(kind, {
          row: r,
          header,
          read: readValue(v, formatAt(grid, r, col), options.unit),
        });
      }
    } else if (meaning.type === 'polarity') {
      if (typeof v === 'string' && v.trim() !== '' && !polarityText) {
        polarityText = { cell: cellRef(grid.name, r, col), text: v.trim() };
      }
    } else if (!isBlankCell(v) || looksLikePeriod(pv)) {
      notes.push({
        code: 'unreadablePeriod',
        message: `${sheet}!${periodCell.address}: '${header}' is not a period the add-in recognises; its row is not read.`,
        cell: periodCell,
      });
    }
  }

  // Kind: the kind most rows have (ties: the finer kind, as for header rows).
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.period.kind, (counts.get(f.period.kind) ?? 0) + 1);
  const rank = ['month', 'quarter', 'academicYear', 'financialYear', 'calendarYear'];
  const kind = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || rank.indexOf(a[0]) - rank.indexOf(b[0]),
  )[0]?.[0];
  const others = found.filter((f) => f.period.kind !== kind);
  if (others.length > 0) {
    notes.push({
      code: 'mixedPeriodKinds',
      message:
        `${sheet} column ${letter} ('${label}'): the periods in column ${columnLetter(periodCol)} mix kinds; ` +
        `leaving out ${others.map((o) => `'${o.header}' (${cellRef(grid.name, o.row, periodCol).address})`).join(', ')}.`,
      cell: cellRef(grid.name, others[0].row, periodCol),
    });
  }
  const kept = firstOfEachPeriod(
    found.filter((f) => f.period.kind === kind),
    (f, firstSeen) => {
      const cell = cellRef(grid.name, f.row, periodCol);
      notes.push({
        code: 'duplicatePeriod',
        message:
          `${sheet}!${cell.address}: period ${f.period.label} appears twice (also ` +
          `${cellRef(grid.name, firstSeen.row, periodCol).address}); the first row is read.`,
        cell,
      });
    },
  );
  if (periodOrder(kept.map((k) => k.period)) === 'unordered') {
    notes.push({
      code: 'periodsOutOfOrder',
      message:
        `The periods in column ${columnLetter(periodCol)} of ${sheet} are not in order ` +
        `(${kept.map((k) => k.period.label).join(', ')}); they are read in date order.`,
      cell: cellRef(grid.name, kept[0].row, periodCol),
    });
  }
  kept.sort((a, b) => comparePeriods(a.period, b.period));

  const cells = new ReadingsBuilder(grid.name, kept.length);
  for (const k of kept) cells.push(k.row, col, k.read);
  const fractions = fractionsAsPercent(options.unit, cells, comparatorReads.values(), () => ({
    text: `${sheet} column ${letter} ('${label}')`,
    cell: cellRef(grid.name, kept[0]?.row ?? first, col),
  }));
  if (fractions) notes.push(fractions);
  const observations = new ObservationList(
    cells.columns(),
    kept.map((k) => k.period),
    kept.map((k) => k.header),
  );
  const comparators: { [k: string]: ComparatorCell } = {};
  for (const [k, c] of comparatorReads) {
    comparators[k] = {
      cell: cellRef(grid.name, c.row, col),
      read: c.read,
      value: valueOf(c.read),
      header: c.header,
    };
  }
  return {
    ...base,
    observations,
    ...comparators,
    ...(polarityText ? { polarityText } : {}),
    notes,
  };
}
