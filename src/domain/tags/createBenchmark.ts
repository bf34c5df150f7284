/**
 * Tagging benchmarks as officers download them, with the refusals that keep a wrong tag out:
 *  - a row of an area table with a comparator role (England, the neighbours' average, the region, a named
 *    comparator), or a block of rows as peers (one authority each);
 *  - a column of a long (tidy) table: its values, read against a column of periods, for the rows where every
 *    filter holds, and for peers one series per value of a `by` column.
 */
import { cellAt, columnLetter, gridBottom, gridRight, quoteSheetName, type SheetGrid } from '../grid';
import { aggregateKind } from '../layout/areas';
import {
  cellText,
  filterKey,
  findColumn,
  headerCells,
  identifierColumn,
  isFigureValue,
  longHeaderRow,
  longTableLastRow,
  periodText,
  rowPeriod,
} from '../layout/longTable';
import type { FoundColumn } from '../layout/longTable';
import { sheetReaderFor } from '../layout';
import { createRowTag, type CreateResult } from './create';
import { figureCount, isBlankRow } from './labels';
import type { ColumnTag, ComparatorRole, RowFilter, RowRole, RowTag, TagDetails } from './types';

/** Characters of filter values a tag keeps, well under Excel's 32,767 for the cell its details go in. */
const MAX_FILTER_TEXT = 30000;

/** The longest name an officer may give a comparator (it is shown in a summary cell). */
export const MAX_COMPARATOR_NAME = 80;

/** Why a comparator name does not go with a role; undefined when it does. */
export function nameProblem(role: RowRole | ComparatorRole, name: string | undefined): string | undefined {
  const n = name?.trim() ?? '';
  if (role === 'comparator' && n === '')
    return 'a named comparator needs a name (--name "All children in the county")';
  if (role !== 'comparator' && n !== '') return `a name goes with role comparator, not ${role}`;
  if (n.length > MAX_COMPARATOR_NAME) return `the name is longer than ${MAX_COMPARATOR_NAME} characters`;
  return undefined;
}

export interface CreateBenchmarkRowArgs {
  readonly grid: SheetGrid;
  readonly row: number;
  /** A block of peers: its last row. */
  readonly lastRow?: number;
  readonly measureId: string;
  readonly role: RowRole | ComparatorRole;
  readonly name?: string;
  readonly id: string;
  readonly created: string;
  readonly headerRow?: number;
}

/**
 * Tags a row (or, for peers, a block of rows) of an area table. The first row is refused as any tagged row
 * is (blank, a header, a title); a block must hold at least one authority's row of figures.
 */
export function createBenchmarkRowTag(args: CreateBenchmarkRowArgs): CreateResult<RowTag> {
  const { grid, row, role } = args;
  const where = `'${grid.name}'`;
  const badName = nameProblem(role, args.name);
  if (badName) return { error: `Cannot tag row ${row} of ${where}: ${badName}` };
  const last = args.lastRow ?? row;
  if (last !== row && role !== 'peers') {
    return {
      error: `Cannot tag rows ${row}-${last} of ${where} as ${role}: a block of rows is for peers only`,
    };
  }
  if (!Number.isInteger(last) || last < row || last > gridBottom(grid)) {
    return {
      error: `Cannot tag rows ${row}-${last} of ${where}: they are not a range of the sheet's data (rows ${grid.top}-${gridBottom(grid)})`,
    };
  }
  const reader = sheetReaderFor(grid);
  let peers = 0;
  let firstPeer: number | undefined;
  for (let r = row; r <= last && last > row; r++) {
    if (isBlankRow(grid, r) || figureCount(grid, r) === 0 || reader.isHeaderRow(r)) continue;
    if (aggregateKind(reader.labelOf(r)) !== undefined) continue;
    peers++;
    firstPeer ??= r;
  }
  if (last > row && peers === 0) {
    return {
      error: `Cannot tag rows ${row}-${last} of ${where} as peers: none of them is an authority's row of figures`,
    };
  }
  const made = createRowTag({
    grid,
    row,
    measureId: args.measureId,
    role,
    id: args.id,
    created: args.created,
    ...(args.headerRow !== undefined ? { headerRow: args.headerRow } : {}),
  });
  if ('error' in made) return made;
  const name = args.name?.trim();
  return {
    tag: {
      ...made.tag,
      ...(last > row ? { lastRow: last } : {}),
      ...(name ? { details: { name } } : {}),
    },
  };
}

/** A filter as an officer gives it: a column (header or letter) and the values to keep. */
export interface FilterRequest {
  readonly column: string;
  readonly values: readonly string[];
}

