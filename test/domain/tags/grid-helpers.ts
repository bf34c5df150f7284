import type { CellValue, SheetGrid } from '../../../src/domain/grid';

/** A SheetGrid from rows of cells; formats default to 'General' (or pass a same-shaped array). */
export function makeGrid(
  name: string,
  rows: readonly (readonly CellValue[])[],
  options: { top?: number; left?: number; formats?: readonly (readonly string[])[] } = {},
): SheetGrid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill('')]);
  const numberFormats =
    options.formats?.map((r) => [...r, ...new Array<string>(width - r.length).fill('General')]) ??
    values.map((r) => r.map(() => 'General'));
  return { name, top: options.top ?? 1, left: options.left ?? 1, values, numberFormats };
}

/** A monthly sheet as officers keep them: title, blank, header of months, section rows, data rows. */
export function monthlySheet(name = 'Monthly'): SheetGrid {
  return makeGrid(name, [
    ['Children Looked After - Monthly Performance Report', '', '', '', ''],
    ['', '', '', '', ''],
    ['Ref', 'Indicator', 'Jan-25', 'Feb-25', 'Mar-25'],
    ['', 'Children in care', '', '', ''],
    ['S01', 'Number of CLA at month end', 412, 418, 421],
    ['1.2', 'CLA rate per 10,000', 71.2, 72.3, 72.8],
    ['', 'Stability', '', '', ''],
    ['S02', '% CLA with 3+ placements in last 12 months', '9.5%', '9.8%', 'c'],
    ['KPI 4', 'Long term placement stability', 0.68, 0.69, 0.7],
    ['', '', '', '', ''],
    ['', 'Care Leavers', '', '', ''],
    ['', 'CL 19-21 in EET', '54%', '55%', '56%'],
    ['', 'EET 17-18', '61%', '60%', '#DIV/0!'],
  ]);
}
