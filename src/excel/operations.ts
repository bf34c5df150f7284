/**
 * What the pane and the CLI do to a workbook, each in a fixed, small number of syncs: read a snapshot,
 * run the domain pipeline, write back. Only this folder talks to Excel.
 */
import { cellAt, cellRef, columnLetter, columnNumber } from '../domain/grid';
import type { CellRef, CellValue, SheetGrid } from '../domain/grid';
import type { Framework } from '../domain/framework/types';
import { defaultFramework, frameworkFromRows, frameworkToRows } from '../domain/framework';
import type { BrokenTagRow, ColumnTag, Tag, TagRole } from '../domain/tags/types';
import { isComparatorRole } from '../domain/tags/types';
import {
  createBenchmarkRowTag,
  createColumnTag,
  createLongTableTag,
  createRowTag,
  nameProblem,
  newTagId,
  rowLabel,
  suggestMeasures,
  suggestForSheet,
  tagSheetRows,
  tagsFromRows,
  locateTag,
  sectionHeadingFor,
  areaRole,
  areaTableFor,
  bestHeading,
  duplicateFinder,
  duplicateTagMessage,
} from '../domain/tags';
import { recogniseLongTable } from '../domain/layout';
import type { LongTableShape } from '../domain/layout';
import { analyse } from '../domain/pipeline';
import type { Analysis } from '../domain/pipeline';
import { sheetReaderFor } from '../domain/layout';
import { readValue } from '../domain/values';
import { buildSummaryModel, formatValue, planFrontPage, planSummarySheet } from '../domain/summary';
import type { SummaryModel } from '../domain/summary';
import { PmfError } from './errors';
import type { ExcelHost } from './host';
import { makeTableTag, movedTablePlans, previewTable, tableAround, tablesToTag } from './table-operations';
import { readSelection, readSnapshot } from './snapshot';
import type { WorkbookSnapshot } from './snapshot';
import { tooLongTextProblem } from './cell-text';
import { hiddenCellMessage } from './hidden-sheet';
import { ownSheetProtectionProblem, summaryProtectionProblem } from './protection';
import { queueOwnSheetWrite } from './own-sheet-writer';
import { writeSheetPlans } from './summary-writer';
import {
  FRONT_PAGE_SHEET,
  SETTINGS_SHEET,
  SUMMARY_SHEET,
  TAG_SHEET,
  freeSheetName,
  isOwnSheet,
  sameSheetName,
  sheetNameIn,
  withWorkbookSheetNames,
} from './workbook-names';
import type {
  Progress,
  RemovedTags,
  SelectionInfo,
  SummaryWriteResult,
  TablePreview,
  TableTagRequest,
  TagListItem,
  TagRequest,
  WorkbookState,
} from './operations-types';

/** Text in the summary's marker cell: how a refresh knows a sheet is the add-in's own. */
export const SUMMARY_MARKER = 'Made by the Corporate Parenting PMF add-in';
/** The front page's marker (a sheet of its own, replaced only when it carries this). */
export const FRONT_PAGE_MARKER = 'Made by the Corporate Parenting PMF add-in: front page';
/**
 * Where earlier versions put the summary's marker (the last of their 17 columns), so that a summary they
 * wrote is still recognised as the add-in's own and replaced, not kept beside a new one.
 */
const EARLIER_SUMMARY_MARKER_ADDRESSES: readonly string[] = ['Q1'];

export { PmfError } from './errors';

