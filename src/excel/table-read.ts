/**
 * Reading child-level tables without reading whole sheets: a 50,000-row extract with 30 columns read whole
 * would be a response far over Excel on the web's 5 MB limit. A table is read as its header rows and the
 * columns its measures use (see NarrowPlan, fed to the snapshot's narrow read); to tag or preview a table not
 * yet tagged, the sheet's first rows are read first to find its header and columns.
 */
import { columnNumber, type CellValue, type SheetGrid } from '../domain/grid';
import { parseA1Range } from '../domain/tables/details';
import type { TableTag } from '../domain/tags/types';
import type { ExcelRun } from './host';

/** Which part of a sheet to read: its rows above `firstRow` whole, and `columns` from `firstRow` to `lastRow`. */
export interface NarrowPlan {
  readonly columns: readonly number[];
  readonly firstRow: number;
  readonly lastRow: number;
  /** Number formats are needed (false: values only, half the response; tables read dates by their column). */
  readonly formats: boolean;
}

const LAST_ROW = 1048576;

/** The part of its sheet a table tag reads: its header rows, and its columns down to its range's last row. */
export function tableReadPlan(tag: TableTag): NarrowPlan {
  const t = tag.details.table;
  const range = t.range ? parseA1Range(t.range) : null;
  return {
    columns: Object.values(t.columns)
      .map((letter) => columnNumber(letter))
      .filter((c) => c >= 1),
    firstRow: t.headerRow + 1,
    lastRow: range ? range.bottom : LAST_ROW,
    formats: false,
  };
}

/** One plan covering several (the union of the columns, the widest rows; formats when any needs them). */
export function mergePlans(plans: readonly NarrowPlan[]): NarrowPlan {
  return {
    columns: [...new Set(plans.flatMap((p) => p.columns))].sort((a, b) => a - b),
    firstRow: Math.min(...plans.map((p) => p.firstRow)),
    lastRow: Math.max(...plans.map((p) => p.lastRow)),
    formats: plans.some((p) => p.formats),
  };
}

/** Does `plan` read everything `needed` asks for? */
export function planCovers(plan: NarrowPlan, needed: NarrowPlan): boolean {
  return (
    plan.firstRow <= needed.firstRow &&
    plan.lastRow >= needed.lastRow &&
    needed.columns.every((c) => plan.columns.includes(c))
  );
}

export interface SheetTop {
  /** The sheet's first rows (values only), from row 1 and column A. */
  readonly grid: SheetGrid;
  /** The used range, 1-based and inclusive. */
  readonly used: {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  };
}

/**
 * The first `rows` rows of a sheet's used range from `fromRow` (values only) and the used range's extent, in
 * one sync; null when the sheet is empty or missing. The rows are read as the used range within them, so a
 * stray value far below or to the right of the table does not make them larger; a few dozen rows are at
 * most a million cells even if a value sits at XFD on one of them, under Excel's limits.
 */
export async function readSheetTop(
  run: ExcelRun,
  sheet: string,
  rows: number,
  fromRow = 1,
): Promise<SheetTop | null> {
  return run(async (context) => {
    // getItem, not getItemOrNullObject: no method is called on an object that may be null; a missing sheet
    // fails the sync with ItemNotFound, as Excel documents.
    const ws = context.workbook.worksheets.getItem(sheet);
    // Its name as the workbook spells it: Excel finds a sheet named in any case.
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const top = ws
      .getRange(`${fromRow}:${Math.min(LAST_ROW, fromRow + rows - 1)}`)
      .getUsedRangeOrNullObject(true);
    top.load('values,rowIndex,columnIndex');
    try {
      await context.sync();
    } catch (e) {
      if ((e as { code?: unknown } | null)?.code === 'ItemNotFound') return null;
      throw e;
    }
    if (used.isNullObject) return null;
    const values = top.isNullObject ? [] : (top.values as CellValue[][]);
    return {
      grid: {
        name: ws.name,
        top: top.isNullObject ? used.rowIndex + 1 : top.rowIndex + 1,
        left: top.isNullObject ? used.columnIndex + 1 : top.columnIndex + 1,
        values,
        numberFormats: [],
      },
      used: {
        top: used.rowIndex + 1,
        left: used.columnIndex + 1,
        bottom: used.rowIndex + used.rowCount,
        right: used.columnIndex + used.columnCount,
      },
    };
  });
}

/**
 * The bytes of the values a narrow read brings back from a grid read with `plan`: its rows above the plan
 * whole, then each planned column, as Excel returns them (2-D arrays, as JSON). What Excel on the web's 5 MB
 * response limit applies to; for tests and the bench.
 */
export function narrowReadBytes(grid: SheetGrid, plan: NarrowPlan): number {
  let bytes = 0;
  for (let r = grid.top; r < plan.firstRow; r++)
    bytes += JSON.stringify([grid.values[r - grid.top] ?? []]).length;
  const last = Math.min(plan.lastRow, grid.top + grid.values.length - 1);
  for (const c of plan.columns) {
    const column: CellValue[][] = [];
    for (let r = plan.firstRow; r <= last; r++)
      column.push([grid.values[r - grid.top]?.[c - grid.left] ?? '']);
    bytes += JSON.stringify(column).length;
  }
  return bytes;
}
