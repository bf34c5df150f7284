/**
 * The writers count each request as they queue it (src/excel/request-size.ts) and split their work on that
 * count; the headless Excel measures what was queued as Office.js would post it (src/headless/wire.ts).
 * The two must agree, on the bundled sample and on the bench's workbook, or the 5 MB limit is not kept.
 */
import type ExcelJS from 'exceljs';
import { HeadlessWorkbook } from '../../src/headless';
import { addTags, loadWorkbook, refreshSummary } from '../../src/excel/operations';
import { queueOwnSheetWrite } from '../../src/excel/own-sheet-writer';
import { writeSheetPlans } from '../../src/excel/summary-writer';
import { FRONT_PAGE_SHEET, SETTINGS_SHEET, SUMMARY_SHEET, TAG_SHEET } from '../../src/excel/workbook-names';
import { planFrontPage, planSummarySheet } from '../../src/domain/summary';
import { tagSheetRows } from '../../src/domain/tags';
import { frameworkToRows } from '../../src/domain/framework';
import { SAMPLE_AS_AT, headlessTestHost, taggedSampleWorkbook } from '../fixtures/tagged-sample';
import { LARGE_AS_AT, LARGE_DEFAULTS, largeWorkbook } from '../fixtures/large-workbook';
import { sheetContent } from './helpers';

/** The bench's workbook at the size `npm run bench -- --quick` uses. */
const BENCH_QUICK = { ...LARGE_DEFAULTS, taggedRows: 400, childRows: 5_000 };

async function benchBook(): Promise<HeadlessWorkbook> {
  const large = largeWorkbook(BENCH_QUICK);
  const book = HeadlessWorkbook.fromExcelJS(large.workbook, { name: 'Anyshire large PMF.xlsx' });
  await addTags(
    headlessTestHost(book),
    [...large.rowRequests, large.columnRequest],
    new Date('2025-04-02T09:00:00Z'),
  );
  return book;
}

/** The writer's count of each write request, and the sizes the headless Excel measured for them. */
async function summaryRequests(book: HeadlessWorkbook, asAt: string) {
  const counted: number[] = [];
  book.resetStats();
  await refreshSummary(headlessTestHost(book), {
    asAt,
    producedAt: '2025-04-01T09:00:00Z',
    onRequest: (bytes) => counted.push(bytes),
  });
  // The reads come first; the write's requests are the last ones.
  const measured = book.stats.requests.slice(-counted.length);
  return { counted, measured };
}

/** Writes the tag and settings sheets again as they are (or first), through the writer: its count and the measured size. */
async function ownSheetRequests(book: HeadlessWorkbook) {
  const loaded = await loadWorkbook(headlessTestHost(book), { grids: 'none' });
  const out: { sheet: string; counted: number; measured: number }[] = [];
  const { snapshot } = loaded;
  for (const [sheet, rows, previous, exists] of [
    [
      TAG_SHEET,
      tagSheetRows(loaded.tags, loaded.broken, { previousRowCount: snapshot.tagRows.length }),
      snapshot.tagRows,
      snapshot.tagSheetExists,
    ],
    [SETTINGS_SHEET, frameworkToRows(loaded.framework), snapshot.settingsRows, snapshot.settingsSheetExists],
  ] as const) {
    book.resetStats();
    const counted = await book.run(async (context) => {
      const bytes = queueOwnSheetWrite(context, {
        sheetName: sheet,
        rows,
        exists,
        previousRowCount: previous.length,
        previousColumnCount: previous.reduce((w, r) => Math.max(w, r.length), 0),
      });
      await context.sync();
      return bytes;
    });
    out.push({ sheet, counted, measured: book.stats.requests[0] });
  }
  return out;
}

/** A sheet's column widths and row heights. */
const sizes = (ws: ExcelJS.Worksheet) => ({
  widths: (ws.columns ?? []).map((c) => c.width),
  heights: Array.from({ length: ws.rowCount }, (_, r) => ws.getRow(r + 1).height),
});

