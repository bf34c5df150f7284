/**
 * Table tags -> table series: each tagged table found by its header, read in one pass and worked out year by
 * year. This is where child-level tables join the one data flow, as one more kind of series.
 */
import { cellRef, quoteSheetName, type SheetGrid } from '../grid';
import type { TableSeries } from '../series/types';
import type { TableTag } from '../tags/types';
import { deriveTable } from './derive';
import { placeTable } from './locate';
import { parseTable } from './read';
import { SOURCES } from './sources';
import type { DerivedSource } from './types';

export function readTableSeries(tag: TableTag, grid: SheetGrid | undefined, asAt: string): TableSeries {
  const { state, position } = placeTable(tag, grid);
  const base = {
    kind: 'table' as const,
    tag,
    state,
    label: tag.label,
    notes: [],
  };
  if (!grid || !position) {
    return { ...base, table: null, from: null, derived: [], stale: null, partial: null };
  }
  const source = tag.details.table.source;
  const table = parseTable(grid, {
    source,
    headerRow: position.headerRow,
    bottom: position.bottom,
    left: position.left,
    right: position.right,
    columns: position.columns,
    ...(tag.details.table.values ? { values: tag.details.table.values } : {}),
  });
  const derivation = deriveTable(table, asAt);
  // A table read through the officer's column map is the authority's own (a missing log), not the 903's.
  const own = Object.keys(tag.details.table.map ?? {}).length > 0;
  const name = own ? SOURCES[source].name.replace(/^the 903 /, 'the ') : SOURCES[source].name;
  const from: DerivedSource = {
    source,
    sheet: tag.sheet,
    range: position.range,
    text: `${name} (${quoteSheetName(tag.sheet)}!${position.range})`,
    cell: cellRef(tag.sheet, position.headerRow, position.left),
  };
  return {
    ...base,
    table,
    from,
    derived: derivation.measures,
    stale: derivation.stale,
    partial: derivation.partial,
  };
}

/** Every table tag read against its sheet. */
export function readAllTables(
  tags: readonly TableTag[],
  grids: ReadonlyMap<string, SheetGrid>,
  asAt: string,
): TableSeries[] {
  return tags.map((tag) => readTableSeries(tag, grids.get(tag.sheet), asAt));
}
