/**
 * Tag + grid -> series: observations per period for a tagged row, record values for a tagged column.
 */
import { cellAt, cellRef, formatAt, quoteSheetName } from '../grid';
import type { SheetGrid } from '../grid';
import type { Unit } from '../framework/types';
import { sheetReaderFor } from '../layout';
import type { BlockLayout, ComparatorColumn, SheetReader } from '../layout';
import type { ColumnTag, RowTag, TagState } from '../tags/types';
import { readValue, scalePercent, valueOf } from '../values';
import type { ReadValue } from '../values';
import type { ComparatorCell, Observation, RecordSeries, RecordValue, RowSeries, SeriesNote } from './types';

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
    observations: [],
    notes,
  };
}

/**
 * Whether a percent row's plain numbers (no % format, not text) are all fractions: at least one, all within
 * 0-1, and one strictly between.
 */
function readAsFractions(
  reads: readonly ReadValue[],
  comparators: Iterable<{ readonly read: ReadValue }>,
): boolean {
  let plain = 0;
  let between = false;
  const look = (r: ReadValue): boolean => {
    if (r.kind !== 'number' || r.source !== 'number') return true;
    plain++;
    if (r.value < 0 || r.value > 1) return false;
    if (r.value > 0 && r.value < 1) between = true;
    return true;
  };
  for (const r of reads) if (!look(r)) return false;
  for (const c of comparators) if (!look(c.read)) return false;
  return plain > 0 && between;
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
  const reads: ReadValue[] = layout.periodColumns.map((p) => at(p.col));
  const comparatorReads = new Map<string, { col: ComparatorColumn; read: ReadValue }>();
  for (const kind of ['ytd', 'rolling12', 'target', 'england', 'statNeighbours', 'region'] as const) {
    const col = layout.comparators[kind];
    if (col) comparatorReads.set(kind, { col, read: at(col.col) });
  }

  // A percent measure's plain numbers all within 0-1 are fractions: read them as percentages.
  if (unit === 'percent' && readAsFractions(reads, comparatorReads.values())) {
    const scale = (r: ReadValue): ReadValue =>
      r.kind === 'number' && r.source === 'number'
        ? { kind: 'number', value: scalePercent(r.value), source: 'fractionAsPercent' }
        : r;
    for (let i = 0; i < reads.length; i++) reads[i] = scale(reads[i]);
    for (const c of comparatorReads.values()) c.read = scale(c.read);
    notes.push({
      code: 'fractionsAsPercent',
      message:
        `${quoteSheetName(grid.name)} row ${row} ('${label}'): the values are fractions between 0 and 1 with no ` +
        `percent format; they are read as percentages (0.125 as 12.5%).`,
      cell: cellRef(grid.name, row, layout.periodColumns[0]?.col ?? grid.left),
    });
  }

  const observations: Observation[] = layout.periodColumns.map((p, i) => ({
    period: p.period,
    header: p.header,
    cell: cellRef(grid.name, row, p.col),
    read: reads[i],
    value: valueOf(reads[i]),
  }));

  const comparator = (kind: string): { [k: string]: ComparatorCell } => {
    const c = comparatorReads.get(kind);
    if (!c) return {};
    return {
      [kind]: {
        cell: cellRef(grid.name, row, c.col.col),
        read: c.read,
        value: valueOf(c.read),
        header: c.col.header,
      },
    };
  };

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
    ...comparator('ytd'),
    ...comparator('rolling12'),
    ...comparator('target'),
    ...comparator('england'),
    ...comparator('statNeighbours'),
    ...comparator('region'),
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
  const records: RecordValue[] = [];
  if (!gone) {
    for (let r = first; r <= last; r++) {
      const v = cellAt(grid, r, col);
      if (v === '' || (typeof v === 'string' && v.trim() === '')) continue;
      const read = readValue(v, formatAt(grid, r, col), options.unit);
      records.push({ cell: cellRef(grid.name, r, col), read, value: valueOf(read) });
    }
  }
  return { kind: 'records', tag, state, label: tag.label, records, notes: [] };
}
