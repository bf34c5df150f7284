/**
 * What the pane and the CLI do with child-level tables, each in a fixed number of syncs: make a table tag
 * (the sheet's first rows to find the header and columns, then the header and those columns), preview what a
 * table gives before its tag is saved, recognise the table around the selection (and the 903 tables of a
 * workbook's sheets, for `pmf suggest`), and read again a tagged table that moved out of what was read for it.
 */
import { columnLetter, gridBottom, gridRight, quoteSheetName, type SheetGrid } from '../domain/grid';
import type { Framework } from '../domain/framework/types';
import { computeFigures } from '../domain/calc';
import type { TableTag, Tag } from '../domain/tags/types';
import { createTableTag } from '../domain/tables/create';
import { parseA1Range } from '../domain/tables/details';
import { findHeaderRow } from '../domain/tables/header';
import { placeTable } from '../domain/tables/locate';
import { readTableSeries } from '../domain/tables/series';
import { ROW_ERROR, type TableSource } from '../domain/tables/types';
import { runChecks } from '../domain/validate';
import type { ExcelRun } from './host';
import type { TableAtSelection, TablePreview, TableTagRequest } from './operations-types';
import { readSnapshot, type WorkbookSnapshot } from './snapshot';
import { mergePlans, planCovers, readSheetTop, tableReadPlan, type NarrowPlan } from './table-read';

/** Rows read from the top of a sheet to find a table's header. */
export const TABLE_TOP_ROWS = 60;

/**
 * Makes a table tag from what the sheet holds now: reads its first rows (1 sync) to find the header and the
 * columns, then the header rows and those columns (2 syncs). The tag, or why it cannot be made.
 */
export async function makeTableTag(
  run: ExcelRun,
  request: TableTagRequest,
  id: string,
  created: string,
): Promise<{ tag: TableTag; grid: SheetGrid } | { error: string }> {
  const range = request.range !== undefined ? parseA1Range(request.range) : null;
  if (request.range !== undefined && !range) {
    return { error: `'${request.range}' is not a range such as A1:M4210` };
  }
  const top =
    range && range.top > TABLE_TOP_ROWS
      ? await readSheetTop(run, request.sheet, TABLE_TOP_ROWS, range.top)
      : await readSheetTop(run, request.sheet, TABLE_TOP_ROWS);
  if (!top) return { error: `There is no sheet named '${request.sheet}' in this workbook, or it is empty.` };
  const args = {
    source: request.source,
    ...(request.range !== undefined ? { range: request.range } : {}),
    ...(request.map ? { map: request.map } : {}),
    ...(request.values ? { values: request.values } : {}),
    id,
    created,
  };
  // The header and its columns, from the first rows.
  const first = createTableTag({ grid: top.grid, ...args });
  if ('error' in first) return first;
  const plan = tableReadPlan(first.tag);
  const sheet = top.grid.name;
  const snapshot = await readSnapshot(run, {
    grids: 'none',
    narrow: new Map([[sheet, { ...plan, lastRow: Math.min(plan.lastRow, top.used.bottom) }]]),
  });
  const grid = snapshot.grids.get(sheet);
  if (!grid) return { error: `There is no sheet named '${request.sheet}' in this workbook.` };
  const made = createTableTag({ grid, ...args });
  return 'error' in made ? made : { tag: made.tag, grid };
}

/** What a table would give for the as-at year (and the years before it covers), before its tag is saved. */
export async function previewTable(
  run: ExcelRun,
  framework: Framework,
  request: TableTagRequest,
  asAt: string,
): Promise<TablePreview> {
  const made = await makeTableTag(run, request, 'preview', new Date(0).toISOString());
  const blank = {
    sheet: request.sheet,
    source: request.source,
    rows: 0,
    leftOut: 0,
    figures: [],
    findings: [],
  };
  if ('error' in made) {
    return { ...blank, table: `${quoteSheetName(request.sheet)}`, error: made.error };
  }
  const series = readTableSeries(made.tag, made.grid, asAt);
  const figures = computeFigures({ framework, series: [series], asAt });
  const findings = runChecks({
    framework,
    tags: [made.tag],
    brokenTagRows: [],
    tagSheetName: '',
    series: [series],
    figures,
    asAt,
    sheetNames: [],
  }).filter((f) => f.ruleId.startsWith('table-'));
  let leftOut = 0;
  const status = series.table?.status ?? new Uint8Array(0);
  for (let i = 0; i < status.length; i++) if (status[i] === ROW_ERROR) leftOut++;
  return {
    ...blank,
    table: series.from?.text ?? quoteSheetName(request.sheet),
    error: null,
    rows: series.table?.length ?? 0,
    leftOut,
    figures,
    findings,
  };
}

/**
 * The table the selected row is in, from the sheet's first rows (read with the selection): the row of headers
 * above the selection that names a 903 table most fully is its header; failing that, the first row above the
 * selection of three or more text headers and nothing else (an authority's own log, for the officer to map).
 * Null when the selection is not below such a row.
 */