export interface LoadedWorkbook {
  readonly snapshot: WorkbookSnapshot;
  readonly framework: Framework;
  readonly settingsProblems: readonly string[];
  readonly tags: readonly Tag[];
  readonly broken: readonly BrokenTagRow[];
  /** Why the tag sheet must not be written (a newer schema than this code knows), or null. */
  readonly tagsReadOnly: string | null;
  readonly settingsReadOnly: string | null;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function decode(snapshot: WorkbookSnapshot): LoadedWorkbook {
  const settings =
    snapshot.settingsRows.length > 0
      ? frameworkFromRows(snapshot.settingsRows)
      : { framework: defaultFramework(), problems: [], newerSchema: false };
  const read = tagsFromRows(snapshot.tagRows);
  const problems = settings.problems.map((p) =>
    p.message.startsWith(SETTINGS_SHEET) ? p.message : `${SETTINGS_SHEET} row ${p.sheetRow}: ${p.message}`,
  );
  const newer = (sheet: string) =>
    `The ${sheet} sheet was written by a newer version of the add-in; update the add-in before changing it (nothing was written).`;
  return {
    snapshot,
    framework: settings.framework,
    settingsProblems: problems,
    tags: withWorkbookSheetNames(
      read.tags,
      snapshot.sheets.map((s) => s.name),
    ),
    broken: read.broken,
    tagsReadOnly: read.newerSchema ? newer(TAG_SHEET) : null,
    settingsReadOnly: settings.newerSchema ? newer(SETTINGS_SHEET) : null,
  };
}

/** Reads the tag and settings sheets and the used ranges of the sheets wanted (3 syncs: see readSnapshot). */
export async function loadWorkbook(
  host: ExcelHost,
  request: Parameters<typeof readSnapshot>[1] = { grids: 'tagged' },
): Promise<LoadedWorkbook> {
  const snapshot = await readSnapshot(host.run, request);
  const loaded = decode(snapshot);
  // A child-level column read narrowly may have moved (a column inserted before it): its header is found
  // elsewhere, so read that sheet whole (3 more syncs, only then) to read the column where it is now.
  const moved = new Set(
    loaded.tags
      .filter((t) => t.kind === 'column' && snapshot.narrowSheets.includes(t.sheet))
      .filter((t) => {
        const state = locateTag(t, snapshot.grids.get(t.sheet));
        return (
          state.status === 'moved' &&
          state.column !== undefined &&
          t.kind === 'column' &&
          state.column !== t.column
        );
      })
      .map((t) => t.sheet),
  );
  // A tagged table that moved out of what was read for it is read again where its header is now.
  const tables = await movedTablePlans(host.run, loaded.tags, snapshot);
  if (moved.size === 0 && tables.size === 0) return loaded;
  const whole = await readSnapshot(host.run, { grids: 'none', alsoSheets: [...moved], narrow: tables });
  const grids = new Map(snapshot.grids);
  for (const [name, grid] of whole.grids) grids.set(name, grid);
  return decode({ ...snapshot, grids, narrowSheets: snapshot.narrowSheets.filter((n) => !moved.has(n)) });
}

function userSheetNames(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.map((s) => s.name).filter((n) => !isOwnSheet(n));
}

export function analyseLoaded(loaded: LoadedWorkbook, asAt: string): Analysis {
  return analyse({
    framework: loaded.framework,
    tags: loaded.tags,
    brokenTagRows: loaded.broken,
    tagSheetName: TAG_SHEET,
    grids: loaded.snapshot.grids,
    sheetNames: userSheetNames(loaded.snapshot),
    asAt,
  });
}

/** The as-at date: the one asked for, else the workbook's setting, else today. */
export function resolveAsAt(framework: Framework, asAt?: string): string {
  return asAt ?? framework.asAt ?? todayIso();
}

/** Everything the pane shows (3 syncs). */
export async function loadState(host: ExcelHost, asAt?: string): Promise<WorkbookState> {
  const loaded = await loadWorkbook(host);
  const at = resolveAsAt(loaded.framework, asAt);
  const analysis = analyseLoaded(loaded, at);
  const tags: TagListItem[] = loaded.tags.map((tag) => ({
    tag,
    state: analysis.states.get(tag.id) ?? { status: 'sheetGone' },
  }));
  return {
    workbookName: loaded.snapshot.workbookName,
    sheetNames: userSheetNames(loaded.snapshot),
    framework: loaded.framework,
    settingsProblems: loaded.settingsProblems,
    tags,
    brokenTagRows: loaded.broken,
    figures: analysis.figures,
    findings: analysis.findings,
    asAt: at,
  };
}

function tagWrite(loaded: LoadedWorkbook, tags: readonly Tag[]) {
  const rows = tagSheetRows(tags, loaded.broken, { previousRowCount: loaded.snapshot.tagRows.length });
  return {
    sheetName: TAG_SHEET,
    rows,
    exists: loaded.snapshot.tagSheetExists,
    previousRowCount: loaded.snapshot.tagRows.length,
    previousColumnCount: loaded.snapshot.tagRows.reduce((w, r) => Math.max(w, r.length), 0),
  };
}

/** Writes the whole tag table (1 sync). Broken rows stay exactly where and as they were. */
async function writeTags(host: ExcelHost, loaded: LoadedWorkbook, tags: readonly Tag[]): Promise<void> {
  if (loaded.tagsReadOnly) throw new PmfError(loaded.tagsReadOnly, 'Refused');
  const write = tagWrite(loaded, tags);
  const tooLong = tooLongTextProblem(TAG_SHEET, write.rows);
  if (tooLong) throw new PmfError(tooLong, 'Refused');
  const locked = ownSheetProtectionProblem(loaded.snapshot, TAG_SHEET);
  if (locked) throw new PmfError(locked, 'Refused');
  await host.run(async (context) => {
    queueOwnSheetWrite(context, write);
    await context.sync();
  });
}

/** The grid read for a sheet, named in any case (as Excel finds sheets). */
function gridOf(loaded: LoadedWorkbook, sheet: string): SheetGrid | undefined {
  const name = sheetNameIn([...loaded.snapshot.grids.keys()], sheet);
  return name === undefined ? undefined : loaded.snapshot.grids.get(name);
}

function requireGrid(loaded: LoadedWorkbook, sheet: string): SheetGrid {
  const grid = gridOf(loaded, sheet);
  if (!grid) throw new PmfError(`There is no sheet named '${sheet}' in this workbook.`, 'NotFound');
  return grid;
}

function requireMeasure(framework: Framework, measureId: string): void {
  if (!framework.measures.some((m) => m.id === measureId)) {
    throw new PmfError(
      `'${measureId}' is not a measure of this framework (see the Framework list).`,
      'NotFound',
    );
  }
}

/** A column tag of a periods-down sheet with a comparator role keeps the name a named comparator is given. */
function withName(
  made: ReturnType<typeof createColumnTag>,
  role: TagRole,
  name: string | undefined,
): ReturnType<typeof createColumnTag> {
  if ('error' in made) return made;
  if (role === 'records' || !isComparatorRole(role)) {
    return name?.trim() ? { error: `A name goes with role comparator, not ${role}` } : made;
  }
  const bad = nameProblem(role, name);
  if (bad)
    return { error: `Cannot tag column ${columnLetter(made.tag.column)} of '${made.tag.sheet}': ${bad}` };
  const tag: ColumnTag = name?.trim() ? { ...made.tag, details: { name: name.trim() } } : made.tag;
  return { tag };
}

/** Makes tags (after the caller's confirmation) and writes them: 3 syncs to read, 1 to write. */
export async function addTags(
  host: ExcelHost,
  requests: readonly TagRequest[],
  now = new Date(),
): Promise<Tag[]> {
  // Tables are read by their header and columns (makeTableTag), not whole.
  const sheets = [...new Set(requests.filter((r) => r.kind !== 'table').map((r) => r.sheet))];
  const loaded = await loadWorkbook(host, { grids: 'none', alsoSheets: sheets });
  const ids = new Set(loaded.tags.map((t) => t.id));
  const made: Tag[] = [];
  // A tag repeating one already there (or one earlier in this batch) is refused: nothing is written.
  const duplicates = duplicateFinder(loaded.tags, (sheet) => loaded.snapshot.grids.get(sheet));
  for (const request of requests) {
    if (request.kind === 'table') {
      const id = newTagId(ids);
      ids.add(id);
      const table = await makeTableTag(host.run, request, id, now.toISOString());
      if ('error' in table) throw new PmfError(table.error, 'Refused');
      const repeatedTable = duplicates.find(table.tag);
      if (repeatedTable) throw new PmfError(duplicateTagMessage(table.tag, repeatedTable), 'Refused');
      duplicates.add(table.tag);
      made.push(table.tag);
      continue;
    }
    requireMeasure(loaded.framework, request.measureId);
    const grid = requireGrid(loaded, request.sheet);
    if (request.kind === 'row' && request.headerRow !== undefined) {
      const h = request.headerRow;
      if (!(h < request.row && sheetReaderFor(grid).isHeaderRow(h))) {
        throw new PmfError(
          `Cannot read '${request.sheet}' row ${request.row} against row ${h}: that is not a row of period headers above it.`,
          'Refused',
        );
      }
    }
    const id = newTagId(ids);
    ids.add(id);
    const created = now.toISOString();
    const result =
      request.kind === 'longTable'
        ? createLongTableTag({ ...request, grid, id, created })
        : request.kind === 'row' && (isComparatorRole(request.role) || request.lastRow !== undefined)
          ? createBenchmarkRowTag({
              ...request,
              grid,
              id,
              created,
              headerRow: request.headerRow ?? sheetReaderFor(grid).layoutForRow(request.row)?.headerRow,
            })
          : request.kind === 'row'
            ? createRowTag({
                id,
                grid,
                row: request.row,
                measureId: request.measureId,
                role: request.role,
                created,
                // The header the row is read against: the officer's choice, else the one detected now.
                headerRow: request.headerRow ?? sheetReaderFor(grid).layoutForRow(request.row)?.headerRow,
              })
            : withName(
                createColumnTag({
                  id,
                  grid,
                  column: request.column,
                  firstRow: request.firstRow,
                  lastRow: request.lastRow,
                  measureId: request.measureId,
                  role: request.role ?? 'records',
                  created,
                }),
                request.role ?? 'records',
                request.name,
              );
    if ('error' in result) throw new PmfError(result.error, 'Refused');
    const repeated = duplicates.find(result.tag);
    if (repeated) throw new PmfError(duplicateTagMessage(result.tag, repeated), 'Refused');
    duplicates.add(result.tag);
    made.push(result.tag);
  }
  await writeTags(host, loaded, [...loaded.tags, ...made]);
  return made;
}

export async function removeTag(host: ExcelHost, tagId: string): Promise<RemovedTags> {
  return removeTags(host, [tagId]);
}

/**
 * Removes tags in one write (2 syncs to read, 1 to write) and returns them with their places in the tag
 * table, so restoreTags can put back exactly what was removed. Nothing is removed when an id is unknown.
 */
export async function removeTags(host: ExcelHost, tagIds: readonly string[]): Promise<RemovedTags> {
  const loaded = await loadWorkbook(host, { grids: 'none' });
  const wanted = new Set(tagIds);
  const missing = [...wanted].filter((id) => !loaded.tags.some((t) => t.id === id));
  if (missing.length > 0) {
    throw new PmfError(
      missing.length === 1
        ? `No tag has the id '${missing[0]}'.`
        : `No tags have the ids ${missing.map((id) => `'${id}'`).join(', ')}.`,
      'NotFound',
    );
  }
  const removed = loaded.tags.map((tag, index) => ({ tag, index })).filter((r) => wanted.has(r.tag.id));
  if (removed.length === 0) return [];
  await writeTags(
    host,
    loaded,
    loaded.tags.filter((t) => !wanted.has(t.id)),
  );
  return removed;
}

/**
 * Puts removed tags back where they were in the tag table, as they were (ids, labels, dates, details), in one
 * write. A tag already there again is left as it is; one that a tag made meanwhile repeats is refused.
 */
export async function restoreTags(host: ExcelHost, removed: RemovedTags): Promise<Tag[]> {
  const sheets = [...new Set(removed.map((r) => r.tag.sheet))];
  const loaded = await loadWorkbook(host, { grids: 'none', alsoSheets: sheets });
  const ids = new Set(loaded.tags.map((t) => t.id));
  const back = [...removed].filter((r) => !ids.has(r.tag.id)).sort((a, b) => a.index - b.index);
  if (back.length === 0) return [];
  const duplicates = duplicateFinder(loaded.tags, (sheet) => loaded.snapshot.grids.get(sheet));
  for (const { tag } of back) {
    const repeated = duplicates.find(tag);
    if (repeated) throw new PmfError(duplicateTagMessage(tag, repeated), 'Refused');
  }
  const tags = [...loaded.tags];
  for (const { tag, index } of back) tags.splice(Math.min(index, tags.length), 0, tag);
  await writeTags(host, loaded, tags);
  return back.map((r) => r.tag);
}

/** Writes the framework's workbook settings to the hidden settings sheet (2 syncs to read, 1 to write). */
export async function saveFramework(host: ExcelHost, framework: Framework): Promise<void> {
  const loaded = await loadWorkbook(host, { grids: 'none' });
  if (loaded.settingsReadOnly) throw new PmfError(loaded.settingsReadOnly, 'Refused');
  const rows = frameworkToRows(framework);
  const tooLong = tooLongTextProblem(SETTINGS_SHEET, rows);
  if (tooLong) throw new PmfError(tooLong, 'Refused');
  const locked = ownSheetProtectionProblem(loaded.snapshot, SETTINGS_SHEET);
  if (locked) throw new PmfError(locked, 'Refused');
  await host.run(async (context) => {
    queueOwnSheetWrite(context, {
      sheetName: SETTINGS_SHEET,
      rows,
      exists: loaded.snapshot.settingsSheetExists,
      previousRowCount: loaded.snapshot.settingsRows.length,
      previousColumnCount: loaded.snapshot.settingsRows.reduce((w, r) => Math.max(w, r.length), 0),
    });
    await context.sync();
  });
}

const SUMMARY_NAME_PATTERN = new RegExp(`^${SUMMARY_SHEET}( \\(\\d+\\))?$`, 'i');
const FRONT_PAGE_NAME_PATTERN = new RegExp(`^${FRONT_PAGE_SHEET}( \\(\\d+\\))?$`, 'i');

export interface RefreshOptions {
  readonly asAt?: string;
  /** ISO timestamp written on the sheet; defaults to now. */
  readonly producedAt?: string;
  readonly onProgress?: (p: Progress) => void;
  /** Called before each sync of the write with the size the writer counted for that request, in bytes. */
  readonly onRequest?: (bytes: number) => void;
}

function address(cell: { readonly row: number; readonly col: number }): string {
  return `${columnLetter(cell.col + 1)}${cell.row + 1}`;
}

/** Where the current plans put their markers (they do not depend on the data). */
function markerAddresses(): { summary: readonly string[]; frontPage: readonly string[] } {
  const empty: SummaryModel = buildSummaryModel({
    framework: defaultFramework(),
    figures: [],
    findings: [],
    asAt: '2000-01-01',
    producedAt: '2000-01-01T00:00:00Z',
    workbookName: '',
  });
  const summary = address(planSummarySheet(empty, { markerText: SUMMARY_MARKER }).marker);
  const frontPage = address(planFrontPage(empty, { markerText: FRONT_PAGE_MARKER }).marker);
  return {
    summary: [summary, ...EARLIER_SUMMARY_MARKER_ADDRESSES.filter((a) => a !== summary)],
    frontPage: [frontPage],
  };
}

/** Whether a sheet is a summary or front page the add-in wrote (by its name and its marker cell). */
function isAddinOutput(grid: SheetGrid, markers: ReturnType<typeof markerAddresses>): boolean {
  const carries = (addresses: readonly string[], text: string) =>
    addresses.some((a) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a);
      return m !== null && cellAt(grid, Number(m[2]), columnNumber(m[1])) === text;
    });
  if (SUMMARY_NAME_PATTERN.test(grid.name)) return carries(markers.summary, SUMMARY_MARKER);
  if (FRONT_PAGE_NAME_PATTERN.test(grid.name)) return carries(markers.frontPage, FRONT_PAGE_MARKER);
  return false;
}

