import { columnLetter } from '../domain/grid';
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

/** One of the add-in's sheets to write: its plan, and the previous copy it replaces (checked by its marker). */
export interface PlannedSheet {
  readonly plan: SheetPlan;
  readonly replaceSheet: { readonly name: string; readonly position: number } | null;
  /**
   * A new sheet (nothing to replace) goes just before this one of the list when that one replaces a sheet
   * (the front page before the summary); otherwise new sheets follow each other at the end, in list order.
   */
  readonly before?: number;
}

export interface SheetPlansWrite {
  readonly sheets: readonly PlannedSheet[];
  /** Every sheet name in the workbook, to choose free temporary names. */
  readonly sheetNames: readonly string[];
  readonly supportsExcelApi: (version: string) => boolean;
  readonly onProgress?: (fraction: number) => void;
  /** Called before each sync with the size the writer counted for that request, in bytes. */
  readonly onRequest?: (bytes: number) => void;
  /** The sheet shown at the end (an index into sheets); the last by default. */
  readonly activate?: number;
  /** The size at which a request is sent and a new one started; REQUEST_BUDGET_BYTES by default. */
  readonly budgetBytes?: number;
}

/** Print setup (ExcelApi 1.9): A4 landscape, fitted to pages, print area, title rows, margins, footer, breaks. */
function queuePageSetup(sheet: Tracked<Excel.Worksheet>, plan: SheetPlan): void {
  const setup = plan.pageSetup ?? { orientation: 'Landscape', paperSize: 'A4', fitToPagesWide: 1 };
  const layout = sheet.nav('pageLayout');
  layout.set('orientation', setup.orientation);
  layout.set('paperSize', setup.paperSize);
  // As many pages tall as the sheet needs unless the plan says: a fit-to-height of 0 is "automatic" in the
  // file format (fitToHeight="0" in the sheet's pageSetup).
  layout.set('zoom', {
    horizontalFitToPages: setup.fitToPagesWide,
    verticalFitToPages: setup.fitToPagesTall ?? 0,
  });
  if (plan.printTitleRow !== null)
    layout.call('setPrintTitleRows', `$${plan.printTitleRow + 1}:$${plan.printTitleRow + 1}`);
  const rows = plan.values.length;
  if (setup.printColumns !== undefined && rows > 0) {
    layout.call('setPrintArea', `A1:${columnLetter(setup.printColumns)}${rows}`);
  }
  if (setup.margins) {
    layout.set('leftMargin', setup.margins.left);
    layout.set('rightMargin', setup.margins.right);
    layout.set('topMargin', setup.margins.top);
    layout.set('bottomMargin', setup.margins.bottom);
  }
  if (setup.footer) {
    const all = layout.nav('headersFooters').nav('defaultForAllPages');
    if (setup.footer.left !== undefined) all.set('leftFooter', setup.footer.left);
    if (setup.footer.center !== undefined) all.set('centerFooter', setup.footer.center);
    if (setup.footer.right !== undefined) all.set('rightFooter', setup.footer.right);
  }
  for (const row of setup.pageBreaksBefore ?? []) {
    if (row > 0 && row < rows)
      sheet.nav('horizontalPageBreaks').call('add', sheet.get('getRangeByIndexes', [row, 0, 1, 1]).object);
  }
}

/**
 * Writes SheetPlans as new sheets in a few batches: the cells in row chunks sized to stay under the request
 * limit, then the formatting; each previous copy of the add-in's sheets is deleted and its replacement
 * takes its name and tab position only at the end, so a failure half way leaves the previous sheets in
 * place. Returns the number of syncs it took (one for the usual summary and front page together).
 * Strings go into Text-formatted cells (the plan marks them '@'), so user text starting with '=', '+', '-'
 * or '@' is never a formula. Each request is counted as it is queued (request-size.ts), and a new one is
 * started when the budget is reached.
 */
