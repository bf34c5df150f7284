/**
 * Recognising a long (tidy) table from one selected value cell, as the pane does: a header row above it, a
 * column of periods that repeat (one row per area x period), a column of area names (the most specific:
 * la_name before region_name before country_name). From the selected row it proposes "our area" and, for
 * any area found, the filters that keep that area's rows of the same breakdown (the other columns that tell
 * the selected row's figure apart from its neighbours').
 */
import { cellAt, columnLetter, gridBottom, type SheetGrid } from '../grid';
import { AREA_NAME_HEADER, aggregateKind, areaHeaderRank, isAreaCode, type AreaKind } from './areas';
import {
  cellText,
  filterKey,
  headerCells,
  isFigureValue,
  identifierColumn,
  longHeaderRow,
  longTableLastRow,
  rowPeriod,
} from './longTable';

/** A filter as an officer would type it: a column's header (or letter when it has none) and the values kept. */
export interface ProposedFilter {
  readonly column: string;
  readonly values: readonly string[];
}

export interface LongTableArea {
  readonly name: string;
  /** England, a region, the neighbours' average or an authority, when the table or the name says so. */
  readonly kind: AreaKind | undefined;
  /** The filters that keep this area's rows of the selected row's breakdown. */
  readonly where: readonly ProposedFilter[];
}

export interface LongTableShape {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** The selected (value) column, and its header. */
  readonly valueColumn: number;
  readonly valueHeader: string;
  /** The column of periods, as a header (or letter). */
  readonly periodColumn: string;
  readonly periodCount: number;
  /** The column of area names the `by` of peers uses. */
  readonly areaColumn: string;
  /** The selected row's area. */
  readonly ourArea: LongTableArea;
  /** The region the table gives beside our area (its region_name, or a parent column naming a region it lists). */
  readonly ourRegion: string | null;
  /** Every area of the table (ours included), in the order first found. */
  readonly areas: readonly LongTableArea[];
  /** The breakdown filters shared by every area (e.g. characteristic = 'In education, employment or training'). */
  readonly breakdown: readonly ProposedFilter[];
}

const LEVEL_HEADER = /^(?:geographic[\s_]*level|geography[\s_]*(?:level|type)|area[\s_]*type|level)$/i;

/** The kind an area's level names ('National', 'Regional', 'Local authority'). */
function kindOfLevel(level: string): AreaKind | undefined {
  const t = level.trim().toLowerCase();
  if (/^(national|country|england)$/.test(t)) return 'england';
  if (/^(regional|region)$/.test(t)) return 'region';
  if (/local authority|^la$|county|unitary|district|borough|upper tier|lower tier/.test(t))
    return 'authority';
  return undefined;
}

/**
 * Our region when the table gives it in another column than an area-name one (Fingertips' 'Parent Name'):
 * the cell of our row, in a column left out of the area and breakdown columns, that names a region the
 * table lists.
 */
function parentRegion(
  grid: SheetGrid,
  row: number,
  headers: ReadonlyMap<number, string>,
  skip: ReadonlySet<number>,
  areas: readonly LongTableArea[],
): string | null {
  const regions = new Map(areas.filter((a) => a.kind === 'region').map((a) => [filterKey(a.name), a.name]));
  if (regions.size === 0) return null;
  for (const [c] of headers) {
    if (skip.has(c)) continue;
    const hit = regions.get(filterKey(cellAt(grid, row, c)));
    if (hit) return hit;
  }
  return null;
}

/**
 * The long table around a selected cell, or undefined when it does not look like one: the cell holds a
 * figure under a header, a column of the table holds periods that repeat, and one holds area names.
 */