export function tableAround(
  top: { readonly grid: SheetGrid; readonly bottom: number; readonly right: number },
  row: number,
): TableAtSelection | null {
  const grid = top.grid;
  if (grid.values.length === 0 || row <= grid.top) return null;
  const last = Math.min(row - 1, grid.top + grid.values.length - 1, grid.top + TABLE_TOP_ROWS - 1);
  const found = findHeaderRow(grid, grid.top, last);
  let headerRow: number | undefined = found?.row;
  if (headerRow === undefined) {
    for (let r = grid.top; r <= last && headerRow === undefined; r++) {
      const cells = (grid.values[r - grid.top] ?? []).filter((v) => v !== '' && v !== null);
      if (cells.length >= 3 && cells.every((v) => typeof v === 'string' && v.trim() !== '')) headerRow = r;
    }
  }
  if (headerRow === undefined) return null;
  const line = grid.values[headerRow - grid.top] ?? [];
  const headers: { text: string; column: number }[] = [];
  line.forEach((v, i) => {
    if (typeof v === 'string' && v.trim() !== '') headers.push({ text: v.trim(), column: grid.left + i });
  });
  if (headers.length === 0) return null;
  const left = headers[0].column;
  const right = Math.max(headers[headers.length - 1].column, left);
  const whole = headerRow === grid.top && left === grid.left;
  return {
    recognised: found?.recognition.source ?? null,
    complete: found?.recognition.complete ?? false,
    headerRow,
    ...(whole ? {} : { range: `${columnLetter(left)}${headerRow}:${columnLetter(right)}${top.bottom}` }),
    headers,
  };
}

/** A sheet whose headers name a 903 table, not yet tagged as one: what `pmf tag --table` would take. */
export interface TableToTag {
  readonly sheet: string;
  readonly source: TableSource;
  readonly headerRow: number;
  /** The range to tag ('A3:F812'); absent when the table is the sheet's used range. */
  readonly range?: string;
}

/**
 * Each sheet whose first rows hold the header of a 903 table with every column its measures need, and that
 * has no table tag yet (as the pane offers the table around the selection).
 */
export function tablesToTag(grids: Iterable<SheetGrid>, tags: readonly Tag[]): TableToTag[] {
  const tagged = new Set(tags.filter((t) => t.kind === 'table').map((t) => t.sheet));
  const out: TableToTag[] = [];
  for (const grid of grids) {
    if (tagged.has(grid.name) || grid.values.length < 2) continue;
    const bottom = gridBottom(grid);
    const below = Math.min(bottom, grid.top + TABLE_TOP_ROWS - 1) + 1;
    const found = tableAround({ grid, bottom, right: gridRight(grid) }, below);
    if (!found?.recognised || !found.complete || found.headerRow >= bottom) continue;
    out.push({
      sheet: grid.name,
      source: found.recognised,
      headerRow: found.headerRow,
      ...(found.range !== undefined ? { range: found.range } : {}),
    });
  }
  return out;
}

/**
 * Tagged tables on sheets read narrowly that are no longer where their plan read them (rows or columns
 * inserted): the plan to read each such sheet now, from where its tables' headers are found. A table whose
 * header is not among what was read is looked for in its sheet's first rows (1 sync, only then). Empty when
 * every table is where it was read.
 */
export async function movedTablePlans(
  run: ExcelRun,
  tags: readonly Tag[],
  snapshot: WorkbookSnapshot,
): Promise<Map<string, NarrowPlan>> {
  const out = new Map<string, NarrowPlan>();
  const lost = tags.filter(
    (t): t is TableTag =>
      t.kind === 'table' &&
      snapshot.narrowSheets.includes(t.sheet) &&
      !placeTable(t, snapshot.grids.get(t.sheet)).position,
  );
  const tops = new Map<string, SheetGrid>();
  for (const sheet of new Set(lost.map((t) => t.sheet))) {
    const top = await readSheetTop(run, sheet, TABLE_TOP_ROWS);
    if (top) tops.set(sheet, top.grid);
  }
  // Each narrowly read sheet's parts as they are now; a sheet is read again when one is not covered.
  const now = new Map<string, NarrowPlan[]>();
  const stale = new Set<string>();
  for (const tag of tags) {
    if (!snapshot.narrowSheets.includes(tag.sheet)) continue;
    const plans = now.get(tag.sheet) ?? [];
    now.set(tag.sheet, plans);
    if (tag.kind === 'column') {
      plans.push({ columns: [tag.column], firstRow: tag.firstRow, lastRow: tag.lastRow, formats: true });
      continue;
    }
    if (tag.kind !== 'table') continue;
    const read = tableReadPlan(tag);
    let placed = placeTable(tag, snapshot.grids.get(tag.sheet));
    if (!placed.position && tops.has(tag.sheet)) placed = placeTable(tag, tops.get(tag.sheet));
    if (!placed.position) {
      plans.push(read);
      continue;
    }
    const here: NarrowPlan = {
      columns: [...placed.position.columns.values()],
      firstRow: placed.position.headerRow + 1,
      lastRow: tag.details.table.range ? placed.position.bottom : read.lastRow,
      formats: false,
    };
    plans.push(here);
    if (!planCovers(read, here)) stale.add(tag.sheet);
  }
  for (const sheet of stale) out.set(sheet, mergePlans(now.get(sheet) ?? []));
  return out;
}
