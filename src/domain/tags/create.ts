/**
 * Making tags: ids, and row / column tags with the refusals an officer needs (outside the used range,
 * a blank row, a header row).
 */
import { cellAt, columnLetter, columnNumber, gridBottom, gridRight, type SheetGrid } from '../grid';
import { figureCount, isBlankRow, isFigureCell, isHeaderRow, rowLabel } from './labels';
import { findPeriodColumn } from '../layout/periodColumn';
import type { ColumnTag, ComparatorRole, RowRole, RowTag, TagRole } from './types';

/** A new id like 't-5f3a9c', not in `existing`. `random` returns [0, 1) (Math.random by default). */
export function newTagId(existing: ReadonlySet<string>, random: () => number = Math.random): string {
  for (let digits = 6; ; digits++) {
    for (let attempt = 0; attempt < 50; attempt++) {
      let hex = '';
      for (let i = 0; i < digits; i++) {
        const r = random();
        const d = Math.min(15, Math.max(0, Math.floor((Number.isFinite(r) ? r : 0) * 16)));
        hex += d.toString(16);
      }
      const id = `t-${hex}`;
      if (!existing.has(id)) return id;
    }
    if (digits > 16) {
      // `random` is not random: count up instead.
      for (let n = existing.size; ; n++) {
        const id = `t-${n.toString(16).padStart(6, '0')}`;
        if (!existing.has(id)) return id;
      }
    }
  }
}

export type CreateResult<T> = { readonly tag: T } | { readonly error: string };

export interface CreateRowTagOptions {
  readonly measureId: string;
  readonly role?: RowRole | ComparatorRole;
  /** Ids already used in the workbook. */
  readonly existingIds: ReadonlySet<string>;
  /** The header row found (or chosen) for the row, if known. */
  readonly headerRow?: number;
  /** Timestamp of tagging (default: now). */
  readonly now?: Date | string;
  readonly random?: () => number;
  /** Decides header rows (default {@link isHeaderRow}: mostly period headings). */
  readonly isHeaderRow?: (grid: SheetGrid, row: number) => boolean;
}

function iso(now: Date | string | undefined): string {
  if (typeof now === 'string') return now;
  return (now ?? new Date()).toISOString();
}

/** The single-object form of createRowTag: an explicit id and timestamp instead of existing ids. */
export interface CreateRowTagArgs {
  readonly grid: SheetGrid;
  readonly row: number;
  readonly measureId: string;
  readonly role?: RowRole | ComparatorRole;
  /** Use this id (the caller guarantees it is unique); default: a new id not in existingIds. */
  readonly id?: string;
  readonly existingIds?: ReadonlySet<string>;
  readonly headerRow?: number;
  /** ISO timestamp of tagging (default: now). */
  readonly created?: string;
  readonly isHeaderRow?: (grid: SheetGrid, row: number) => boolean;
}

/**
 * Tags a row of a sheet to a measure. Refuses a row outside the used range, a blank row (no label and
 * no figures) and a header row, with a message naming the sheet and the row.
 * Call as createRowTag(grid, row, options) or createRowTag({ grid, row, measureId, id?, created?, ... }).
 */
export function createRowTag(args: CreateRowTagArgs): CreateResult<RowTag>;
export function createRowTag(
  grid: SheetGrid,
  row: number,
  options: CreateRowTagOptions,
): CreateResult<RowTag>;
export function createRowTag(
  a: SheetGrid | CreateRowTagArgs,
  b?: number,
  c?: CreateRowTagOptions,
): CreateResult<RowTag> {
  if (isRowArgs(a)) {
    const { grid, row, id, created, ...rest } = a;
    const result = createRowTagImpl(grid, row, {
      ...rest,
      existingIds: a.existingIds ?? new Set(),
      ...(created !== undefined ? { now: created } : {}),
    });
    return id !== undefined && 'tag' in result ? { tag: { ...result.tag, id } } : result;
  }
  return createRowTagImpl(a, b as number, c as CreateRowTagOptions);
}

function isRowArgs(a: SheetGrid | CreateRowTagArgs): a is CreateRowTagArgs {
  return 'grid' in a && !('values' in a);
}

function createRowTagImpl(grid: SheetGrid, row: number, options: CreateRowTagOptions): CreateResult<RowTag> {
  const where = `row ${row} of '${grid.name}'`;
  if (options.measureId.trim() === '') return { error: 'Choose a measure to tag the row to' };
  if (!Number.isInteger(row) || row < grid.top || row > gridBottom(grid)) {
    return {
      error: `Cannot tag ${where}: it is outside the sheet's data (rows ${grid.top}-${gridBottom(grid)})`,
    };
  }
  const label = rowLabel(grid, row);
  if (isBlankRow(grid, row) || (label === '' && figureCount(grid, row) === 0)) {
    return { error: `Cannot tag ${where}: the row is blank (no label and no figures)` };
  }
  const headerTest = options.isHeaderRow ?? isHeaderRow;
  if (headerTest(grid, row)) {
    return { error: `Cannot tag ${where}: it is a header row (period headings), not a row of figures` };
  }
  if (figureCount(grid, row) === 0) {
    return {
      error: `Cannot tag ${where}: '${label}' has no figures beside it; it looks like a title or section heading`,
    };
  }
  const tag: RowTag = {
    id: newTagId(options.existingIds, options.random),
    kind: 'row',
    measureId: options.measureId.trim(),
    role: options.role ?? 'value',
    sheet: grid.name,
    row,
    label,
    created: iso(options.now),
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
  };
  return { tag };
}

