import { columnLetter } from '../domain/grid';
import type { CellStyle, SheetPlan, StyledRange } from '../domain/summary/types';

/** Excel on the web refuses a request over 5 MB; each batch here stays well under it. */
export const REQUEST_BUDGET_BYTES = 2 * 1024 * 1024;

export interface SheetPlanWrite {
  readonly plan: SheetPlan;
  /** The add-in's previous summary sheet to replace, when there is one (checked by its marker). */
  readonly replaceSheet: { readonly name: string; readonly position: number } | null;
  /** Every sheet name in the workbook, to choose a free temporary name. */
  readonly sheetNames: readonly string[];
  readonly supportsExcelApi: (version: string) => boolean;
  readonly onProgress?: (fraction: number) => void;
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

function approxBytes(value: unknown): number {
  return JSON.stringify(value).length + 64;
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style.fill) f.fill.color = style.fill;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.fontSize) f.font.size = style.fontSize;
  if (style.horizontalAlignment) f.horizontalAlignment = style.horizontalAlignment;
  if (style.verticalAlignment) f.verticalAlignment = style.verticalAlignment;
  if (style.wrapText !== undefined) f.wrapText = style.wrapText;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = BORDER_COLOUR;
    }
  }
  if (style.bottomBorder) {
    const b = f.borders.getItem('EdgeBottom');
    b.style = 'Continuous';
    b.color = '#7F7F7F';
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
  /** The sheet shown at the end (an index into sheets); the last by default. */
  readonly activate?: number;
}

/** Print setup (ExcelApi 1.9): A4 landscape, fitted to pages, print area, title rows, margins, footer, breaks. */
function queuePageSetup(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const setup = plan.pageSetup ?? { orientation: 'Landscape', paperSize: 'A4', fitToPagesWide: 1 };
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation;
  layout.paperSize = setup.paperSize;
  layout.zoom = { horizontalFitToPages: setup.fitToPagesWide, verticalFitToPages: setup.fitToPagesTall ?? 0 };
  if (plan.printTitleRow !== null)
    layout.setPrintTitleRows(`$${plan.printTitleRow + 1}:$${plan.printTitleRow + 1}`);
  const rows = plan.values.length;
  if (setup.printColumns !== undefined && rows > 0) {
    layout.setPrintArea(`A1:${columnLetter(setup.printColumns)}${rows}`);
  }
  if (setup.margins) {
    layout.leftMargin = setup.margins.left;
    layout.rightMargin = setup.margins.right;
    layout.topMargin = setup.margins.top;
    layout.bottomMargin = setup.margins.bottom;
  }
  if (setup.footer) {
    const all = layout.headersFooters.defaultForAllPages;
    if (setup.footer.left !== undefined) all.leftFooter = setup.footer.left;
    if (setup.footer.center !== undefined) all.centerFooter = setup.footer.center;
    if (setup.footer.right !== undefined) all.rightFooter = setup.footer.right;
  }
  for (const row of setup.pageBreaksBefore ?? []) {
    if (row > 0 && row < rows) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  }
}

/**
 * Writes SheetPlans as new sheets in a few batches: the cells in row chunks sized to stay under the request
 * limit, then the formatting; each previous copy of the add-in's sheets is deleted and its replacement
 * takes its name and tab position only at the end, so a failure half way leaves the previous sheets in
 * place. Returns the number of syncs it took (one for the usual summary and front page together).
 * Strings go into Text-formatted cells (the plan marks them '@'), so user text starting with '=', '+', '-'
 * or '@' is never a formula.
 */
