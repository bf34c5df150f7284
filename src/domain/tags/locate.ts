/**
 * Finding a tag's row (or column) again after the officer has inserted, deleted or sorted rows.
 *
 * Rules for a row tag (labels compared with {@link normaliseLabel}):
 *  - no grid (the sheet is missing or was renamed)            -> sheetGone
 *  - the label is (also) at the tagged row                     -> ok
 *  - the label is found exactly once elsewhere                 -> moved (row, from)
 *  - the label is found more than once, none at the tagged row -> ambiguous (never silently re-pointed)
 *  - not found, but the tagged row still has a label           -> labelChanged (with the new label)
 *  - otherwise                                                 -> rowGone
 *
 * Column tags look for their header text in the sheet's cells: same column -> ok (or moved up/down when
 * the header is now on another row); one match in another column -> moved (with column/fromColumn);
 * several -> ambiguous; none -> labelChanged when the header cell above the first record has other text,
 * else rowGone.
 *
 * Table tags are found by their header (see src/domain/tables/locate.ts).
 */
import { cellAt, type SheetGrid } from '../grid';
import { normaliseLabel, rowLabelCell } from './labels';
import type { ColumnTag, RowTag, Tag, TagState } from './types';
import { placeTable } from '../tables/locate';

export interface LabelIndex {
  readonly grid: SheetGrid;
  /** Normalised row label -> sheet rows having it, ascending (built on first use, for row tags). */
  rowsByLabel(): ReadonlyMap<string, readonly number[]>;
  /** A row's label as rowLabel gives it ('' when none), from the same pass as rowsByLabel. */
  labelAt(row: number): string;
  /** Normalised text of any text cell -> cells having it (built on first use, for column tags). */
  cellsByText(): ReadonlyMap<string, readonly { row: number; col: number }[]>;
}

const cache = new WeakMap<SheetGrid, LabelIndex>();

/** Index of a sheet's row labels, built once per grid (memoised per grid object). */
export function createLabelIndex(grid: SheetGrid): LabelIndex {
  const hit = cache.get(grid);
  if (hit) return hit;
  // Both maps are built when first asked for: a sheet of child-level records (tens of thousands of rows)
  // has column tags only and never needs its row labels.
  let labels: Map<string, number[]> | undefined;
  const texts: string[] = [];
  let cells: Map<string, { row: number; col: number }[]> | undefined;
  const index: LabelIndex = {
    grid,
    rowsByLabel() {
      if (!labels) {
        labels = new Map();
        for (let r = 0; r < grid.values.length; r++) {
          if (grid.values[r].length === 0) continue; // rows with no value (most of a sheet with a far value)
          const row = grid.top + r;
          const cell = rowLabelCell(grid, row);
          texts[r] = cell?.text ?? '';
          if (!cell) continue;
          const key = normaliseLabel(cell.text);
          const list = labels.get(key);
          if (list) list.push(row);
          else labels.set(key, [row]);
        }
      }
      return labels;
    },
    labelAt(row) {
      if (row < grid.top || row >= grid.top + grid.values.length) return '';
      index.rowsByLabel();
      return texts[row - grid.top] ?? '';
    },
    cellsByText() {
      if (!cells) {
        cells = new Map();
        for (let r = 0; r < grid.values.length; r++) {
          const line = grid.values[r];
          for (let c = 0; c < line.length; c++) {
            const v = line[c];
            if (typeof v !== 'string' || v.trim() === '') continue;
            const key = normaliseLabel(v);
            const at = { row: grid.top + r, col: grid.left + c };
            const list = cells.get(key);
            if (list) list.push(at);
            else cells.set(key, [at]);
          }
        }
      }
      return cells;
    },
  };
  cache.set(grid, index);
  return index;
}

function locateRowTag(tag: RowTag, index: LabelIndex): TagState {
  const key = normaliseLabel(tag.label);
  const current = index.labelAt(tag.row);
  if (key === '') {
    // Tagged without a label: all we can do is trust the row.
    if (current === '') return { status: 'ok', row: tag.row };
    return { status: 'labelChanged', row: tag.row, label: current };
  }
  const rows = index.rowsByLabel().get(key) ?? [];
  if (rows.includes(tag.row)) return { status: 'ok', row: tag.row };
  if (rows.length === 1) return { status: 'moved', row: rows[0], from: tag.row };
  if (rows.length > 1) return { status: 'ambiguous', rows: [...rows] };
  if (current !== '') return { status: 'labelChanged', row: tag.row, label: current };
  return {
    status: 'rowGone',
    message: `The row labelled '${tag.label}' (row ${tag.row} of '${tag.sheet}') is no longer in the sheet`,
  };
}