export interface CreateLongTableArgs {
  readonly grid: SheetGrid;
  /** The value column: 1-based, or its header ('percentage'), the first cell holding it from the top. */
  readonly column: number | string;
  readonly measureId: string;
  readonly role: RowRole | ComparatorRole;
  /** The column of periods: a header of the table or a letter. */
  readonly periodColumn: string;
  readonly where?: readonly FilterRequest[];
  /** Peers: each value of this column (header or letter) is one peer. */
  readonly by?: string;
  readonly firstRow?: number;
  readonly lastRow?: number;
  readonly name?: string;
  readonly id: string;
  readonly created: string;
}

/** Up to `n` of a column's distinct values in the rows, those most like `near` first, for a message. */
function someValues(
  grid: SheetGrid,
  col: number,
  first: number,
  last: number,
  near: string,
  n = 6,
): string[] {
  const seen = new Map<string, string>();
  for (let r = first; r <= last && seen.size < 500; r++) {
    const t = cellText(cellAt(grid, r, col));
    if (t !== '' && !seen.has(filterKey(t))) seen.set(filterKey(t), t);
  }
  const key = filterKey(near);
  const stem = key.slice(0, 3);
  return [...seen.values()]
    .sort((a, b) => {
      const ka = filterKey(a).startsWith(stem) ? 0 : 1;
      const kb = filterKey(b).startsWith(stem) ? 0 : 1;
      return ka - kb;
    })
    .slice(0, n);
}

const show = (c: FoundColumn) => `column ${columnLetter(c.col)}${c.header ? ` ('${c.header}')` : ''}`;

/**
 * Tags a column of a long table. Refuses (naming the sheet, column and rows): a column outside the data or
 * with no header; a period column, filter column or `by` column not found; `by` on a role other than peers;
 * a filter value no row holds; filters that together keep no row; a column of periods with no period in the
 * rows kept; no figure in them; a period given twice for one area (the filters do not tell breakdowns or
 * indicators apart: the message names the columns that do).
 */
