import type { CellStyle, SheetPlan } from '../domain/summary/types';
import { RequestSize, Tracked, utf8Bytes } from './request-size';

/**
 * Each request the writer sends stays under this many bytes (counted as Office.js sends them, see
 * request-size.ts), well under Excel on the web's 5 MB limit.
 */
export const REQUEST_BUDGET_BYTES = 3 * 1024 * 1024;

export interface SheetPlanWrite {
  readonly plan: SheetPlan;
  /** The add-in's previous summary sheet to replace, when there is one (checked by its marker). */
  readonly replaceSheet: { readonly name: string; readonly position: number } | null;
  /** Every sheet name in the workbook, to choose a free temporary name. */
  readonly sheetNames: readonly string[];
  readonly supportsExcelApi: (version: string) => boolean;
  readonly onProgress?: (fraction: number) => void;
  /** Called before each sync with the size the writer counted for that request, in bytes. */
  readonly onRequest?: (bytes: number) => void;
}

const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;
const BORDER_COLOUR = '#BFBFBF';

function applyStyle(range: Tracked<Excel.Range>, style: CellStyle): void {
  const f = range.nav('format');
  if (style.fill) f.nav('fill').set('color', style.fill);
  if (style.bold !== undefined) f.nav('font').set('bold', style.bold);
  if (style.italic !== undefined) f.nav('font').set('italic', style.italic);
  if (style.fontColor) f.nav('font').set('color', style.fontColor);
  if (style.fontSize) f.nav('font').set('size', style.fontSize);
  if (style.horizontalAlignment) f.set('horizontalAlignment', style.horizontalAlignment);
  if (style.verticalAlignment) f.set('verticalAlignment', style.verticalAlignment);
  if (style.wrapText !== undefined) f.set('wrapText', style.wrapText);
  const edge = (index: (typeof BORDER_EDGES)[number]) =>
    f.nav('borders').get('getItem', [index], { indexer: true });
  if (style.border) {
    for (const index of BORDER_EDGES) {
      const b = edge(index);
      b.set('style', 'Continuous');
      b.set('color', BORDER_COLOUR);
    }
  }
  if (style.bottomBorder) {
    const b = edge('EdgeBottom');
    b.set('style', 'Continuous');
    b.set('color', '#7F7F7F');
  }
}

/** Consecutive rows of the same height, so each run is one command. */
function heightRuns(heights: readonly { row: number; height: number }[]) {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const runs: { row: number; count: number; height: number }[] = [];
  for (const h of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.height === h.height && last.row + last.count === h.row) last.count++;
    else runs.push({ row: h.row, count: 1, height: h.height });
  }
  return runs;
}

/** A plan row as written (null cells as ''), with its JSON size and its number formats'. */
function rowToWrite(plan: SheetPlan, r: number) {
  const values = plan.values[r].map((v) => (v === null ? '' : v));
  const formats = plan.numberFormats[r] as string[];
  // Each row is an element of its array: its JSON and a comma.
  return {
    values,
    formats,
    bytes: utf8Bytes(JSON.stringify(values)) + utf8Bytes(JSON.stringify(formats)) + 2,
  };
}

/**
 * Writes a SheetPlan as a new sheet in a few batches: the cells in row chunks sized to stay under the request
 * limit, then the formatting; the add-in's previous summary sheet is deleted and the new one takes its name
 * and tab position only at the end, so a failure half way leaves the previous summary in place.
 * Returns the number of syncs it took. Strings go into Text-formatted cells (the plan marks them '@'), so
 * user text starting with '=', '+', '-' or '@' is never a formula.
 */
