/**
 * Finding a tagged table again: by its header. At the header row recorded at tagging the table is 'ok' when
 * every column its measures need is there (columns that moved within the row are followed: 'moved' with the
 * CHILD column's new and old place). Otherwise the header is looked for in the rows below and above (rows
 * inserted or deleted above the table): found once -> 'moved'; more than once -> 'ambiguous'; not at all ->
 * 'rowGone' with a message naming the columns missing and the measures they block.
 */
import { cellAt, columnLetter, columnNumber, gridBottom, gridRight, type SheetGrid } from '../grid';
import type { TableTag, TagState } from '../tags/types';
import { parseA1Range } from './details';
import { describeMissing, resolveColumns } from './header';
import { SOURCES, headerKey } from './sources';
import type { Field } from './types';

export interface TablePosition {
  readonly headerRow: number;
  /** Last row of the table: the range's, else the sheet's last used row. */
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly columns: ReadonlyMap<Field, number>;
  /** A1 range of the table as now placed, header included: 'A1:M4210'. */
  readonly range: string;
}

export interface TablePlacement {
  readonly state: TagState;
  /** Where to read the table; absent when it cannot be read. */
  readonly position?: TablePosition;
}

/** How far from the recorded header row a moved header is looked for. */
const SEARCH_ROWS = 2000;

function extent(grid: SheetGrid, tag: TableTag, headerRow: number, shift: number) {
  const range = tag.details.table.range ? parseA1Range(tag.details.table.range) : null;
  if (range) {
    return {
      left: range.left,
      right: range.right,
      bottom: range.bottom + shift,
    };
  }
  // The used range: from the header row's first filled cell to the last used column and row.
  let left = grid.left;
  const right = gridRight(grid);
  while (left < right && isBlank(cellAt(grid, headerRow, left))) left++;
  return { left, right, bottom: gridBottom(grid) };
}

const isBlank = (v: unknown) => v === '' || (typeof v === 'string' && v.trim() === '');

function positionAt(grid: SheetGrid, tag: TableTag, headerRow: number) {
  const t = tag.details.table;
  const shift = headerRow - t.headerRow;
  const { left, right, bottom } = extent(grid, tag, headerRow, shift);
  const resolution = resolveColumns(grid, t.source, headerRow, left, right, t.map);
  const position: TablePosition = {
    headerRow,
    bottom: Math.max(headerRow, bottom),
    left,
    right,
    columns: resolution.columns,
    range: `${columnLetter(left)}${headerRow}:${columnLetter(right)}${Math.max(headerRow, bottom)}`,
  };
  return { resolution, position };
}

/** The header texts the table was tagged with: the officer's map, else the 903 names. */
function recordedHeaders(tag: TableTag): string[] {
  const t = tag.details.table;
  return Object.keys(t.columns).map((f) => t.map?.[f] ?? f);
}

export function placeTable(tag: TableTag, grid: SheetGrid | undefined): TablePlacement {
  if (!grid) return { state: { status: 'sheetGone' } };
  const t = tag.details.table;
  const here = positionAt(grid, tag, t.headerRow);
  if (here.resolution.missing.length === 0) {
    const child = here.position.columns.get('CHILD');
    const before = t.columns.CHILD !== undefined ? columnNumber(t.columns.CHILD) : child;
    const state: TagState =
      child !== undefined && before !== undefined && child !== before
        ? { status: 'moved', row: t.headerRow, from: t.headerRow, column: child, fromColumn: before }
        : { status: 'ok', row: t.headerRow };
    return { state, position: here.position };
  }
  // Look for the header elsewhere: the row holding every header the table was tagged with.
  const headers = recordedHeaders(tag);
  const found: number[] = [];
  const from = Math.max(grid.top, t.headerRow - SEARCH_ROWS);
  const to = Math.min(gridBottom(grid), t.headerRow + SEARCH_ROWS);
  for (let r = from; r <= to; r++) {
    if (r === t.headerRow) continue;
    const line = grid.values[r - grid.top];
    if (!line || !line.some((v) => typeof v === 'string' && v.trim() !== '')) continue;
    const there = positionAt(grid, tag, r);
    if (there.resolution.missing.length === 0 && headers.every((h) => rowHas(line, h))) found.push(r);
  }
  if (found.length === 1) {
    const there = positionAt(grid, tag, found[0]);
    const child = there.position.columns.get('CHILD');
    const before = t.columns.CHILD !== undefined ? columnNumber(t.columns.CHILD) : undefined;
    return {
      state: {
        status: 'moved',
        row: found[0],
        from: t.headerRow,
        ...(child !== undefined && before !== undefined && child !== before
          ? { column: child, fromColumn: before }
          : {}),
      },
      position: there.position,
    };
  }
  if (found.length > 1) return { state: { status: 'ambiguous', rows: found } };
  const name = SOURCES[t.source].name;
  return {
    state: {
      status: 'rowGone',
      message:
        `${name} on '${tag.sheet}' (header on row ${t.headerRow}) is no longer found: row ${t.headerRow} has ` +
        `${describeMissing(t.source, here.resolution)}`,
    },
  };
}

function rowHas(line: readonly unknown[], header: string): boolean {
  const key = headerKey(header);
  return line.some((v) => typeof v === 'string' && headerKey(v) === key);
}
