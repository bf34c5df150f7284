import { columnLetter } from '../domain/grid';
import type { CellValue, SheetGrid } from '../domain/grid';
import { tagsFromRows } from '../domain/tags';
import type { ColumnTag, Tag } from '../domain/tags/types';
import type { ExcelRun } from './host';
import { mergePlans, tableReadPlan, type NarrowPlan } from './table-read';
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

interface GridPart {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (readonly string[])[];
}

/** One grid from the pieces of a sheet that were read (a used range, or header rows and some columns). */
function gridOfParts(name: string, parts: readonly GridPart[]): SheetGrid {
  const filled = parts.filter((p) => p.values.length > 0);
  if (filled.length === 0) return { name, top: 1, left: 1, values: [], numberFormats: [] };
  if (filled.length === 1) {
    const p = filled[0];
    return {
      name,
      top: p.rowIndex + 1,
      left: p.columnIndex + 1,
      values: p.values,
      numberFormats: p.numberFormats,
    };
  }
  const top = Math.min(...filled.map((p) => p.rowIndex));
  const left = Math.min(...filled.map((p) => p.columnIndex));
  const bottom = Math.max(...filled.map((p) => p.rowIndex + p.values.length - 1));
  const right = Math.max(...filled.map((p) => p.columnIndex + (p.values[0]?.length ?? 0) - 1));
  const values = Array.from({ length: bottom - top + 1 }, () =>
    new Array<CellValue>(right - left + 1).fill(''),
  );
  // Parts read without number formats (tables) leave the grid's formats empty: 'General' everywhere.
  const withFormats = filled.some((p) => p.numberFormats.length > 0);
  const numberFormats = withFormats
    ? Array.from({ length: bottom - top + 1 }, () => new Array<string>(right - left + 1).fill('General'))
    : [];
  for (const p of filled) {
    p.values.forEach((line, r) =>
      line.forEach((v, c) => {
        values[p.rowIndex - top + r][p.columnIndex - left + c] = v;
        if (withFormats) {
          numberFormats[p.rowIndex - top + r][p.columnIndex - left + c] =
            p.numberFormats[r]?.[c] ?? 'General';
        }
      }),
    );
  }
  return { name, top: top + 1, left: left + 1, values, numberFormats };
}

/**
 * Reads the workbook in two syncs whatever the number of tags or sheets:
 * 1. sheet list, workbook name, the tag and settings sheets' values;
 * 2. the used ranges (values and number formats) of the sheets wanted, and any probe cells.
 */