/**
 * Refreshes the Panel summary sheet and the front page beside it: 3 syncs to read, then the write in as
 * few batches as the 5 MB request limit allows (usually 1, both sheets together). Replaces only sheets
 * carrying the add-in's markers; a user's own sheet of the same name is left alone and the add-in's goes
 * to a free name. A new front page goes just before the summary.
 */
export async function refreshSummary(
  host: ExcelHost,
  options: RefreshOptions = {},
): Promise<SummaryWriteResult> {
  const progress = (step: string, fraction: number) => options.onProgress?.({ step, fraction });
  progress('Reading the workbook', 0.05);
  const markers = markerAddresses();
  const isSummary = (s: { name: string }) => SUMMARY_NAME_PATTERN.test(s.name);
  const isFrontPage = (s: { name: string }) => FRONT_PAGE_NAME_PATTERN.test(s.name);
  const snapshot = await readSnapshot(host.run, {
    grids: 'tagged',
    probeCells: (sheets) => [
      ...sheets.filter(isSummary).flatMap((s) => markers.summary.map((a) => ({ sheet: s.name, address: a }))),
      ...sheets
        .filter(isFrontPage)
        .flatMap((s) => markers.frontPage.map((a) => ({ sheet: s.name, address: a }))),
    ],
  });
  const loaded = decode(snapshot);
  const asAt = resolveAsAt(loaded.framework, options.asAt);
  progress('Working out figures and checks', 0.2);
  const analysis = analyseLoaded(loaded, asAt);
  const model = buildSummaryModel({
    framework: loaded.framework,
    figures: analysis.figures,
    findings: analysis.findings,
    asAt,
    producedAt: options.producedAt ?? new Date().toISOString(),
    workbookName: snapshot.workbookName,
  });
  const marked = (name: string, addresses: readonly string[], text: string): boolean =>
    addresses.some((a) => snapshot.probes.get(`${name}!${a}`) === text);
  const ours = snapshot.sheets.filter(isSummary).find((c) => marked(c.name, markers.summary, SUMMARY_MARKER));
  const oursFront = snapshot.sheets
    .filter(isFrontPage)
    .find((c) => marked(c.name, markers.frontPage, FRONT_PAGE_MARKER));
  const names = snapshot.sheets.map((s) => s.name);
  const sheetName = ours ? ours.name : freeSheetName(SUMMARY_SHEET, names);
  const frontPageName = oursFront ? oursFront.name : freeSheetName(FRONT_PAGE_SHEET, [...names, sheetName]);
  const locked = summaryProtectionProblem(snapshot, [frontPageName, sheetName]);
  if (locked) throw new PmfError(locked, 'Refused');
  const plan = planSummarySheet(model, { sheetName, markerText: SUMMARY_MARKER });
  const front = planFrontPage(model, {
    sheetName: frontPageName,
    markerText: FRONT_PAGE_MARKER,
    summarySheet: sheetName,
  });
  progress('Writing the summary sheet', 0.3);
  await host.run((context) =>
    writeSheetPlans(context, {
      sheets: [
        {
          plan: front,
          replaceSheet: oursFront ? { name: oursFront.name, position: oursFront.position } : null,
          before: 1,
        },
        { plan, replaceSheet: ours ? { name: ours.name, position: ours.position } : null },
      ],
      sheetNames: names,
      supportsExcelApi: host.supportsExcelApi,
      onProgress: (f) => progress('Writing the summary sheet', 0.3 + 0.7 * f),
      onRequest: options.onRequest,
    }),
  );
  progress('Done', 1);
  return {
    sheetName,
    frontPageSheetName: frontPageName,
    renamedBecauseTaken: !ours && sheetName !== SUMMARY_SHEET,
    measures: analysis.figures.length,
    findings: analysis.findings.length,
    errors: analysis.findings.filter((f) => f.severity === 'error').length,
    model,
  };
}

