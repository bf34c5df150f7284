/**
 * Sheets laid out periods down the rows: the column of periods a tagged column is read against.
 */
import { cellAt, formatAt, type SheetGrid } from '../grid';
import { parseHeader } from '../periods/parse';

/**
 * The column of periods for a column tagged as a series: of the columns left of `column`, the nearest whose
 * non-blank cells in rows firstRow..lastRow mostly read as periods (more period cells than cells that are
 * neither periods nor comparator labels such as 'Target' or 'England'). Undefined when there is none.
 */
export function findPeriodColumn(
  grid: SheetGrid,
  column: number,
  firstRow: number,
  lastRow: number,
): number | undefined {
  for (
    let col = Math.min(column - 1, grid.left + (grid.values[0]?.length ?? 0) - 1);
    col >= grid.left;
    col--
  ) {
    let periods = 0;
    let others = 0;
    for (let r = firstRow; r <= lastRow; r++) {
      const v = cellAt(grid, r, col);
      if (v === '' || (typeof v === 'string' && v.trim() === '')) continue;
      const meaning = parseHeader(v, formatAt(grid, r, col));
      if (meaning.type === 'period') periods++;
      else if (meaning.type === 'other') others++;
    }
    if (periods > 0 && periods > others) return col;
  }
  return undefined;
}
