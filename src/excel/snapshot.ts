import { GridTooLargeError, gridFromParts } from '../domain/grid';
import type { CellValue, GridPart, SheetGrid } from '../domain/grid';
import { tagsFromRows } from '../domain/tags';
import type { ColumnTag, Tag } from '../domain/tags/types';
import { PmfError } from './errors';
import type { ExcelRun } from './host';
import { type Area, READ_CELL_LIMIT, type ReadWant } from './read-plan';
import { type SheetRead, readSheets } from './sheet-reads';
import { type NarrowPlan, mergePlans, tableReadPlan } from './table-read';
import { SETTINGS_SHEET, TAG_SHEET, isOwnSheet, sheetNameIn, withWorkbookSheetNames } from './workbook-names';

export interface SheetInfo {
  readonly name: string;
  readonly visibility: string;
  readonly position: number;
  /** Review > Protect Sheet is on. */
  readonly protected: boolean;
}

/** What a refresh, a check or the pane needs from the workbook, read in a fixed number of syncs. */
export interface WorkbookSnapshot {
  readonly workbookName: string;
  /** Review > Protect Workbook is on: sheets cannot be added, deleted, renamed or moved. */
  readonly workbookProtected: boolean;
  /** Every sheet, in tab order, the add-in's own hidden sheets included. */
  readonly sheets: readonly SheetInfo[];
  /** Rows of the tag sheet from its row 1 (empty when there is no tag sheet). */
  readonly tagRows: readonly (readonly CellValue[])[];
  readonly tagSheetExists: boolean;
  readonly settingsRows: readonly (readonly CellValue[])[];
  readonly settingsSheetExists: boolean;
  /** Used ranges (values and number formats) of the sheets asked for. */
  readonly grids: ReadonlyMap<string, SheetGrid>;
  /** Sheets read narrowly: header rows and tagged child-level columns only (see readSnapshot). */
  readonly narrowSheets: readonly string[];
  /** Text found at the cells asked for in `probeCells`, by "sheet!address". */
  readonly probes: ReadonlyMap<string, CellValue>;
}

export interface ProbeCell {
  readonly sheet: string;
  readonly address: string;
}

export interface SnapshotRequest {
  /**
   * Which sheets' used ranges to read: 'tagged' (the sheets the tag sheet names, plus `alsoSheets`),
   * 'all' user sheets, or none.
   */
  readonly grids: 'tagged' | 'all' | 'none';
  readonly alsoSheets?: readonly string[];
  /**
   * Single cells to read alongside the grids, e.g. the summary sheet's marker cell; or a function choosing
   * them from the sheet list, which the first sync has just read.
   */
  readonly probeCells?: readonly ProbeCell[] | ((sheets: readonly SheetInfo[]) => readonly ProbeCell[]);
  /** Sheets to read narrowly with the plan given (a child-level table found where it now is). */
  readonly narrow?: ReadonlyMap<string, NarrowPlan>;
}

/** Pad a used range's values so that index 0 is sheet row 1 and column A. */
function fromRowOne(values: CellValue[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const pad: CellValue[] = new Array<CellValue>(columnIndex).fill('');
  const body = columnIndex > 0 ? values.map((r) => [...pad, ...r]) : values;
  const above: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  return [...above, ...body];
}

/**
 * The add-in's own sheets are read as the used range within their first columns and rows (a tag sheet of
 * 100,000 tags is far beyond any authority's): a stray value far away on one cannot make the read huge.
 */
const OWN_SHEET_AREA = 'A1:Z100000';

interface OwnSheetRead {
  readonly range: Excel.Range | null;
}

/**
 * Queues the read of one of the add-in's own sheets, if the sheet list (already synced) has it: `name` is the
 * workbook's spelling of it (Excel compares names without regard to case), undefined when it has none.
 */
function queueOwnSheet(sheets: Excel.WorksheetCollection, name: string | undefined): OwnSheetRead {
  if (name === undefined) return { range: null };
  const range = sheets.getItem(name).getRange(OWN_SHEET_AREA).getUsedRangeOrNullObject(true);
  range.load('values,rowIndex,columnIndex');
  return { range };
}

function ownSheetRows(read: OwnSheetRead): CellValue[][] {
  const r = read.range;
  if (!r || r.isNullObject) return [];
  return fromRowOne(r.values as CellValue[][], r.rowIndex, r.columnIndex);
}

/**
 * Syncs the reads of the add-in's own sheets (and what goes with them). Their reads are bounded by area, not
 * by what the cells hold: a sheet stuffed with text can make the response more than Excel on the web sends.
 */
async function syncOwnSheets(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== 'ResponsePayloadSizeLimitExceeded') throw e;
    throw new PmfError(
      `The add-in's hidden sheets ('${TAG_SHEET}', '${SETTINGS_SHEET}') hold more than Excel can send at once (5 MB). Clear what is not the add-in's from them: anything right of column O on '${TAG_SHEET}' or of column F on '${SETTINGS_SHEET}'.`,
      'Refused',
    );
  }
}