export async function writeSheetPlan(context: Excel.RequestContext, write: SheetPlanWrite): Promise<number> {
  const { plan } = write;
  let syncs = 0;
  const size = new RequestSize();
  const sheets = new Tracked(size, context.workbook.worksheets, size.worksheets);
  const taken = new Set(write.sheetNames.map((n) => n.toLowerCase()));
  let tempName = `${plan.sheetName.slice(0, 24)} (new)`;
  for (let i = 2; taken.has(tempName.toLowerCase()); i++)
    tempName = `${plan.sheetName.slice(0, 22)} (new ${i})`;
  const writingInPlace = write.replaceSheet === null && !taken.has(plan.sheetName.toLowerCase());
  const sheet = sheets.get('add', [writingInPlace ? plan.sheetName : tempName], { changesWorkbook: true });
  const rangeAt = (row: number, col: number, rowCount: number, colCount: number) =>
    sheet.get('getRangeByIndexes', [row, col, rowCount, colCount]);

  const rows = plan.values.length;
  const cols = plan.columnWidths.length;
  const total = rows + plan.styles.length + plan.hyperlinks.length + 1;
  let done = 0;
  const flush = async (): Promise<void> => {
    // Batches are bounded by the payload budget, not per row: a handful of syncs however long the plan.
    write.onRequest?.(size.bytes);
    await context.sync();
    syncs++;
    size.synced();
    write.onProgress?.(Math.min(0.95, done / total));
  };
  /** After queueing something small: a new request once this one has reached the budget. */
  const checkBudget = async (): Promise<void> => {
    if (size.bytes >= REQUEST_BUDGET_BYTES) await flush();
  };

  // Cells, chunked by rows: a chunk is sized before it is queued, so that no request goes over the budget.
  let start = 0;
  while (start < rows) {
    const chunk: ReturnType<typeof rowToWrite>[] = [];
    let chunkBytes = 0;
    for (let end = start; end < rows; end++) {
      const row = rowToWrite(plan, end);
      if (chunk.length > 0 && size.bytes + chunkBytes + row.bytes > REQUEST_BUDGET_BYTES) break;
      chunk.push(row);
      chunkBytes += row.bytes;
    }
    const range = rangeAt(start, 0, chunk.length, cols);
    // Each array's JSON: its rows and the brackets around them, less the last row's comma.
    const arrayBytes = (which: 'values' | 'formats') =>
      chunk.reduce((n, r) => n + utf8Bytes(JSON.stringify(r[which])) + 1, 1);
    range.set(
      'numberFormat',
      chunk.map((r) => r.formats),
      arrayBytes('formats'),
    );
    range.set(
      'values',
      chunk.map((r) => r.values),
      arrayBytes('values'),
    );
    done += chunk.length;
    start += chunk.length;
    if (start < rows) await flush();
  }

  // Formatting.
  for (const s of plan.styles) {
    applyStyle(rangeAt(s.row, s.col, s.rowCount, s.colCount), s.style);
    done++;
    await checkBudget();
  }
  for (const m of plan.merges) {
    rangeAt(m.row, m.col, m.rowCount, m.colCount).call('merge', false);
    await checkBudget();
  }
  for (const h of plan.hyperlinks) {
    const text = plan.values[h.row]?.[h.col];
    rangeAt(h.row, h.col, 1, 1).set('hyperlink', {
      documentReference: h.documentReference,
      textToDisplay: text === null || text === undefined ? undefined : String(text),
      screenTip: h.screenTip,
    });
    done++;
    await checkBudget();
  }
  for (const run of heightRuns(plan.rowHeights ?? [])) {
    rangeAt(run.row, 0, run.count, 1).nav('format').set('rowHeight', run.height);
    await checkBudget();
  }
  for (let c = 0; c < plan.columnWidths.length; c++) {
    rangeAt(0, c, 1, 1).nav('format').set('columnWidth', plan.columnWidths[c]);
    await checkBudget();
  }
  if (plan.freezeRows > 0) sheet.nav('freezePanes').call('freezeRows', plan.freezeRows);
  if (plan.tabColor) sheet.set('tabColor', plan.tabColor);
  if (write.supportsExcelApi('1.9')) {
    const setup = plan.pageSetup ?? { orientation: 'Landscape', paperSize: 'A4', fitToPagesWide: 1 };
    const layout = sheet.nav('pageLayout');
    layout.set('orientation', setup.orientation);
    layout.set('paperSize', setup.paperSize);
    // One page wide, as many pages tall as the sheet needs: a fit-to-height of 0 is "automatic" in the
    // file format (fitToHeight="0" in the sheet's pageSetup).
    layout.set('zoom', { horizontalFitToPages: setup.fitToPagesWide, verticalFitToPages: 0 });
    layout.call('setPrintTitleRows', `$${plan.printTitleRow + 1}:$${plan.printTitleRow + 1}`);
  }

  // Swap: the previous summary goes, the new one takes its name and place.
  if (!writingInPlace) {
    if (write.replaceSheet !== null) {
      sheets.get('getItem', [write.replaceSheet.name], { indexer: true }).call('delete');
      sheet.set('name', plan.sheetName);
      sheet.set('position', write.replaceSheet.position);
    } else {
      sheet.set('name', plan.sheetName);
    }
  }
  sheet.call('activate');
  sheet.get('getRange', ['A1']).call('select');
  await flush();
  write.onProgress?.(1);
  return syncs;
}
