import type { CellValue } from '../domain/grid';
import { RequestSize, Tracked } from './request-size';

/** A row to write, or null to leave that sheet row exactly as it is (a broken tag row kept verbatim). */
export type OwnSheetRow = readonly CellValue[] | null;

export interface OwnSheetWrite {
  readonly sheetName: string;
  readonly rows: readonly OwnSheetRow[];
  /** Whether the sheet exists already (from the snapshot). */
  readonly exists: boolean;
  /** Rows the sheet used before, so rows no longer needed are cleared. */
  readonly previousRowCount: number;
  readonly previousColumnCount: number;
}

/**
 * Queues the writing of one of the add-in's hidden sheets (tags or settings) as whole ranges: one values
 * write and one number-format write, never row-by-row, never TableRowCollection.add (co-authoring merges
 * cell content; table row inserts conflict). Strings are written into Text-formatted cells so that text
 * beginning with '=', '+', '-' or '@' stays text. Rows given as null are left untouched. Does not sync.
 * Returns the request's size as Office.js will send it (see request-size.ts), in bytes.
 */
export function queueOwnSheetWrite(context: Excel.RequestContext, write: OwnSheetWrite): number {
  const size = new RequestSize();
  const sheets = new Tracked(size, context.workbook.worksheets, size.worksheets);
  const sheet = write.exists
    ? sheets.get('getItem', [write.sheetName], { indexer: true })
    : sheets.get('add', [write.sheetName], { changesWorkbook: true });
  if (!write.exists) sheet.set('visibility', 'Hidden');

  const width = Math.max(1, ...write.rows.map((r) => (r ? r.length : 0)));
  const rowCount = write.rows.length;
  if (rowCount > 0) {
    const values: (CellValue | null)[][] = [];
    const formats: (string | null)[][] = [];
    for (const row of write.rows) {
      if (row === null) {
        values.push(new Array<null>(width).fill(null));
        formats.push(new Array<null>(width).fill(null));
        continue;
      }
      const v: CellValue[] = [];
      const f: string[] = [];
      for (let c = 0; c < width; c++) {
        const cell = c < row.length ? row[c] : '';
        v.push(cell);
        f.push(typeof cell === 'string' ? '@' : 'General');
      }
      values.push(v);
      formats.push(f);
    }
    const range = sheet.get('getRangeByIndexes', [0, 0, rowCount, width]);
    // Excel's value arrays take null for "leave this cell unchanged"; the typings do not say so.
    range.set('numberFormat', formats as unknown as string[][]);
    range.set('values', values as unknown as CellValue[][]);
  }
  // Clear what the sheet held beyond the new extent (rows removed, or a narrower table).
  if (write.exists && write.previousRowCount > rowCount) {
    sheet
      .get('getRangeByIndexes', [
        rowCount,
        0,
        write.previousRowCount - rowCount,
        Math.max(width, write.previousColumnCount),
      ])
      .call('clear', undefined);
  }
  // A narrower table than before: clear the columns it no longer uses, but only where no row is kept verbatim.
  if (
    write.exists &&
    write.previousColumnCount > width &&
    rowCount > 0 &&
    write.rows.every((r) => r !== null)
  ) {
    sheet
      .get('getRangeByIndexes', [0, width, rowCount, write.previousColumnCount - width])
      .call('clear', undefined);
  }
  return size.bytes;
}