/** What the add-in's own sheets usually return (a few thousand tags), for the budget of the sync they share. */
const OWN_SHEETS_RESPONSE_BYTES = 512 * 1024;

/**
 * Sheets whose tags are all child-level record columns or tables, with the columns and rows those tags cover
 * (tables: see tableReadPlan).
 */
function recordOnlySheets(tags: readonly Tag[]): Map<string, NarrowPlan> {
  const bySheet = new Map<string, Tag[]>();
  for (const t of tags) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
  const out = new Map<string, NarrowPlan>();
  for (const [sheet, tags] of bySheet) {
    const records = tags.filter((t): t is ColumnTag => t.kind === 'column' && t.role === 'records');
    const tables = tags.filter((t) => t.kind === 'table');
    if (records.length + tables.length !== tags.length) continue;
    out.set(
      sheet,
      mergePlans([
        ...records.map((t) => ({
          columns: [t.column],
          firstRow: t.firstRow,
          lastRow: t.lastRow,
          formats: true,
        })),
        ...tables.map(tableReadPlan),
      ]),
    );
  }
  return out;
}

/** What is wanted of a sheet tagged only for child-level columns or tables: its header rows and those columns. */
function recordWants(cols: NarrowPlan): ReadWant[] {
  const wants: ReadWant[] = [];
  if (cols.firstRow > 1) wants.push({ rows: { first: 0, last: cols.firstRow - 2 } });
  for (const c of cols.columns) {
    wants.push({
      rows: { first: cols.firstRow - 1, last: cols.lastRow - 1 },
      columns: { first: c - 1, last: c - 1 },
    });
  }
  return wants;
}

function usedArea(used: Excel.Range): Area | null {
  if (used.isNullObject) return null;
  return {
    row: used.rowIndex,
    column: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  };
}

/** The grid of a sheet from the parts read of it, or a plain refusal when it is too spread out. */
function sheetGrid(name: string, parts: readonly GridPart[]): SheetGrid {
  try {
    return gridFromParts(name, parts, READ_CELL_LIMIT);
  } catch (e) {
    if (e instanceof GridTooLargeError) {
      throw new PmfError(
        `The sheet '${name}' is too spread out to read: its rows would hold ${e.cells.toLocaleString('en-GB')} cells (the add-in reads at most ${READ_CELL_LIMIT.toLocaleString('en-GB')}). If values far to the right of its data are strays, clear them.`,
        'Refused',
      );
    }
    throw e;
  }
}

/**
 * Reads the workbook in a fixed number of syncs whatever the number of tags or sheets:
 * 1. the workbook's name and its sheets;
 * 2. the tag and settings sheets' values (each read only when the list has it: no call is made on an
 *    object that may not exist), the used range of each sheet that may be wanted (its dimensions only),
 *    and any probe cells;
 * 3. the cells wanted, in blocks planned from those dimensions (read-plan.ts): one sync while they fit one
 *    response (under 4 MB: a few hundred thousand cells), more only beyond that or when a sheet's used range
 *    is far larger than its cells (a stray value at XFD1048576) and is probed first to find them.
 * With no grid wanted, the read stops after the second sync.
 */