function expectWithin10Percent(counted: readonly number[], measured: readonly number[]) {
  expect(counted.length).toBe(measured.length);
  counted.forEach((c, i) => {
    expect(Math.abs(c - measured[i]) / measured[i]).toBeLessThanOrEqual(0.1);
  });
}

describe("the writers' count of each request agrees with what is queued", () => {
  test('the front page and summary sheet of the sample, written in one request', async () => {
    const book = await taggedSampleWorkbook();
    const { counted, measured } = await summaryRequests(book, SAMPLE_AS_AT);
    expect(counted).toHaveLength(1);
    expectWithin10Percent(counted, measured);
    expect(book.excel.getWorksheet(FRONT_PAGE_SHEET)).toBeDefined();
    expect(book.excel.getWorksheet(SUMMARY_SHEET)).toBeDefined();
  });

  test('the same two sheets split into many small requests: each counted as measured, the sheets the same', async () => {
    // One request, as a refresh writes them, for comparison.
    const whole = await taggedSampleWorkbook();
    const { model } = await refreshSummary(headlessTestHost(whole), {
      asAt: SAMPLE_AS_AT,
      producedAt: '2025-04-01T09:00:00Z',
    });
    const summary = planSummarySheet(model, { markerText: 'marker' });
    const front = planFrontPage(model, { markerText: 'front marker', summarySheet: summary.sheetName });
    const oneRequest = await taggedSampleWorkbook();
    const split = await taggedSampleWorkbook();
    const write = (book: HeadlessWorkbook, budgetBytes?: number, onRequest?: (bytes: number) => void) =>
      book.run((context) =>
        writeSheetPlans(context, {
          sheets: [
            { plan: front, replaceSheet: null },
            { plan: summary, replaceSheet: null },
          ],
          sheetNames: book.excel.worksheets.map((w) => w.name),
          supportsExcelApi: () => true,
          budgetBytes,
          onRequest,
        }),
      );
    expect(await write(oneRequest)).toBe(1);
    const budget = 32 * 1024;
    const counted: number[] = [];
    split.resetStats();
    // Cells, styles with their border edges, merges, links, row heights, widths, footers and page breaks
    // fall on both sides of the splits; each piece sends again the object paths it uses.
    const syncs = await write(split, budget, (bytes) => counted.push(bytes));
    expect(syncs).toBeGreaterThan(5);
    expectWithin10Percent(counted, split.stats.requests);
    // The writer sends a request once it has reached the budget: at most one command more.
    for (const bytes of split.stats.requests) expect(bytes).toBeLessThan(budget + 4 * 1024);
    for (const name of [front.sheetName, summary.sheetName]) {
      const a = oneRequest.excel.getWorksheet(name)!;
      const b = split.excel.getWorksheet(name)!;
      expect(sheetContent(b)).toBe(sheetContent(a));
      expect(b.pageSetup).toEqual(a.pageSetup);
      expect(b.headerFooter).toEqual(a.headerFooter);
      expect(b.model.merges).toEqual(a.model.merges);
      expect(sizes(b)).toEqual(sizes(a));
    }
  });

  test("the summary sheet of the bench's workbook (400 tagged rows)", async () => {
    const book = await benchBook();
    const { counted, measured } = await summaryRequests(book, LARGE_AS_AT);
    expectWithin10Percent(counted, measured);
    // Merges, hyperlinks, row heights and each border edge are in the count: the request is several times
    // the JSON of the cell values alone.
    expect(measured[0]).toBeGreaterThan(300_000);
  }, 60_000);

  test('the tag and settings sheets of the sample and of the bench workbook', async () => {
    for (const book of [await taggedSampleWorkbook(), await benchBook()]) {
      const requests = await ownSheetRequests(book);
      expectWithin10Percent(
        requests.map((r) => r.counted),
        requests.map((r) => r.measured),
      );
    }
  }, 60_000);
});