export function recogniseLongTable(grid: SheetGrid, row: number, column: number): LongTableShape | undefined {
  if (!isFigureValue(cellAt(grid, row, column))) return undefined;
  const headerRow = longHeaderRow(grid, column, row);
  if (headerRow === undefined) return undefined;
  const headers = headerCells(grid, headerRow);
  if (headers.size < 3) return undefined;
  const firstRow = headerRow + 1;
  const lastRow = longTableLastRow(grid, firstRow, [column]);
  if (lastRow - firstRow < 2) return undefined;
  const name = (c: number) => headers.get(c) || columnLetter(c);
  const idCol = identifierColumn(grid, headerRow);

  // The column of periods: most cells periods, and they repeat (several areas per period).
  let periodCol: number | undefined;
  let periodCount = 0;
  for (const [c] of headers) {
    if (c === column || c === idCol) continue;
    const keys = new Set<string>();
    let periods = 0;
    let filled = 0;
    for (let r = firstRow; r <= lastRow; r++) {
      if (cellText(cellAt(grid, r, c)) === '') continue;
      filled++;
      const p = rowPeriod(grid, r, c, idCol);
      if (p) {
        periods++;
        keys.add(p.key);
      }
    }
    if (filled > 0 && periods >= 0.9 * filled && keys.size < periods) {
      periodCol = c;
      periodCount = keys.size;
      break;
    }
  }
  if (periodCol === undefined) return undefined;

  // Area name columns, most specific first; a level column when there is one.
  const nameCols = [...headers]
    .filter(([c, h]) => c !== column && c !== periodCol && AREA_NAME_HEADER.test(h.trim()))
    .filter(([c]) => {
      for (let r = firstRow; r <= lastRow; r++) {
        const v = cellAt(grid, r, c);
        if (typeof v === 'string' && v.trim() !== '' && !isAreaCode(v)) return true;
      }
      return false;
    })
    .sort((a, b) => areaHeaderRank(a[1]) - areaHeaderRank(b[1]))
    .map(([c]) => c);
  if (nameCols.length === 0) return undefined;
  const levelCol = [...headers].find(([, h]) => LEVEL_HEADER.test(h.trim()))?.[0];

  const areaOf = (r: number): { name: string; col: number } | undefined => {
    for (const c of nameCols) {
      const t = cellText(cellAt(grid, r, c));
      if (t !== '') return { name: t, col: c };
    }
    return undefined;
  };
  const filtersOf = (r: number): ProposedFilter[] => {
    const a = areaOf(r);
    if (!a) return [];
    if (levelCol !== undefined) {
      return [
        { column: name(levelCol), values: [cellText(cellAt(grid, r, levelCol))] },
        { column: name(a.col), values: [a.name] },
      ];
    }
    // No level column: the area's own name, and blank in the more specific name columns.
    const out: ProposedFilter[] = [{ column: name(a.col), values: [a.name] }];
    for (const c of nameCols) {
      if (c === a.col) break;
      out.push({ column: name(c), values: [''] });
    }
    return out;
  };

  // Breakdown: other text columns that vary between rows of one area and period, fixed at the selected row's.
  const ours = areaOf(row);
  if (!ours) return undefined;
  const skip = new Set([column, periodCol, ...(idCol !== undefined ? [idCol] : []), ...nameCols]);
  if (levelCol !== undefined) skip.add(levelCol);
  const breakdown: ProposedFilter[] = [];
  const sameArea = (r: number) => filterKey(areaOf(r)?.name ?? '') === filterKey(ours.name);
  const keyOf = (r: number) => rowPeriod(grid, r, periodCol as number, idCol)?.key ?? '';
  for (let guard = 0; guard < 6; guard++) {
    const kept = (r: number) =>
      sameArea(r) &&
      breakdown.every((f) => filterKey(cellAt(grid, r, colOf(f.column))) === filterKey(f.values[0]));
    const byPeriod = new Map<string, number[]>();
    for (let r = firstRow; r <= lastRow; r++) {
      if (!kept(r)) continue;
      const k = keyOf(r);
      byPeriod.set(k, [...(byPeriod.get(k) ?? []), r]);
    }
    const dup = [...byPeriod.values()].find((rows) => rows.length > 1);
    if (!dup) break;
    let added = false;
    for (const [c] of headers) {
      if (skip.has(c) || breakdown.some((f) => colOf(f.column) === c)) continue;
      const values = new Set(dup.map((r) => filterKey(cellAt(grid, r, c))));
      if (values.size > 1 && !dup.every((r) => isFigureValue(cellAt(grid, r, c)))) {
        breakdown.push({ column: name(c), values: [cellText(cellAt(grid, row, c))] });
        added = true;
        break;
      }
    }
    if (!added) break;
  }

  function colOf(header: string): number {
    for (const [c, h] of headers) if ((h || columnLetter(c)) === header) return c;
    return -1;
  }

  const areas: LongTableArea[] = [];
  const seen = new Set<string>();
  for (let r = firstRow; r <= Math.min(lastRow, gridBottom(grid)); r++) {
    const a = areaOf(r);
    if (!a || seen.has(filterKey(a.name))) continue;
    seen.add(filterKey(a.name));
    const level = levelCol !== undefined ? kindOfLevel(cellText(cellAt(grid, r, levelCol))) : undefined;
    areas.push({
      name: a.name,
      kind: aggregateKind(a.name) ?? level ?? (a.col === nameCols[0] ? 'authority' : undefined),
      where: [...filtersOf(r), ...breakdown],
    });
  }
  const ourArea = areas.find((a) => filterKey(a.name) === filterKey(ours.name)) as LongTableArea;
  const regionCol = nameCols.find((c) => c !== ours.col && areaHeaderRank(headers.get(c) ?? '') === 2);
  const ourRegion =
    (regionCol !== undefined ? cellText(cellAt(grid, row, regionCol)) || null : null) ??
    parentRegion(grid, row, headers, skip, areas);
  return {
    headerRow,
    firstRow,
    lastRow,
    valueColumn: column,
    valueHeader: name(column),
    periodColumn: name(periodCol),
    periodCount,
    areaColumn: name(nameCols[0]),
    ourArea,
    ourRegion,
    areas,
    breakdown,
  };
}