export async function writeSheetPlans(
  context: Excel.RequestContext,
  write: SheetPlansWrite,
): Promise<number> {
  let syncs = 0;
  const sheets = context.workbook.worksheets;
  const taken = new Set(write.sheetNames.map((n) => n.toLowerCase()));
  const total =
    write.sheets.reduce(
      (n, s) => n + s.plan.values.length + s.plan.styles.length + s.plan.hyperlinks.length,
      0,
    ) + 1;
  let done = 0;
  let bytes = 0;
  const flush = async (): Promise<void> => {
    // Batches are bounded by the payload budget, not per row: a handful of syncs however long the plans.
    await context.sync();
    syncs++;
    bytes = 0;
    write.onProgress?.(Math.min(0.95, done / total));
  };

  const written: { sheet: Excel.Worksheet; inPlace: boolean }[] = [];
  for (const { plan, replaceSheet } of write.sheets) {
    let tempName = `${plan.sheetName.slice(0, 24)} (new)`;
    for (let i = 2; taken.has(tempName.toLowerCase()); i++)
      tempName = `${plan.sheetName.slice(0, 22)} (new ${i})`;
    const inPlace = replaceSheet === null && !taken.has(plan.sheetName.toLowerCase());
    const name = inPlace ? plan.sheetName : tempName;
    taken.add(name.toLowerCase());
    const sheet = sheets.add(name);
    written.push({ sheet, inPlace });

    const rows = plan.values.length;
    const cols = plan.columnWidths.length;

    // Cells, chunked by rows.
    let start = 0;
    while (start < rows) {
      let end = start;
      let chunkBytes = 0;
      while (end < rows) {
        const rowBytes = approxBytes(plan.values[end]) + approxBytes(plan.numberFormats[end]);
        if (end > start && chunkBytes + rowBytes > REQUEST_BUDGET_BYTES) break;
        chunkBytes += rowBytes;
        end++;
      }
      if (bytes + chunkBytes > REQUEST_BUDGET_BYTES) await flush();
      const range = sheet.getRangeByIndexes(start, 0, end - start, cols);
      range.numberFormat = plan.numberFormats.slice(start, end) as string[][];
      range.values = plan.values.slice(start, end).map((r) => r.map((v) => (v === null ? '' : v)));
      bytes += chunkBytes;
      done += end - start;
      start = end;
    }

    // Formatting.
    const queueStyle = (s: StyledRange): void =>
      applyStyle(sheet.getRangeByIndexes(s.row, s.col, s.rowCount, s.colCount), s.style);
    for (const s of plan.styles) {
      const b = approxBytes(s);
      if (bytes + b > REQUEST_BUDGET_BYTES) await flush();
      queueStyle(s);
      bytes += b;
      done++;
    }
    for (const m of plan.merges) {
      sheet.getRangeByIndexes(m.row, m.col, m.rowCount, m.colCount).merge(false);
      bytes += 96;
    }
    for (const h of plan.hyperlinks) {
      const b = approxBytes(h);
      if (bytes + b > REQUEST_BUDGET_BYTES) await flush();
      const text = plan.values[h.row]?.[h.col];
      sheet.getRangeByIndexes(h.row, h.col, 1, 1).hyperlink = {
        documentReference: h.documentReference,
        textToDisplay: text === null || text === undefined ? undefined : String(text),
        screenTip: h.screenTip,
      };
      bytes += b;
      done++;
    }
    for (const run of heightRuns(plan.rowHeights ?? [])) {
      sheet.getRangeByIndexes(run.row, 0, run.count, 1).format.rowHeight = run.height;
      bytes += 96;
    }
    plan.columnWidths.forEach((w, c) => {
      sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
    });
    if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
    if (plan.tabColor) sheet.tabColor = plan.tabColor;
    if (write.supportsExcelApi('1.9')) queuePageSetup(sheet, plan);
  }

  // Swap: each previous sheet goes, its replacement takes its name and place.
  write.sheets.forEach(({ plan, replaceSheet }, i) => {
    const { sheet, inPlace } = written[i];
    if (inPlace) return;
    if (replaceSheet !== null) {
      sheets.getItem(replaceSheet.name).delete();
      sheet.name = plan.sheetName;
      sheet.position = replaceSheet.position;
    } else {
      sheet.name = plan.sheetName;
    }
  });
  // A new sheet that belongs before a replaced one (the front page before the summary) moves there.
  write.sheets.forEach(({ replaceSheet, before }, i) => {
    const target = before === undefined ? undefined : write.sheets[before];
    if (replaceSheet === null && target?.replaceSheet)
      written[i].sheet.position = target.replaceSheet.position;
  });
  const shown = written[write.activate ?? written.length - 1]?.sheet;
  if (shown) {
    shown.activate();
    shown.getRange('A1').select();
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
  });
}
