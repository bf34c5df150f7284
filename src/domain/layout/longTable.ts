/**
 * Long (tidy) tables: one row per area x period (x breakdown), as the DfE's Explore Education Statistics,
 * Fingertips, LG Inform and data-lab files are laid out:
 *
 *   time_period | time_identifier | geographic_level | region_name | la_name  | characteristic | percentage
 *   202324      | Financial year  | National         |             |          | Total          | 66
 *   202324      | Financial year  | Local authority  | North East  | Anyshire | Total          | 71
 *
 * A tag is a value column, the column of periods, and filters on other columns ("rows where la_name =
 * Anyshire"). Columns are named by their header (as these files name them) or by letter, and found again by
 * their header if they move.
 */
import { cellAt, columnLetter, columnNumber, formatAt, gridBottom, gridRight } from '../grid';
import type { CellValue, SheetGrid } from '../grid';
import type { ColumnRef, RowFilter } from '../tags/types';
import { parseTimePeriod } from '../periods/timePeriod';
import type { Period } from '../periods/types';
import { isErrorValue, isMissingMarker, parseNumericText } from '../values/read';

const isBlank = (v: CellValue): boolean => v === '' || (typeof v === 'string' && v.trim() === '');

/** A cell as a filter compares it: text, trimmed, spaces collapsed, ignoring case; numbers as written. */
export function filterKey(v: CellValue | string): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return v
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A cell's text as shown: '' for blank. */
export function cellText(v: CellValue): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : v ? 'TRUE' : 'FALSE';
}

/**
 * Markers of statistics files beside those every sheet uses: 'low' (rounds to 0) and 'u' (low reliability).
 * Read as suppressed in a long table's values.
 */
export const STATISTICS_MARKERS: ReadonlySet<string> = new Set(['low', 'u']);

/** A cell that is (or stands for) a figure: a number, numeric text, a suppression marker or an error. */
export function isFigureValue(v: CellValue): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  const t = v.trim();
  if (t === '') return false;
  return (
    parseNumericText(t) !== null ||
    isMissingMarker(t) ||
    isErrorValue(t) ||
    STATISTICS_MARKERS.has(t.toLowerCase())
  );
}

/** The header row of a long table's column: the nearest text above `firstRow` that is not a figure. */
export function longHeaderRow(grid: SheetGrid, column: number, firstRow: number): number | undefined {
  for (let r = Math.min(firstRow - 1, gridBottom(grid)); r >= grid.top; r--) {
    const v = cellAt(grid, r, column);
    if (typeof v === 'string' && v.trim() !== '' && !isFigureValue(v)) return r;
  }
  return undefined;
}

/** The text of each header cell of a row, by column. */
export function headerCells(grid: SheetGrid, headerRow: number): Map<number, string> {
  const out = new Map<number, string>();
  for (let c = grid.left; c <= gridRight(grid); c++) {
    const v = cellAt(grid, headerRow, c);
    if (!isBlank(v)) out.set(c, cellText(v));
  }
  return out;
}

export interface FoundColumn {
  readonly col: number;
  readonly header: string;
}

/**
 * A column named as an officer names it: a header of the table ('la_name', 'Time period', ignoring case)
 * first, else a column letter ('I'). A reason when neither.
 */
export function findColumn(grid: SheetGrid, headerRow: number, spec: string): FoundColumn | string {
  const want = filterKey(spec);
  if (want === '') return 'a column is not named';
  const headers = headerCells(grid, headerRow);
  const matches = [...headers].filter(([, h]) => filterKey(h) === want);
  if (matches.length === 1) return { col: matches[0][0], header: matches[0][1] };
  if (matches.length > 1) {
    return `more than one column of row ${headerRow} is headed '${spec}' (${matches
      .map(([c]) => columnLetter(c))
      .join(', ')}); name it by its letter`;
  }
  if (/^[A-Za-z]{1,3}$/.test(spec.trim())) {
    const col = columnNumber(spec);
    if (col >= grid.left && col <= gridRight(grid)) return { col, header: headers.get(col) ?? '' };
    return `column ${spec.trim().toUpperCase()} is outside the sheet's data`;
  }
  const known = [...headers.values()].slice(0, 12).join(', ');
  return `no column of row ${headerRow} is headed '${spec}'${known ? ` (the headers are ${known})` : ''}`;
}

/**
 * Where a tagged column is now: its letter when the header there is still the one recorded (or none was
 * recorded); else the one column of the header row with that header; undefined when it cannot be found.
 */
export function resolveColumnRef(grid: SheetGrid, headerRow: number, ref: ColumnRef): number | undefined {
  const col = columnNumber(ref.column);
  const header = filterKey(ref.header ?? '');
  if (header === '') return Number.isFinite(col) ? col : undefined;
  if (Number.isFinite(col) && filterKey(cellAt(grid, headerRow, col)) === header) return col;
  const matches = [...headerCells(grid, headerRow)].filter(([, h]) => filterKey(h) === header);
  return matches.length === 1 ? matches[0][0] : undefined;
}

/** The column of time identifiers beside a column of periods ('time_identifier'), when the table has one. */
export function identifierColumn(grid: SheetGrid, headerRow: number): number | undefined {
  for (const [c, h] of headerCells(grid, headerRow)) {
    if (/^time[\s_]*identifier$/i.test(h.trim())) return c;
  }
  return undefined;
}

/** A filter with its column found: the rows kept are those whose cell is one of `keys`. */
export interface ResolvedFilter {
  readonly col: number;
  readonly header: string;
  readonly keys: ReadonlySet<string>;
}

export function resolveFilters(
  grid: SheetGrid,
  headerRow: number,
  filters: readonly RowFilter[],
): { readonly filters: ResolvedFilter[]; readonly missing: RowFilter[] } {
  const out: ResolvedFilter[] = [];
  const missing: RowFilter[] = [];
  for (const f of filters) {
    const col = resolveColumnRef(grid, headerRow, f);
    if (col === undefined) missing.push(f);
    else out.push({ col, header: f.header ?? '', keys: new Set(f.values.map(filterKey)) });
  }
  return { filters: out, missing };
}

export function rowPasses(grid: SheetGrid, row: number, filters: readonly ResolvedFilter[]): boolean {
  for (const f of filters) if (!f.keys.has(filterKey(cellAt(grid, row, f.col)))) return false;
  return true;
}

/** The period of a row of a long table (null when its cell is not a period). */
export function rowPeriod(
  grid: SheetGrid,
  row: number,
  periodCol: number,
  identifierCol: number | undefined,
): Period | null {
  const id = identifierCol !== undefined ? cellText(cellAt(grid, row, identifierCol)) : undefined;
  return parseTimePeriod(cellAt(grid, row, periodCol), formatAt(grid, row, periodCol), id);
}

/** The period cell's text as the row shows it, with its identifier: '202324 Financial year'. */
export function periodText(
  grid: SheetGrid,
  row: number,
  periodCol: number,
  identifierCol: number | undefined,
): string {
  const p = cellText(cellAt(grid, row, periodCol));
  const id = identifierCol !== undefined ? cellText(cellAt(grid, row, identifierCol)) : '';
  return id ? `${p} ${id}` : p;
}

/** The last row of a long table from `firstRow`: the last row with a value or a period. */
export function longTableLastRow(grid: SheetGrid, firstRow: number, cols: readonly number[]): number {
  for (let r = gridBottom(grid); r >= firstRow; r--) {
    if (cols.some((c) => !isBlank(cellAt(grid, r, c)))) return r;
  }
  return firstRow - 1;
}
