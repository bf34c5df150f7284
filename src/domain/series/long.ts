/**
 * Long (tidy) tables -> series: the rows a tag's filters keep, each a period (from the column of periods and
 * its time identifier) and a value (from the tag's column), grouped into one series per area when the tag
 * says `by` (peers). See layout/longTable.ts for the shape.
 */
import { cellAt, cellRef, columnLetter, formatAt, quoteSheetName } from '../grid';
import type { SheetGrid } from '../grid';
import type { Unit } from '../framework/types';
import {
  cellText,
  filterKey,
  identifierColumn,
  longHeaderRow,
  periodText,
  resolveColumnRef,
  resolveFilters,
  rowPasses,
  rowPeriod,
  STATISTICS_MARKERS,
} from '../layout/longTable';
import { comparePeriods } from '../periods';
import type { Period } from '../periods';
import type { LongTableTag, TagState } from '../tags/types';
import { readValue } from '../values';
import type { ReadValue } from '../values';
import { fractionsAsPercent } from './read';
import { firstOfEachPeriod } from './onePerPeriod';
import { ObservationList, ReadingsBuilder } from './readings';
import type { RowSeries, SeriesNote } from './types';

/** A value of a long table: the statistics files' own markers ('low', 'u') are suppressed, as c, z, x are. */
function readLongValue(v: Parameters<typeof readValue>[0], format: string, unit?: Unit): ReadValue {
  const read = readValue(v, format, unit);
  if (read.kind === 'missing' && read.reason === 'text' && STATISTICS_MARKERS.has(read.raw.toLowerCase())) {
    return { kind: 'missing', reason: 'suppressed', raw: read.raw };
  }
  return read;
}

export interface ReadLongOptions {
  readonly unit?: Unit;
  /** Where the tag's column and rows are now (after relocation). */
  readonly column?: number;
  readonly firstRow?: number;
  readonly lastRow?: number;
  /** Values of the `by` column to leave out (areas tagged to the measure with another role), as filterKey. */
  readonly exclude?: ReadonlySet<string>;
}

/** One area's series of a long table. */
export interface LongGroup {
  /** The `by` column's value as written (the area), '' without `by`. */
  readonly name: string;
  readonly observations: ObservationList;
}

export interface LongRead {
  /** The value column's header. */
  readonly label: string;
  readonly headerRow: number;
  readonly column: number;
  readonly groups: readonly LongGroup[];
  readonly notes: readonly SeriesNote[];
}

interface Found {
  readonly row: number;
  readonly period: Period;
  readonly header: string;
  readonly read: ReadValue;
}