/**
 * Selects a cell and shows its sheet (1 sync). A cell on a hidden sheet cannot be shown (Excel refuses to
 * activate a hidden sheet): then 1 more sync reads the row, and the refusal says what it holds and how to
 * show the sheet.
 */
export async function selectCell(host: ExcelHost, cell: CellRef): Promise<void> {
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(cell.sheet);
      sheet.activate();
      sheet.getRange(cell.address).select();
      await context.sync();
    });
  } catch (e) {
    const hidden = await hiddenCellMessage(host.run, cell);
    if (hidden) throw new PmfError(hidden, 'Refused');
    throw e;
  }
}

/** A cell as read, for the Tag view: '16.2%' for a fraction in a % format, '£1,325', '1,234', 'c' for a marker. */
function displayText(raw: CellValue, read: ReturnType<typeof readValue>): string {
  if (read.kind === 'missing') return String(raw ?? '');
  const percent =
    read.source === 'percentFormat' || read.source === 'percentText' || read.source === 'fractionAsPercent';
  if (percent) return formatValue(read.value, 'percent');
  const currency = typeof raw === 'string' && raw.trim().startsWith('£');
  return (currency ? '£' : '') + read.value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** Rows above the selection the Tag view reads to find its header: a whole sheet on most PMF workbooks. */
export const SELECTION_WINDOW_ROWS = 400;

/** Why a selection of several areas, or of a chart or shape, cannot be tagged. */
export const NOT_ONE_RANGE =
  'Several areas, or a chart or shape, are selected. Select one cell in the row to tag, or one range in a column of records.';

function isInvalidSelection(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { code?: unknown }).code === 'InvalidSelection';
}

