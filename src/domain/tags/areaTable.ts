/**
 * Area tables: one row per area (our authority, others, England, the region, the neighbours' average),
 * periods across, as the DfE's LAIT, ChAT and regional benchmarking downloads are laid out. Their row labels
 * are area names, so the measure a row belongs to is named in the sheet's title or a heading above the
 * header, never in the label; and the England, neighbours and region rows are benchmarks, never our value.
 */
import { cellAt, gridBottom, gridRight, type SheetGrid } from '../grid';
import { sheetReaderFor } from '../layout';
import { AREA_CODE_HEADER, AREA_NAME_HEADER, aggregateKind, isAreaCode } from '../layout/areas';
import type { AreaKind } from '../layout/areas';
import { figureCount, normaliseLabel, rowLabel } from './labels';
import type { ComparatorRole, RowRole, Tag } from './types';
import { isLongTableTag } from './types';

export interface AreaTable {
  readonly headerRow: number;
  /** Data rows of the table (rows with figures under the header, up to the next header). */
  readonly rows: readonly number[];
  /** What may name the measure: the titles and headings above the header (nearest first), then the sheet's name. */
  readonly headings: readonly string[];
}

/** Lines above a header that say where figures come from, not what they are. */
const NOT_A_HEADING = /^(?:source|sources|notes?|key|data source|updated|last updated|published|produced)\b/i;

/** The heading texts above a header row, nearest first (titles, section bands), then the sheet name. */
function headingsAbove(grid: SheetGrid, headerRow: number, stop: number): string[] {
  const out: string[] = [];
  for (let r = headerRow - 1; r > stop && r >= grid.top && out.length < 4; r--) {
    if (figureCount(grid, r) > 0) break;
    const label = rowLabel(grid, r);
    if (label && !NOT_A_HEADING.test(label)) out.push(label);
  }
  out.push(grid.name);
  return out;
}

/**
 * The area table a row belongs to, or undefined when its block is not one: the header names an area column
 * ('LA name', 'Local authority', 'Area'), or most rows carry an area code (E06000047), or the rows include
 * England and a region or the neighbours' average by name.
 */
export function areaTableFor(grid: SheetGrid, row: number): AreaTable | undefined {
  const reader = sheetReaderFor(grid);
  const layout = reader.layoutForRow(row);
  if (!layout) return undefined;
  const headerRow = layout.headerRow;
  const firstPeriod = Math.min(...layout.periodColumns.map((p) => p.col));
  let areaHeader = false;
  for (let c = grid.left; c < firstPeriod; c++) {
    const v = cellAt(grid, headerRow, c);
    if (typeof v === 'string' && (AREA_NAME_HEADER.test(v.trim()) || AREA_CODE_HEADER.test(v.trim()))) {
      areaHeader = true;
    }
  }
  const rows: number[] = [];
  let coded = 0;
  const kinds = new Set<AreaKind>();
  for (let r = headerRow + 1; r <= gridBottom(grid); r++) {
    if (reader.isHeaderRow(r)) break;
    if (figureCount(grid, r) === 0) continue;
    rows.push(r);
    for (let c = grid.left; c < Math.min(firstPeriod, gridRight(grid) + 1); c++) {
      if (isAreaCode(cellAt(grid, r, c))) {
        coded++;
        break;
      }
    }
    const k = aggregateKind(reader.labelOf(r, layout));
    if (k) kinds.add(k);
  }
  if (rows.length === 0) return undefined;
  const isAreaTable =
    areaHeader || coded >= Math.max(3, rows.length / 2) || (kinds.has('england') && kinds.size >= 2);
  if (!isAreaTable) return undefined;
  const previousHeader = reader.headerRowFor(headerRow) ?? grid.top - 1;
  return { headerRow, rows, headings: headingsAbove(grid, headerRow, previousHeader) };
}

/** The role an area row is proposed with: England, the region or the neighbours' average; else our value. */
export function areaRole(label: string): RowRole | ComparatorRole {
  const kind = aggregateKind(label);
  return kind === 'england' || kind === 'region' || kind === 'statNeighbours' ? kind : 'value';
}

/**
 * Whether a region's row of an area table is ours to propose: the table's only region, or the region our
 * area's row names (LAIT gives each authority's region beside its name).
 */
export function isOurRegion(
  grid: SheetGrid,
  table: AreaTable,
  row: number,
  mine: ReadonlySet<string>,
): boolean {
  const reader = sheetReaderFor(grid);
  const regions = table.rows.filter((r) => aggregateKind(reader.labelOf(r)) === 'region');
  if (regions.length === 1) return regions[0] === row;
  const name = normaliseLabel(reader.labelOf(row));
  for (const r of table.rows) {
    if (!mine.has(normaliseLabel(reader.labelOf(r)))) continue;
    const line = grid.values[r - grid.top] ?? [];
    if (line.some((v) => typeof v === 'string' && normaliseLabel(v) === name)) return true;
  }
  return false;
}

/**
 * The areas the workbook already treats as ours: labels of rows tagged as a value, and the areas a long
 * table's value tags keep. On another area table, the row of one of them is proposed as our value.
 */
export function ourAreas(tags: readonly Tag[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of tags) {
    if (t.kind === 'table' || t.role !== 'value') continue;
    if (t.kind === 'row' && t.label) out.add(normaliseLabel(t.label));
    if (isLongTableTag(t))
      for (const f of t.details.where ?? []) for (const v of f.values) out.add(normaliseLabel(v));
  }
  return out;
}