export async function readSnapshot(run: ExcelRun, request: SnapshotRequest): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const workbook = context.workbook;
    workbook.load('name,protection/protected');
    const sheets = workbook.worksheets;
    sheets.load('items/name,items/visibility,items/position,items/protection/protected');
    await context.sync();

    const infos: SheetInfo[] = sheets.items.map((s) => ({
      name: s.name,
      visibility: String(s.visibility),
      position: s.position,
      protected: s.protection.protected,
    }));
    // Sheets are named as the workbook names them: Excel compares names without regard to case.
    const names = infos.map((s) => s.name);
    const existing = new Set(names);
    const tagSheet = sheetNameIn(names, TAG_SHEET);
    const tagRead = queueOwnSheet(sheets, tagSheet);
    const settingsRead = queueOwnSheet(sheets, sheetNameIn(names, SETTINGS_SHEET));
    const also = (request.alsoSheets ?? []).map((n) => sheetNameIn(names, n) ?? n);
    const narrowPlans = [...(request.narrow ?? [])].map(
      ([n, plan]) => [sheetNameIn(names, n) ?? n, plan] as const,
    );
    // The sheets that may be wanted: every user sheet when the tags decide (they are read in this sync).
    const candidates = new Set(
      [
        ...(request.grids === 'none' ? [] : names.filter((n) => !isOwnSheet(n))),
        ...also,
        ...narrowPlans.map(([n]) => n),
      ].filter((n) => existing.has(n)),
    );
    const usedRanges = new Map(
      [...candidates].map((name) => {
        const used = sheets.getItem(name).getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        return [name, used] as const;
      }),
    );
    const probeList =
      typeof request.probeCells === 'function' ? request.probeCells(infos) : (request.probeCells ?? []);
    const probes = probeList
      .filter((p) => sheetNameIn(names, p.sheet) !== undefined)
      .map((p) => {
        const range = sheets.getItem(p.sheet).getRange(p.address);
        range.load('values');
        return { key: `${p.sheet}!${p.address}`, range };
      });
    await syncOwnSheets(context);

    const tagRows = ownSheetRows(tagRead);
    const settingsRows = ownSheetRows(settingsRead);
    const tags = request.grids === 'tagged' ? withWorkbookSheetNames(tagsFromRows(tagRows).tags, names) : [];
    const wanted = new Set<string>();
    if (request.grids === 'all') {
      for (const s of infos) if (!isOwnSheet(s.name)) wanted.add(s.name);
    } else if (request.grids === 'tagged') {
      for (const t of tags) wanted.add(t.sheet);
    }
    for (const n of also) wanted.add(n);
    for (const [n] of narrowPlans) wanted.add(n);
    const toRead = [...wanted].filter((n) => usedRanges.has(n));
    // Sheets tagged only for child-level columns can be tens of thousands of rows by dozens of columns:
    // read just their header rows and the tagged columns, so the response stays far below Excel on the
    // web's 5 MB limit. Every other sheet is read whole (its used range).
    const recordsOnly = recordOnlySheets(tags);
    for (const [name, plan] of narrowPlans) recordsOnly.set(name, plan);
    const reads: SheetRead[] = toRead.map((name) => {
      const cols = recordsOnly.get(name);
      const narrow = cols !== undefined && !also.includes(name);
      return {
        sheet: name,
        used: usedArea(usedRanges.get(name)!),
        // A sheet holding only tables is read without number formats (half the response): tables read
        // their dates by the column they are in.
        ...(narrow ? { wants: recordWants(cols), formats: cols.formats } : {}),
      };
    });
    const parts = reads.length > 0 ? await readSheets(context, reads) : new Map<string, GridPart[]>();
    const grids = new Map<string, SheetGrid>();
    for (const r of reads) grids.set(r.sheet, sheetGrid(r.sheet, parts.get(r.sheet) ?? []));
    const probeValues = new Map<string, CellValue>();
    for (const p of probes) probeValues.set(p.key, (p.range.values as CellValue[][])[0][0]);

    return {
      workbookName: workbook.name,
      workbookProtected: workbook.protection.protected,
      sheets: infos,
      tagRows,
      tagSheetExists: tagSheet !== undefined,
      settingsRows,
      settingsSheetExists: sheetNameIn(names, SETTINGS_SHEET) !== undefined,
      grids,
      narrowSheets: reads.filter((r) => r.wants !== undefined).map((r) => r.sheet),
      probes: probeValues,
    };
  });
}

/** Where the user's selection is, and the rows around it. */
export interface SelectionSnapshot {
  readonly sheet: string;
  /** 1-based row and column of the selection's top-left cell, and the rows it spans. */
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  /** A1 address without the sheet: 'B14' or 'D4:D41'. */
  readonly address: string;
  /**
   * Values and number formats of the sheet's used columns, from up to `windowRows` rows above the selection
   * to just below it (the whole used range on most sheets); null when the sheet is empty.
   */
  readonly grid: SheetGrid | null;
  /** Whether rows of the used range above the window were left out. */
  readonly clipped: boolean;
  /** Whether the used range runs on below the window (the window stops just below the selection). */
  readonly rowsBelow?: boolean;
  /**
   * The used range's first rows (values only, up to TOP_ROWS; the window's own rows when it reaches the top)
   * and its extent: where a child-level table's header is found. Null when the sheet is empty.
   */
  readonly top: { readonly grid: SheetGrid; readonly bottom: number; readonly right: number } | null;
  readonly tagRows: readonly (readonly CellValue[])[];
  readonly settingsRows: readonly (readonly CellValue[])[];
}