/**
 * What the Tag view shows for the selected cells: 2 syncs (the selection and the rows around it), and 3 more
 * to read the whole sheet only when its header is further above than the window reaches. When the selection
 * is not one range, the failed read is followed by the same 2 syncs on the active cell.
 */
export async function describeSelection(host: ExcelHost): Promise<SelectionInfo | null> {
  let where: Awaited<ReturnType<typeof readSelection>>;
  let notOneRange = false;
  try {
    where = await readSelection(host.run, SELECTION_WINDOW_ROWS);
  } catch (e) {
    // Excel's getSelectedRange() fails when several areas (Ctrl+click) or a chart or shape are selected:
    // describe the active cell's row, and say why it cannot be tagged as it is.
    if (!isInvalidSelection(e)) throw e;
    where = await readSelection(host.run, SELECTION_WINDOW_ROWS, 'activeCell');
    notOneRange = true;
  }
  if (isOwnSheet(where.sheet)) return null;
  let grid = where.grid ?? { name: where.sheet, top: 1, left: 1, values: [], numberFormats: [] };
  const readWhole = async () =>
    (await readSnapshot(host.run, { grids: 'none', alsoSheets: [where.sheet] })).grids.get(where.sheet) ??
    grid;
  let longTable = recogniseLongTable(grid, where.row, where.column);
  if (where.clipped && !longTable && !sheetReaderFor(grid).layoutForRow(where.row)) grid = await readWhole();
  else if (longTable && (where.clipped || where.rowsBelow)) {
    // A long table's areas and periods run above and below the selection: read the sheet whole (2 more
    // syncs, only then) to list them all.
    grid = await readWhole();
    longTable = recogniseLongTable(grid, where.row, where.column);
  }
  const framework =
    where.settingsRows.length > 0 ? frameworkFromRows(where.settingsRows).framework : defaultFramework();
  const tags = tagsFromRows(where.tagRows).tags;
  const reader = sheetReaderFor(grid);
  const layout = reader.layoutForRow(where.row);
  const label = rowLabel(grid, where.row);
  const created = createRowTag({
    id: 'probe',
    grid,
    row: where.row,
    measureId: 'probe',
    role: 'value',
    created: new Date(0).toISOString(),
  });
  let latest: SelectionInfo['latest'] = null;
  if (layout && layout.periodColumns.length > 0) {
    const newest = layout.periodColumns[layout.periodColumns.length - 1];
    const r = where.row - grid.top;
    const c = newest.col - grid.left;
    const raw = grid.values[r]?.[c] ?? '';
    const read = readValue(raw, grid.numberFormats[r]?.[c], undefined);
    latest = {
      label: newest.period.label,
      value: read.kind === 'number' ? read.value : null,
      text: displayText(raw, read),
    };
  }
  const tagIds = tags
    .filter((t) => {
      if (!sameSheetName(t.sheet, where.sheet)) return false;
      if (t.kind === 'table') return where.row > t.details.table.headerRow;
      if (t.kind === 'column') return t.column === where.column;
      const state = locateTag(t, grid);
      return 'row' in state && state.row === where.row;
    })
    .map((t) => t.id);
  const area = longTable ? undefined : areaTableFor(grid, where.row);
  const heading = area ? bestHeading(area, framework, 8) : undefined;
  // A cell that cannot be tagged (a title, a header, a blank row) gets no suggestions.
  const suggestions = longTable
    ? longTableSuggestions(grid, longTable, framework)
    : heading
      ? heading.suggestions
      : label && !('error' in created)
        ? suggestMeasures(label, { sectionHeading: sectionHeadingFor(grid, where.row) }, framework).slice(
            0,
            8,
          )
        : [];
  // The child-level table the row is in, if any, from the sheet's first rows (read with the selection). A
  // benchmark table (one area per row, or one per area and period) is not one.
  const table = where.top && !longTable && !heading ? tableAround(where.top, where.row) : null;
  return {
    sheet: where.sheet,
    row: where.row,
    column: where.column,
    address: where.address,
    rowCount: where.rowCount,
    label,
    headerRow: layout?.headerRow ?? null,
    periods: layout ? layout.periodColumns.map((p) => p.period.label) : [],
    latest,
    tagIds,
    suggestions,
    refusal: notOneRange ? NOT_ONE_RANGE : longTable ? null : 'error' in created ? created.error : null,
    areaTable: heading ? { heading: heading.heading, role: areaRole(label) } : null,
    longTable: longTable ?? null,
    table,
  };
}