export function createLongTableTag(args: CreateLongTableArgs): CreateResult<ColumnTag> {
  const { grid, role } = args;
  const sheet = quoteSheetName(grid.name);
  let col: number;
  if (typeof args.column === 'string') {
    const at = headerCell(grid, args.column);
    if (!at)
      return { error: `Cannot tag a column of ${sheet}: no cell of it holds the header '${args.column}'` };
    col = at;
  } else col = args.column;
  const letter = columnLetter(col);
  const refuse = (why: string): { error: string } => ({
    error: `Cannot tag column ${letter} of ${sheet}: ${why}`,
  });
  if (args.measureId.trim() === '') return { error: 'Choose a measure to tag the column to' };
  if (!Number.isInteger(col) || col < grid.left || col > gridRight(grid))
    return refuse("it is outside the sheet's data");
  const badName = nameProblem(role, args.name);
  if (badName) return refuse(badName);
  if (args.by !== undefined && role !== 'peers') {
    return refuse(`--by makes each of its values one peer: it goes with role peers, not ${role}`);
  }

  // The header: the nearest text above the first row, or (no rows given) the column's first text cell.
  let headerRow: number | undefined;
  if (args.firstRow !== undefined) headerRow = longHeaderRow(grid, col, args.firstRow);
  else {
    for (let r = grid.top; r <= gridBottom(grid) && headerRow === undefined; r++) {
      const v = cellAt(grid, r, col);
      if (typeof v === 'string' && v.trim() !== '' && !isFigureValue(v)) headerRow = r;
      else if (isFigureValue(v)) break;
    }
  }
  if (headerRow === undefined) return refuse('it has no header above its values');
  const firstRow = args.firstRow ?? headerRow + 1;
  const period = findColumn(grid, headerRow, args.periodColumn);
  if (typeof period === 'string') return refuse(`the column of periods: ${period}`);
  if (period.col === col) return refuse('the column of periods is the column tagged');
  const lastRow = args.lastRow ?? longTableLastRow(grid, firstRow, [col, period.col]);
  if (
    !Number.isInteger(firstRow) ||
    firstRow < grid.top ||
    lastRow < firstRow ||
    lastRow > gridBottom(grid)
  ) {
    return refuse(
      `rows ${firstRow}-${lastRow} are not rows of the table below its header (row ${headerRow})`,
    );
  }
  const rows = `rows ${firstRow}-${lastRow}`;

  const filters: { found: FoundColumn; values: string[]; keys: Set<string> }[] = [];
  for (const w of args.where ?? []) {
    const found = findColumn(grid, headerRow, w.column);
    if (typeof found === 'string') return refuse(`the filter on '${w.column}': ${found}`);
    const values = w.values.map((v) => v.trim());
    filters.push({ found, values, keys: new Set(values.map(filterKey)) });
  }
  let by: FoundColumn | undefined;
  if (args.by !== undefined) {
    const found = findColumn(grid, headerRow, args.by);
    if (typeof found === 'string') return refuse(`--by: ${found}`);
    by = found;
  }

  // Each value of each filter must be in the table: a misspelt area keeps nothing.
  for (const f of filters) {
    const present = new Set<string>();
    for (let r = firstRow; r <= lastRow; r++) present.add(filterKey(cellAt(grid, r, f.found.col)));
    for (const v of f.values) {
      if (present.has(filterKey(v))) continue;
      const like = someValues(grid, f.found.col, firstRow, lastRow, v);
      return refuse(
        `no row of ${show(f.found)} in ${rows} is '${v}'${like.length ? ` (it holds ${like.map((x) => `'${x}'`).join(', ')}...)` : ' (it is empty)'}`,
      );
    }
  }
  const kept: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    if (filters.every((f) => f.keys.has(filterKey(cellAt(grid, r, f.found.col))))) kept.push(r);
  }
  const said = filters
    .map((f) => `${f.found.header || columnLetter(f.found.col)} = ${f.values.join(' or ')}`)
    .join(' and ');
  if (kept.length === 0) return refuse(`no row in ${rows} has ${said}`);

  const idCol = identifierColumn(grid, headerRow);
  const groups = new Map<string, { name: string; byPeriod: Map<string, number> }>();
  let periods = 0;
  let figures = 0;
  for (const r of kept) {
    const p = rowPeriod(grid, r, period.col, idCol);
    if (isFigureValue(cellAt(grid, r, col))) figures++;
    if (!p) continue;
    periods++;
    const key = by ? filterKey(cellAt(grid, r, by.col)) : '';
    if (by && key === '') continue;
    let g = groups.get(key);
    if (!g) {
      g = { name: by ? cellText(cellAt(grid, r, by.col)) : '', byPeriod: new Map() };
      groups.set(key, g);
    }
    const before = g.byPeriod.get(p.key);
    if (before !== undefined) {
      const differ = differingColumns(grid, headerRow, before, r, [col, period.col]);
      const hint = differ.length
        ? `; they differ in ${differ.join(', ')}: filter on it for the one wanted`
        : '; they are the same row twice';
      return refuse(
        `rows ${before} and ${r} both give ${p.label}${g.name ? ` for ${g.name}` : ''}${said ? ` with ${said}` : ''}${hint}`,
      );
    }
    g.byPeriod.set(p.key, r);
  }
  if (periods === 0) {
    const sample = periodText(grid, kept[0], period.col, idCol);
    return refuse(
      `${show(period)} holds no periods the add-in reads in the rows kept (e.g. '${sample}' in row ${kept[0]})`,
    );
  }
  if (figures === 0) return refuse(`it holds no figures in the rows kept (${kept.length} of ${rows})`);

  const ref = (c: FoundColumn) => ({ column: columnLetter(c.col), header: c.header });
  // The details are kept in one cell of the tag sheet: Excel holds at most 32,767 characters in a cell.
  const size = filters.reduce((n, f) => n + f.values.reduce((m, v) => m + v.length + 3, 0), 0);
  if (size > MAX_FILTER_TEXT) {
    return refuse(
      `the filters list too many values to keep with the tag (${size.toLocaleString('en-GB')} characters); keep the areas with a filter on their level or region and --by instead of naming each`,
    );
  }
  const where: RowFilter[] = filters.map((f) => ({ ...ref(f.found), values: f.values }));
  const name = args.name?.trim();
  const details: TagDetails = {
    ...(name ? { name } : {}),
    periodColumn: ref(period),
    ...(where.length ? { where } : {}),
    ...(by ? { by: ref(by) } : {}),
  };
  return {
    tag: {
      id: args.id,
      kind: 'column',
      measureId: args.measureId.trim(),
      role,
      sheet: grid.name,
      column: col,
      firstRow,
      lastRow,
      label: cellText(cellAt(grid, headerRow, col)),
      created: args.created,
      details,
    },
  };
}

/** The column of the first cell (from the top, left to right) that holds `header`, ignoring case. */
function headerCell(grid: SheetGrid, header: string): number | undefined {
  const want = filterKey(header);
  for (let r = 0; r < grid.values.length; r++) {
    const line = grid.values[r];
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (typeof v === 'string' && filterKey(v) === want) return grid.left + c;
    }
  }
  return undefined;
}

/** The header cells (as "column C ('characteristic': 'Total' / 'Male')") where two rows differ. */
function differingColumns(
  grid: SheetGrid,
  headerRow: number,
  a: number,
  b: number,
  skip: readonly number[],
): string[] {
  const out: string[] = [];
  for (const [c, h] of headerCells(grid, headerRow)) {
    if (skip.includes(c)) continue;
    const va = cellText(cellAt(grid, a, c));
    const vb = cellText(cellAt(grid, b, c));
    // Other value columns (number beside percentage) differ too, but do not tell the rows apart.
    if (isFigureValue(cellAt(grid, a, c)) && isFigureValue(cellAt(grid, b, c))) continue;
    if (filterKey(va) !== filterKey(vb)) out.push(`column ${columnLetter(c)} ('${h}': '${va}' / '${vb}')`);
  }
  return out.slice(0, 3);
}
