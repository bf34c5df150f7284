/**
 * Making a table tag: the range (or the sheet's used range, whose first row is the header), the table's kind,
 * and the officer's column and value maps. Refused, with a message naming the sheet, when a column a measure
 * needs is not there (naming the column and the measures it blocks), when the map names a column the table
 * does not have, or when there are no rows below the header.
 */
import { columnLetter, gridBottom, gridRight, quoteSheetName, type SheetGrid } from '../grid';
import type { TableTag } from '../tags/types';
import { parseA1Range } from './details';
import { describeMissing, resolveColumns } from './header';
import { SOURCES } from './sources';
import type { Field, TableDetails, TableSource } from './types';

export interface CreateTableTagArgs {
  readonly grid: SheetGrid;
  readonly source: TableSource;
  /** 'A1:M4210'; absent: the sheet's used range, its first row the header. */
  readonly range?: string;
  readonly map?: Readonly<Record<Field, string>>;
  readonly values?: Readonly<Record<Field, Readonly<Record<string, string>>>>;
  readonly id: string;
  /** ISO timestamp. */
  readonly created: string;
}

export type CreateTableResult = { readonly tag: TableTag } | { readonly error: string };

/** '903 episodes table' */
export function tableLabel(source: TableSource): string {
  return SOURCES[source].name.replace(/^the /, '');
}

export function createTableTag(args: CreateTableTagArgs): CreateTableResult {
  const { grid, source } = args;
  const info = SOURCES[source];
  const sheet = quoteSheetName(grid.name);
  const what = `${sheet} as ${info.name}`;
  if (grid.values.length === 0) return { error: `Cannot tag ${what}: the sheet is empty` };
  for (const field of [...Object.keys(args.map ?? {}), ...Object.keys(args.values ?? {})]) {
    if (!info.fields.includes(field)) {
      return {
        error: `Cannot tag ${what}: ${field} is not a column of ${info.name} (its columns: ${info.fields.join(', ')})`,
      };
    }
  }
  let top: number;
  let left: number;
  let right: number;
  let bottom: number;
  if (args.range !== undefined) {
    const range = parseA1Range(args.range);
    if (!range) return { error: `Cannot tag ${what}: '${args.range}' is not a range such as A1:M4210` };
    ({ top, left, right, bottom } = range);
    if (top > gridBottom(grid) || top < grid.top) {
      return {
        error: `Cannot tag ${what}: the range ${args.range} starts on row ${top}, outside the sheet's data (rows ${grid.top}-${gridBottom(grid)})`,
      };
    }
  } else {
    top = grid.top;
    left = grid.left;
    right = gridRight(grid);
    bottom = gridBottom(grid);
  }
  const resolution = resolveColumns(grid, source, top, left, right, args.map);
  if (resolution.missing.length > 0) {
    const place =
      args.range !== undefined
        ? `the header row (row ${top} of ${args.range})`
        : `row ${top}, the header row`;
    return {
      error: `Cannot tag ${what}: ${place} has ${describeMissing(source, resolution)}. Map each to the table's own header.`,
    };
  }
  let rows = 0;
  const cols = [...resolution.columns.values()];
  for (let r = top + 1; r <= Math.min(bottom, gridBottom(grid)) && rows === 0; r++) {
    const line = grid.values[r - grid.top] ?? [];
    if (
      cols.some((c) => {
        const v = line[c - grid.left];
        return v !== undefined && v !== '' && !(typeof v === 'string' && v.trim() === '');
      })
    )
      rows++;
  }
  if (rows === 0) return { error: `Cannot tag ${what}: there are no rows below its header (row ${top})` };
  const columns: Record<Field, string> = {};
  for (const [f, c] of resolution.columns) columns[f] = columnLetter(c);
  // The map in the table's column order, for fields found.
  const map = Object.fromEntries(
    info.fields
      .filter((f) => args.map?.[f] !== undefined && resolution.columns.has(f))
      .map((f) => [f, (args.map as Record<Field, string>)[f]]),
  );
  const table: TableDetails = {
    source,
    ...(args.range !== undefined ? { range: args.range.trim().replace(/\$/g, '').toUpperCase() } : {}),
    headerRow: top,
    columns,
    ...(Object.keys(map).length > 0 ? { map } : {}),
    ...(args.values && Object.keys(args.values).length > 0 ? { values: args.values } : {}),
  };
  return {
    tag: {
      id: args.id,
      kind: 'table',
      measureId: '',
      sheet: grid.name,
      label: tableLabel(source),
      created: args.created,
      details: { table },
    },
  };
}