export async function writeSheetPlans(
  context: Excel.RequestContext,
  write: SheetPlansWrite,
): Promise<number> {
  let syncs = 0;
  const budget = write.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const size = new RequestSize();
  const sheets = new Tracked(size, context.workbook.worksheets, size.worksheets);
  const taken = new Set(write.sheetNames.map((n) => n.toLowerCase()));
  const total =
    write.sheets.reduce(
      (n, s) => n + s.plan.values.length + s.plan.styles.length + s.plan.hyperlinks.length,
      0,
    ) + 1;
  let done = 0;
  const flush = async (): Promise<void> => {
    // Batches are bounded by the payload budget, not per row: a handful of syncs however long the plans.
    write.onRequest?.(size.bytes);
    await context.sync();
    syncs++;
    size.synced();
    write.onProgress?.(Math.min(0.95, done / total));
  };
  /** After queueing something small: a new request once this one has reached the budget. */
  const checkBudget = async (): Promise<void> => {
    if (size.bytes >= budget) await flush();
  };

  const written: { sheet: Tracked<Excel.Worksheet>; inPlace: boolean }[] = [];
  for (const { plan, replaceSheet } of write.sheets) {
    let tempName = `${plan.sheetName.slice(0, 24)} (new)`;
    for (let i = 2; taken.has(tempName.toLowerCase()); i++)
      tempName = `${plan.sheetName.slice(0, 22)} (new ${i})`;
    const inPlace = replaceSheet === null && !taken.has(plan.sheetName.toLowerCase());
    const name = inPlace ? plan.sheetName : tempName;
    taken.add(name.toLowerCase());
    const sheet = sheets.get('add', [name], { changesWorkbook: true });
    written.push({ sheet, inPlace });
    const rangeAt = (row: number, col: number, rowCount: number, colCount: number) =>
      sheet.get('getRangeByIndexes', [row, col, rowCount, colCount]);

    const rows = plan.values.length;
    const cols = plan.columnWidths.length;

    // Cells, chunked by rows: a chunk is sized before it is queued, so that no request goes over the budget.
    let start = 0;
    while (start < rows) {
      const chunk: ReturnType<typeof rowToWrite>[] = [];
      let chunkBytes = 0;
      for (let end = start; end < rows; end++) {
        const row = rowToWrite(plan, end);
        // A fresh request takes at least one row, however long.
        const fresh = chunk.length === 0 && size.empty;
        if (!fresh && size.bytes + chunkBytes + row.bytes > budget) break;
        chunk.push(row);
        chunkBytes += row.bytes;
      }
      if (chunk.length === 0) {
        // Not even one row fits in what is left of this request: start a new one.
        await flush();
        continue;
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
      await checkBudget();
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
    if (write.supportsExcelApi('1.9')) queuePageSetup(sheet, plan);
  }

  // Swap: each previous sheet goes, its replacement takes its name and place.
  write.sheets.forEach(({ plan, replaceSheet }, i) => {
    const { sheet, inPlace } = written[i];
    if (inPlace) return;
    if (replaceSheet !== null) {
      sheets.get('getItem', [replaceSheet.name], { indexer: true }).call('delete');
      sheet.set('name', plan.sheetName);
      sheet.set('position', replaceSheet.position);
    } else {
      sheet.set('name', plan.sheetName);
    }
  });
  // A new sheet that belongs before a replaced one (the front page before the summary) moves there.
  write.sheets.forEach(({ replaceSheet, before }, i) => {
    const target = before === undefined ? undefined : write.sheets[before];
    if (replaceSheet === null && target?.replaceSheet)
      written[i].sheet.set('position', target.replaceSheet.position);
  });
  const shown = written[write.activate ?? written.length - 1]?.sheet;
  if (shown) {
    shown.call('activate');
    shown.get('getRange', ['A1']).call('select');
  }
  await flush();
  write.onProgress?.(1);
  return syncs;
}

/** Writes one SheetPlan (see writeSheetPlans). */
export async function writeSheetPlan(context: Excel.RequestContext, write: SheetPlanWrite): Promise<number> {
  return writeSheetPlans(context, {
    sheets: [{ plan: write.plan, replaceSheet: write.replaceSheet }],
    sheetNames: write.sheetNames,
    supportsExcelApi: write.supportsExcelApi,
    onProgress: write.onProgress,
    onRequest: write.onRequest,
  });
}