export interface CreateColumnTagOptions {
  readonly measureId: string;
  /**
   * 'records' (default): child-level records. 'value', 'numerator' or 'denominator': a series with periods
   * down the rows, read against the nearest column of periods to its left (refused when there is none).
   */
  readonly role?: TagRole;
  readonly existingIds: ReadonlySet<string>;
  /** First record row; default: the row after the column's first text cell (its header). */
  readonly firstRow?: number;
  /** Last record row; default: the last row of the column with a figure. */
  readonly lastRow?: number;
  readonly now?: Date | string;
  readonly random?: () => number;
}

/** The single-object form of createColumnTag. */
export interface CreateColumnTagArgs {
  readonly grid: SheetGrid;
  readonly column: number | string;
  readonly measureId: string;
  readonly role?: TagRole;
  readonly firstRow?: number;
  readonly lastRow?: number;
  readonly id?: string;
  readonly existingIds?: ReadonlySet<string>;
  readonly created?: string;
}

/**
 * Tags a column of child-level (or worker-level) records, or (with a role other than 'records') a column
 * of a sheet laid out periods down the rows. `column` is a number or a letter ('D').
 * The label is the column's header: the nearest text cell above the first record.
 * Call as createColumnTag(grid, column, options) or createColumnTag({ grid, column, measureId, ... }).
 */
export function createColumnTag(args: CreateColumnTagArgs): CreateResult<ColumnTag>;
export function createColumnTag(
  grid: SheetGrid,
  column: number | string,
  options: CreateColumnTagOptions,
): CreateResult<ColumnTag>;
export function createColumnTag(
  a: SheetGrid | CreateColumnTagArgs,
  b?: number | string,
  c?: CreateColumnTagOptions,
): CreateResult<ColumnTag> {
  if ('grid' in a && !('values' in a)) {
    const { grid, column, id, created, firstRow, lastRow, ...rest } = a;
    const result = createColumnTagImpl(grid, column, {
      ...rest,
      existingIds: a.existingIds ?? new Set(),
      ...(firstRow !== undefined ? { firstRow } : {}),
      ...(lastRow !== undefined ? { lastRow } : {}),
      ...(created !== undefined ? { now: created } : {}),
    });
    return id !== undefined && 'tag' in result ? { tag: { ...result.tag, id } } : result;
  }
  return createColumnTagImpl(a as SheetGrid, b as number | string, c as CreateColumnTagOptions);
}

function createColumnTagImpl(
  grid: SheetGrid,
  column: number | string,
  options: CreateColumnTagOptions,
): CreateResult<ColumnTag> {
  const col = typeof column === 'number' ? column : columnNumber(column);
  const shown = Number.isInteger(col) && col > 0 ? columnLetter(col) : String(column);
  const where = `column ${shown} of '${grid.name}'`;
  if (options.measureId.trim() === '') return { error: 'Choose a measure to tag the column to' };
  if (!Number.isInteger(col) || col < grid.left || col > gridRight(grid)) {
    return { error: `Cannot tag ${where}: it is outside the sheet's data` };
  }
  const bottom = gridBottom(grid);
  let headerRowFound: number | undefined;
  for (let r = grid.top; r <= bottom; r++) {
    const v = cellAt(grid, r, col);
    if (typeof v === 'string' && v.trim() !== '' && !isFigureCell(v)) {
      headerRowFound = r;
      break;
    }
    if (isFigureCell(v)) break;
  }
  const firstRow = options.firstRow ?? (headerRowFound !== undefined ? headerRowFound + 1 : grid.top);
  let lastRow = options.lastRow;
  if (lastRow === undefined) {
    for (let r = bottom; r >= firstRow; r--) {
      if (isFigureCell(cellAt(grid, r, col))) {
        lastRow = r;
        break;
      }
    }
  }
  if (!Number.isInteger(firstRow) || firstRow < grid.top || firstRow > bottom) {
    return { error: `Cannot tag ${where}: the first record row ${firstRow} is outside the sheet's data` };
  }
  if (lastRow === undefined) return { error: `Cannot tag ${where}: it has no figures below its header` };
  if (!Number.isInteger(lastRow) || lastRow < firstRow || lastRow > bottom) {
    return { error: `Cannot tag ${where}: rows ${firstRow}-${lastRow} are not a range of the sheet's data` };
  }
  let figures = 0;
  for (let r = firstRow; r <= lastRow; r++) if (isFigureCell(cellAt(grid, r, col))) figures++;
  if (figures === 0) return { error: `Cannot tag ${where}: rows ${firstRow}-${lastRow} hold no figures` };
  const role = options.role ?? 'records';
  if (role !== 'records' && findPeriodColumn(grid, col, firstRow, lastRow) === undefined) {
    return {
      error:
        `Cannot tag ${where} as a series: no column of periods found left of column ${shown} of ` +
        `'${grid.name}' in rows ${firstRow}-${lastRow}`,
    };
  }
  let label = '';
  for (let r = firstRow - 1; r >= grid.top; r--) {
    const v = cellAt(grid, r, col);
    if (typeof v === 'string' && v.trim() !== '') {
      label = v.trim();
      break;
    }
  }
  const tag: ColumnTag = {
    id: newTagId(options.existingIds, options.random),
    kind: 'column',
    measureId: options.measureId.trim(),
    role,
    sheet: grid.name,
    column: col,
    firstRow,
    lastRow,
    label,
    created: iso(options.now),
  };
  return { tag };
}