/**
 * The measures a long table's selected figure may be: from what tells the row apart (its breakdown, e.g.
 * 'In education, employment or training') with the value's header, and the titles above the table.
 */
function longTableSuggestions(grid: SheetGrid, shape: LongTableShape, framework: Framework) {
  const texts = [
    [...shape.breakdown.flatMap((b) => b.values), shape.valueHeader].join(' '),
    ...headingsOfLongTable(grid, shape.headerRow),
  ];
  let best: ReturnType<typeof suggestMeasures> = [];
  for (const t of texts) {
    const s = suggestMeasures(t, {}, framework, 8);
    if (s.length > 0 && (best.length === 0 || s[0].score > best[0].score)) best = s;
  }
  return best;
}

/** Titles an officer put above a long table's header, and the sheet's name. */
function headingsOfLongTable(grid: SheetGrid, headerRow: number): string[] {
  const out: string[] = [];
  for (let r = headerRow - 1; r >= grid.top && out.length < 3; r--) {
    const label = rowLabel(grid, r);
    if (label) out.push(label);
  }
  return [...out, grid.name];
}

/** What a table would give if tagged (figures for the as-at year, and the checks at source); nothing is saved. */
export async function previewTableTag(
  host: ExcelHost,
  request: TableTagRequest,
  asAt?: string,
): Promise<TablePreview> {
  const loaded = await loadWorkbook(host, { grids: 'none' });
  return previewTable(host.run, loaded.framework, request, resolveAsAt(loaded.framework, asAt));
}