function locateColumnTag(tag: ColumnTag, index: LabelIndex): TagState {
  const grid = index.grid;
  const key = normaliseLabel(tag.label);
  const headerRow = tag.firstRow - 1;
  if (key === '') return { status: 'ok', row: tag.firstRow };
  const hits = (index.cellsByText().get(key) ?? []).filter((h) => h.row < gridBottomRow(grid));
  if (normaliseLabel(headerAbove(grid, tag.column, tag.firstRow)) === key)
    return { status: 'ok', row: tag.firstRow };
  const sameColumn = hits.filter((h) => h.col === tag.column);
  if (sameColumn.length === 1) {
    return { status: 'moved', row: sameColumn[0].row + 1, from: tag.firstRow };
  }
  if (hits.length === 1) {
    const h = hits[0];
    return { status: 'moved', row: h.row + 1, from: tag.firstRow, column: h.col, fromColumn: tag.column };
  }
  if (hits.length > 1) return { status: 'ambiguous', rows: [...new Set(hits.map((h) => h.row + 1))] };
  const now = headerRow >= 1 ? cellAt(grid, headerRow, tag.column) : '';
  if (typeof now === 'string' && now.trim() !== '') {
    return { status: 'labelChanged', row: tag.firstRow, label: now.trim() };
  }
  return {
    status: 'rowGone',
    message: `The column headed '${tag.label}' (column ${tag.column} of '${tag.sheet}') is no longer in the sheet`,
  };
}

/** The nearest text cell above `firstRow` in a column (the column's header), '' when none. */
function headerAbove(grid: SheetGrid, col: number, firstRow: number): string {
  for (let r = Math.min(firstRow - 1, gridBottomRow(grid)); r >= grid.top; r--) {
    const v = cellAt(grid, r, col);
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (v !== '') return '';
  }
  return '';
}

function gridBottomRow(grid: SheetGrid): number {
  return grid.top + grid.values.length - 1;
}

/**
 * Where a tag stands against its sheet as it is now. Pass `undefined` when the sheet is missing.
 * Uses a label index memoised per grid, so locating many tags on one sheet scans the sheet once.
 */
export function locateTag(tag: Tag, grid: SheetGrid | undefined, index?: LabelIndex): TagState {
  if (!grid) return { status: 'sheetGone' };
  const idx = index && index.grid === grid ? index : createLabelIndex(grid);
  if (tag.kind === 'table') return placeTable(tag, grid).state;
  return tag.kind === 'row' ? locateRowTag(tag, idx) : locateColumnTag(tag, idx);
}

/** Locates every tag; `grids` maps sheet name to grid (a missing name means the sheet is gone). */
export function locateTags(
  tags: readonly Tag[],
  grids: ReadonlyMap<string, SheetGrid> | ((sheet: string) => SheetGrid | undefined),
): Map<string, TagState> {
  const get = typeof grids === 'function' ? grids : (s: string) => grids.get(s);
  const out = new Map<string, TagState>();
  for (const t of tags) out.set(t.id, locateTag(t, get(t.sheet)));
  return out;
}

/** One line for a person: where the tag is now. */
export function describeTagState(tag: Tag, state: TagState): string {
  const what = tag.kind === 'table' ? `The ${tag.label}` : `${tag.measureId} ('${tag.label}')`;
  switch (state.status) {
    case 'ok':
      return `${what} is at row ${state.row} of '${tag.sheet}'`;
    case 'moved':
      return `${what} moved from row ${state.from} to row ${state.row} of '${tag.sheet}'`;
    case 'labelChanged':
      return `${what}: row ${state.row} of '${tag.sheet}' is now labelled '${state.label}'`;
    case 'ambiguous':
      return `${what}: the label is on rows ${state.rows.join(', ')} of '${tag.sheet}'; choose the row`;
    case 'rowGone':
      return state.message;
    case 'sheetGone':
      return `${what}: the sheet '${tag.sheet}' is missing (deleted or renamed)`;
  }
}