/** Reads a long-table tag: its kept rows, one group per area (one group without `by`). Never throws. */
export function readLongTable(tag: LongTableTag, grid: SheetGrid, options: ReadLongOptions = {}): LongRead {
  const col = options.column ?? tag.column;
  const first = options.firstRow ?? tag.firstRow;
  const last = options.lastRow ?? tag.lastRow;
  const sheet = quoteSheetName(grid.name);
  const letter = columnLetter(col);
  const headerRow = longHeaderRow(grid, col, first) ?? Math.max(1, first - 1);
  const label = cellText(cellAt(grid, headerRow, col)) || tag.label;
  const base = { label, headerRow, column: col };
  const where = `${sheet} column ${letter} ('${label}')`;
  const notFound = (what: string, ref: { column: string; header?: string }): LongRead => ({
    ...base,
    groups: [],
    notes: [
      {
        code: 'noHeader',
        message: `${where}: the ${what} headed '${ref.header ?? ''}' (column ${ref.column} when tagged) is not in row ${headerRow} any more, so the rows cannot be read.`,
        cell: cellRef(grid.name, headerRow, col),
      },
    ],
  });

  const periodCol = resolveColumnRef(grid, headerRow, tag.details.periodColumn);
  if (periodCol === undefined) return notFound('column of periods', tag.details.periodColumn);
  const { filters, missing } = resolveFilters(grid, headerRow, tag.details.where ?? []);
  if (missing.length > 0) return notFound('filter column', missing[0]);
  const byCol = tag.details.by ? resolveColumnRef(grid, headerRow, tag.details.by) : undefined;
  if (tag.details.by && byCol === undefined) return notFound("'by' column", tag.details.by);
  const idCol = identifierColumn(grid, headerRow);

  const notes: SeriesNote[] = [];
  const byGroup = new Map<string, { name: string; found: Found[] }>();
  const unreadable: number[] = [];
  for (let r = first; r <= last; r++) {
    if (!rowPasses(grid, r, filters)) continue;
    let key = '';
    let name = '';
    if (byCol !== undefined) {
      const v = cellAt(grid, r, byCol);
      key = filterKey(v);
      if (key === '' || options.exclude?.has(key)) continue;
      name = cellText(v);
    }
    const v = cellAt(grid, r, col);
    const period = rowPeriod(grid, r, periodCol, idCol);
    if (!period) {
      if (cellText(v) !== '' || cellText(cellAt(grid, r, periodCol)) !== '') unreadable.push(r);
      continue;
    }
    let group = byGroup.get(key);
    if (!group) {
      group = { name, found: [] };
      byGroup.set(key, group);
    }
    group.found.push({
      row: r,
      period,
      header: periodText(grid, r, periodCol, idCol),
      read: readLongValue(v, formatAt(grid, r, col), options.unit),
    });
  }
  if (unreadable.length > 0) {
    const cell = cellRef(grid.name, unreadable[0], periodCol);
    notes.push({
      code: 'unreadablePeriod',
      message:
        `${where}: ${unreadable.length === 1 ? 'a row has' : `${unreadable.length} rows have`} a period the add-in does not ` +
        `recognise in column ${columnLetter(periodCol)} ('${periodText(grid, unreadable[0], periodCol, idCol)}' at ${cell.address}); ` +
        `${unreadable.length === 1 ? 'it is' : 'they are'} not read.`,
      cell,
    });
  }

  const groups: LongGroup[] = [];
  for (const g of byGroup.values()) {
    const kept = keepOnePerPeriod(g.found, grid, periodCol, where, g.name, notes);
    const cells = new ReadingsBuilder(grid.name, kept.length);
    for (const k of kept) cells.push(k.row, col, k.read);
    const fractions = fractionsAsPercent(options.unit, cells, [], () => ({
      text: g.name ? `${where}, ${g.name}` : where,
      cell: cellRef(grid.name, kept[0]?.row ?? first, col),
    }));
    if (fractions) notes.push(fractions);
    groups.push({
      name: g.name,
      observations: new ObservationList(
        cells.columns(),
        kept.map((k) => k.period),
        kept.map((k) => k.header),
      ),
    });
  }
  return { ...base, groups, notes };
}

/**
 * One row per period, in period order, of the kind most rows have. A period given twice means the filters
 * let through rows of another breakdown or indicator: the first row is read and a note names both.
 */
function keepOnePerPeriod(
  found: readonly Found[],
  grid: SheetGrid,
  periodCol: number,
  where: string,
  area: string,
  notes: SeriesNote[],
): Found[] {
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.period.kind, (counts.get(f.period.kind) ?? 0) + 1);
  const kind = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const kept = firstOfEachPeriod(
    found.filter((f) => f.period.kind === kind),
    (f, firstSeen) =>
      notes.push({
        code: 'duplicatePeriod',
        message:
          `${where}${area ? `, ${area}` : ''}: rows ${firstSeen.row} and ${f.row} both give ${f.period.label}; the first is read. ` +
          `Add a filter on the column that tells them apart (an indicator or breakdown).`,
        cell: cellRef(grid.name, f.row, periodCol),
      }),
  );
  return kept.sort((a, b) => comparePeriods(a.period, b.period));
}

/** A long-table tag of the measure's own figures (value, numerator, denominator) as a row series. */
export function readLongSeries(
  tag: LongTableTag,
  grid: SheetGrid,
  state: TagState,
  options: ReadLongOptions = {},
): RowSeries {
  const read = readLongTable(tag, grid, options);
  return {
    kind: 'row',
    tag,
    state,
    row: read.headerRow,
    label: read.label,
    headerRow: read.headerRow,
    labelColumn: read.column,
    observations: read.groups[0]?.observations ?? ObservationList.empty,
    notes: read.notes,
  };
}