/**
 * Proposed tags for a sheet (or every user sheet): for the officer to accept or reject. The rows of a 903
 * table are never proposed.
 */
export async function suggestTags(host: ExcelHost, sheet?: string) {
  return (await suggestTagsAndTables(host, sheet)).rows;
}

/** Proposed row tags, and the sheets holding a 903 table by its headers not yet tagged as one (one read). */
export async function suggestTagsAndTables(host: ExcelHost, sheet?: string) {
  const loaded = await loadWorkbook(host, sheet ? { grids: 'none', alsoSheets: [sheet] } : { grids: 'all' });
  if (sheet && !gridOf(loaded, sheet))
    throw new PmfError(`There is no sheet named '${sheet}' in this workbook.`, 'NotFound');
  const tables = tablesToTag(loaded.snapshot.grids.values(), loaded.tags);
  // The rows of a 903 table are children's records, not rows of figures to tag.
  const headers = new Map(tables.map((t) => [t.sheet, t.headerRow]));
  const rows = [];
  const markers = markerAddresses();
  for (const grid of loaded.snapshot.grids.values()) {
    // The add-in's own summary and front page hold figures it wrote, not the officer's data.
    if (!sheet && isAddinOutput(grid, markers)) continue;
    const header = headers.get(grid.name) ?? Infinity;
    const found = suggestForSheet(grid, loaded.framework, { existingTags: loaded.tags });
    rows.push(...found.filter((r) => r.row < header));
  }
  return { rows, tables };
}

export { cellRef };