export async function readSnapshot(run: ExcelRun, request: SnapshotRequest): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const workbook = context.workbook;
    workbook.load('name,protection/protected');
    const sheets = workbook.worksheets;
    sheets.load('items/name,items/visibility,items/position,items/protection/protected');
    const tagRange = sheets.getItemOrNullObject(TAG_SHEET).getUsedRangeOrNullObject(true);
    tagRange.load('values,rowIndex,columnIndex');
    const settingsRange = sheets.getItemOrNullObject(SETTINGS_SHEET).getUsedRangeOrNullObject(true);
    settingsRange.load('values,rowIndex,columnIndex');
    await context.sync();

    const infos: SheetInfo[] = sheets.items.map((s) => ({
      name: s.name,
      visibility: String(s.visibility),
      position: s.position,
      protected: s.protection.protected,
    }));
    const tagRows = tagRange.isNullObject
      ? []
      : fromRowOne(tagRange.values as CellValue[][], tagRange.rowIndex, tagRange.columnIndex);
    const settingsRows = settingsRange.isNullObject
      ? []
      : fromRowOne(settingsRange.values as CellValue[][], settingsRange.rowIndex, settingsRange.columnIndex);
    // Sheets are named as the workbook names them: Excel compares names without regard to case.
    const names = infos.map((s) => s.name);
    const existing = new Set(names);
    const also = (request.alsoSheets ?? []).map((n) => sheetNameIn(names, n) ?? n);
    const narrowPlans = [...(request.narrow ?? [])].map(
      ([n, plan]) => [sheetNameIn(names, n) ?? n, plan] as const,
    );

    const tags = request.grids === 'tagged' ? withWorkbookSheetNames(tagsFromRows(tagRows).tags, names) : [];
    const wanted = new Set<string>();
    if (request.grids === 'all') {
      for (const s of infos) if (!isOwnSheet(s.name)) wanted.add(s.name);
    } else if (request.grids === 'tagged') {
      for (const t of tags) wanted.add(t.sheet);
    }
    for (const n of also) wanted.add(n);
    for (const [n] of narrowPlans) wanted.add(n);
    const toRead = [...wanted].filter((n) => existing.has(n));
    // Sheets tagged only for child-level columns can be tens of thousands of rows by dozens of columns:
    // read just their header rows and the tagged columns, so the response stays far below Excel on the
    // web's 5 MB limit. Every other sheet is read whole (its used range).
    const recordsOnly = recordOnlySheets(tags);
    for (const [name, plan] of narrowPlans) recordsOnly.set(name, plan);
    const ranges = toRead.map((name) => {
      const used = sheets.getItem(name).getUsedRangeOrNullObject(true);
      const cols = recordsOnly.get(name);
      const parts: Excel.Range[] = [];
      if (cols && !also.includes(name)) {
        const sheet = sheets.getItem(name);
        if (cols.firstRow > 1)
          parts.push(used.getIntersectionOrNullObject(sheet.getRange(`1:${cols.firstRow - 1}`)));
        for (const c of cols.columns) {
          const letter = columnLetter(c);
          parts.push(
            used.getIntersectionOrNullObject(
              sheet.getRange(`${letter}${cols.firstRow}:${letter}${cols.lastRow}`),
            ),
          );
        }
      } else {
        parts.push(used);
      }
      const narrow = parts.length === 0 || parts[0] !== used;
      // A sheet holding only tables is read without number formats (half the response): tables read their
      // dates by the column they are in.
      const formats = !(narrow && cols && !cols.formats);
      for (const part of parts)
        part.load(formats ? 'values,numberFormat,rowIndex,columnIndex' : 'values,rowIndex,columnIndex');
      return { name, parts, narrow, formats };
    });
    const probeList =
      typeof request.probeCells === 'function' ? request.probeCells(infos) : (request.probeCells ?? []);
    const probes = probeList
      .filter((p) => sheetNameIn(names, p.sheet) !== undefined)
      .map((p) => {
        const range = sheets.getItem(p.sheet).getRange(p.address);
        range.load('values');
        return { key: `${p.sheet}!${p.address}`, range };
      });
    if (ranges.length > 0 || probes.length > 0) await context.sync();

    const grids = new Map<string, SheetGrid>();
    for (const { name, parts, formats } of ranges) {
      grids.set(
        name,
        gridOfParts(
          name,
          parts
            .filter((p) => !p.isNullObject)
            .map((p) => ({
              rowIndex: p.rowIndex,
              columnIndex: p.columnIndex,
              values: p.values as CellValue[][],
              numberFormats: formats ? (p.numberFormat as string[][]) : [],
            })),
        ),
      );
    }
    const probeValues = new Map<string, CellValue>();
    for (const p of probes) probeValues.set(p.key, (p.range.values as CellValue[][])[0][0]);

    return {
      workbookName: workbook.name,
      workbookProtected: workbook.protection.protected,
      sheets: infos,
      tagRows,
      tagSheetExists: !tagRange.isNullObject || sheetNameIn(names, TAG_SHEET) !== undefined,
      settingsRows,
      settingsSheetExists: sheetNameIn(names, SETTINGS_SHEET) !== undefined,
      grids,
      narrowSheets: ranges.filter((r) => r.narrow).map((r) => r.name),
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
 * add-in's own sheets; then the window of rows (and the used range's first rows, where a table's header would
 * be). A selection change in the pane costs the rows a person can be looking at, not a whole 50,000-row sheet.
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
    const tagRange = sheets.getItemOrNullObject(TAG_SHEET).getUsedRangeOrNullObject(true);
    tagRange.load('values,rowIndex,columnIndex');
    const settingsRange = sheets.getItemOrNullObject(SETTINGS_SHEET).getUsedRangeOrNullObject(true);
    settingsRange.load('values,rowIndex,columnIndex');
    await context.sync();

    const base = {
      sheet: sheet.name,
      row: range.rowIndex + 1,
      column: range.columnIndex + 1,
      rowCount: range.rowCount,
      // Range.address includes the sheet ('Monthly PMF'!B14); the pane shows the sheet separately.
      address: range.address.slice(range.address.lastIndexOf('!') + 1),
      tagRows: tagRange.isNullObject
        ? []
        : fromRowOne(tagRange.values as CellValue[][], tagRange.rowIndex, tagRange.columnIndex),
      settingsRows: settingsRange.isNullObject
        ? []
        : fromRowOne(
            settingsRange.values as CellValue[][],
            settingsRange.rowIndex,
            settingsRange.columnIndex,
          ),
    };
    if (used.isNullObject) return { ...base, grid: null, clipped: false, top: null };
    const usedLast = used.rowIndex + used.rowCount - 1;
    const first = Math.max(used.rowIndex, range.rowIndex - windowRows);
    const last = Math.min(usedLast, range.rowIndex + range.rowCount);
    const extent = { bottom: usedLast + 1, right: used.columnIndex + used.columnCount };
    if (last < first) return { ...base, grid: null, clipped: false, top: null };
    const window = sheet.getRangeByIndexes(first, used.columnIndex, last - first + 1, used.columnCount);
    window.load('values,numberFormat');
    // The used range's first rows, in the same sync, when the window does not reach them.
    const topRows = Math.min(TOP_ROWS, used.rowCount);
    const top =
      first > used.rowIndex
        ? sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, topRows, used.columnCount)
        : null;
    top?.load('values');
    await context.sync();
    const grid: SheetGrid = {
      name: sheet.name,
      top: first + 1,
      left: used.columnIndex + 1,
      values: window.values as CellValue[][],
      numberFormats: window.numberFormat as string[][],
    };
    return {
      ...base,
      grid,
      clipped: first > used.rowIndex,
      rowsBelow: usedLast > last,
      top: {
        grid: top
          ? {
              name: sheet.name,
              top: used.rowIndex + 1,
              left: used.columnIndex + 1,
              values: top.values as CellValue[][],
              numberFormats: [],
            }
          : grid,
        ...extent,
      },
    };
  });
}