/** Rows read from the top of a sheet with the selection, to find a child-level table's header. */
export const TOP_ROWS = 60;

/**
 * Reads the selection and the rows around it in two syncs: the selection, the used range's extent and the
 * sheet list; then the window of rows (planned from the extent, read-plan.ts) and the add-in's own sheets
 * (each only when the list has it). A selection change in the pane costs the rows a person can be looking
 * at, not a whole 50,000-row sheet; a window whose used columns run far to the right (a stray value at
 * XFD) is probed first, which takes a sync more.
 */
export async function readSelection(
  run: ExcelRun,
  windowRows: number,
  /** 'activeCell' when the selection is not one range (several areas, a chart): the active cell is read. */
  from: 'selection' | 'activeCell' = 'selection',
): Promise<SelectionSnapshot> {
  return run(async (context) => {
    const range =
      from === 'activeCell' ? context.workbook.getActiveCell() : context.workbook.getSelectedRange();
    range.load('address,rowIndex,columnIndex,rowCount');
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();

    const names = sheets.items.map((s) => s.name);
    const tagSheet = sheetNameIn(names, TAG_SHEET);
    const settingsSheet = sheetNameIn(names, SETTINGS_SHEET);
    const tagRead = queueOwnSheet(sheets, tagSheet);
    const settingsRead = queueOwnSheet(sheets, settingsSheet);
    const area = usedArea(used);
    const usedLast = area ? area.row + area.rowCount - 1 : -1;
    const first = area ? Math.max(area.row, range.rowIndex - windowRows) : 0;
    const last = area ? Math.min(usedLast, range.rowIndex + range.rowCount) : -1;
    const window = area && last >= first;
    let own = { tagRead, settingsRead };
    let parts = new Map<string, GridPart[]>();
    // The used range's first rows, values only, with the window when the window does not reach them.
    const topKey = `${sheet.name}\u0000top`;
    const withTop = !!window && first > area.row;
    if (window) {
      const reads: SheetRead[] = [{ sheet: sheet.name, used: area, wants: [{ rows: { first, last } }] }];
      if (withTop) {
        const rows = { first: area.row, last: Math.min(usedLast, area.row + TOP_ROWS - 1) };
        reads.push({ sheet: sheet.name, key: topKey, used: area, wants: [{ rows }], formats: false });
      }
      try {
        parts = await readSheets(context, reads, OWN_SHEETS_RESPONSE_BYTES);
      } catch (e) {
        if ((e as { code?: unknown } | null)?.code !== 'ResponsePayloadSizeLimitExceeded') throw e;
        // The own sheets and the window were more than one response: each on its own.
        own = {
          tagRead: queueOwnSheet(sheets, tagSheet),
          settingsRead: queueOwnSheet(sheets, settingsSheet),
        };
        await syncOwnSheets(context);
        parts = await readSheets(context, reads);
      }
    } else if (tagRead.range || settingsRead.range) {
      await syncOwnSheets(context);
    }
    const base = {
      sheet: sheet.name,
      row: range.rowIndex + 1,
      column: range.columnIndex + 1,
      rowCount: range.rowCount,
      // Range.address includes the sheet ('Monthly PMF'!B14); the pane shows the sheet separately.
      address: range.address.slice(range.address.lastIndexOf('!') + 1),
      tagRows: ownSheetRows(own.tagRead),
      settingsRows: ownSheetRows(own.settingsRead),
    };
    if (!window) return { ...base, grid: null, clipped: false, top: null };
    const grid = sheetGrid(sheet.name, parts.get(sheet.name) ?? []);
    return {
      ...base,
      grid,
      clipped: first > area.row,
      rowsBelow: usedLast > last,
      top: {
        grid: withTop ? sheetGrid(sheet.name, parts.get(topKey) ?? []) : grid,
        bottom: usedLast + 1,
        right: area.column + area.columnCount,
      },
    };
  });
}
