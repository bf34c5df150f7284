/**
 * Excel.PageBreakCollection (ExcelApi 1.9): a worksheet's manual page breaks between rows
 * (horizontalPageBreaks), kept as the file's row breaks.
 */
import type * as ExcelJS from 'exceljs';
import { parseAddress, splitSheetAddress } from '../address';
import { type ClientResult, ProxyBase } from '../context';
import { HeadlessError } from '../errors';
import type { RangeProxy } from './range';

interface RowBreak {
  id: number;
  max?: number;
  min?: number;
  man?: number;
}

function breaksOf(ws: ExcelJS.Worksheet): RowBreak[] {
  const w = ws as unknown as { rowBreaks?: RowBreak[] };
  return (w.rowBreaks ??= []);
}

/** The last column index a row break spans in a file (all columns). */
const ALL_COLUMNS = 16383;

export class PageBreakCollectionProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'PageBreakCollection';
  }
  protected _props() {
    return {};
  }
  /**
   * Adds a page break before the top-left cell of the range. Before row 1 there is no page to end: nothing
   * is added (as Excel's Insert Page Break does nothing in A1).
   */
  add(pageBreakRange: string | RangeProxy): void {
    this._call('add', [pageBreakRange], (ws) => {
      const b =
        typeof pageBreakRange === 'string'
          ? parseAddress(splitSheetAddress(pageBreakRange).local)
          : pageBreakRange._resolve()?.b;
      if (!b) throw new HeadlessError('InvalidArgument', 'A page break needs a range.');
      if (b.r1 <= 1) return;
      // In the file a break is recorded under the row above it (the page ends after that row).
      const id = b.r1 - 1;
      const list = breaksOf(ws);
      if (!list.some((x) => x.id === id)) {
        list.push({ id, max: ALL_COLUMNS, man: 1 });
        list.sort((x, y) => x.id - y.id);
      }
    });
  }
  getCount(): ClientResult<number> {
    return this._callResult('getCount', [], (ws) => breaksOf(ws).length);
  }
  /** Removes every manual page break of the worksheet. */
  removePageBreaks(): void {
    this._call('removePageBreaks', [], (ws) => {
      breaksOf(ws).length = 0;
    });
  }
}
