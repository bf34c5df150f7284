/**
 * Protected workbooks: the add-in checks protection (read with the sheet list, in the same sync) before it
 * queues any write, and says what to unprotect; nothing is half-written. A protected sheet of the officer's
 * own data does not stop anything: the add-in never writes there.
 */
import ExcelJS from 'exceljs';
import { addTags, loadState, refreshSummary, saveFramework } from '../../src/excel/operations';
import { FRONT_PAGE_SHEET, SETTINGS_SHEET, SUMMARY_SHEET, TAG_SHEET } from '../../src/excel/workbook-names';
import { HeadlessWorkbook } from '../../src/headless';
import { withSettings } from '../../src/domain/framework';
import { MONTHLY, monthlyWorkbook } from '../fixtures';
import {
  SAMPLE_AS_AT,
  SAMPLE_FILE_NAME,
  headlessTestHost,
  taggedSampleWorkbook,
} from '../fixtures/tagged-sample';
import { sheetContent } from './helpers';

// A row the sample leaves untagged (tagging a tagged row again is refused before anything is written).
const agency = MONTHLY.rows['Agency SW rate'];
const agencyRequest = {
  kind: 'row',
  sheet: MONTHLY.sheet,
  row: agency.row,
  measureId: 'W03',
  role: 'value',
} as const;

/** The sample with some sheets protected (Review > Protect Sheet, no password), saved and opened again. */
async function sampleWith(protect: { sheets?: string[]; structure?: boolean }) {
  const tagged = await taggedSampleWorkbook();
  for (const name of protect.sheets ?? []) await tagged.excel.getWorksheet(name)!.protect('', {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await tagged.toBuffer()) as unknown as ArrayBuffer);
  const book = HeadlessWorkbook.fromExcelJS(wb, {
    name: SAMPLE_FILE_NAME,
    ...(protect.structure ? { protect: { structure: true } } : {}),
  });
  return { book, host: headlessTestHost(book) };
}

const contentOf = (book: HeadlessWorkbook, sheet: string) => sheetContent(book.excel.getWorksheet(sheet)!);

describe('a protected tag or settings sheet', () => {
  test('tagging is refused, saying to unhide and unprotect the tag sheet; the tags are unchanged', async () => {
    const { book, host } = await sampleWith({ sheets: [TAG_SHEET] });
    const before = contentOf(book, TAG_SHEET);
    await expect(addTags(host, [agencyRequest])).rejects.toThrow(
      "The sheet 'PMF Tags', where the add-in keeps its tags, is protected, so they cannot be saved. Unprotect it with Review > Unprotect Sheet (you need its password if it has one), then try again. It is hidden: right-click a sheet tab, choose Unhide and pick 'PMF Tags' first, and hide it again afterwards if you like. Nothing was changed.",
    );
    expect(contentOf(book, TAG_SHEET)).toBe(before);
  });

  test('saving settings is refused the same way', async () => {
    const { book, host } = await sampleWith({ sheets: [SETTINGS_SHEET] });
    const before = contentOf(book, SETTINGS_SHEET);
    const state = await loadState(host, SAMPLE_AS_AT);
    await expect(saveFramework(host, withSettings(state.framework, 'S01', { target: 1 }))).rejects.toThrow(
      /^The sheet 'PMF Settings', where the add-in keeps its settings, is protected/,
    );
    expect(contentOf(book, SETTINGS_SHEET)).toBe(before);
  });
});

describe('a workbook whose structure is protected', () => {
  test('the first tag is refused: the tag sheet cannot be added; no sheet is added', async () => {
    const book = HeadlessWorkbook.fromExcelJS(monthlyWorkbook(), { protect: { structure: true } });
    const names = book.excel.worksheets.map((w) => w.name);
    await expect(addTags(headlessTestHost(book), [agencyRequest])).rejects.toThrow(
      "The workbook's structure is protected, so the add-in cannot add the sheet 'PMF Tags' where it keeps its tags. Turn off Review > Protect Workbook (you need its password if it has one), then try again. Nothing was changed.",
    );
    expect(book.excel.worksheets.map((w) => w.name)).toEqual(names);
  });

  test('tags are still added to an existing tag sheet; the summary is refused and nothing is written', async () => {
    const { book, host } = await sampleWith({ structure: true });
    await addTags(host, [agencyRequest]);
    const names = book.excel.worksheets.map((w) => w.name);
    book.resetStats();
    await expect(refreshSummary(host, { asAt: SAMPLE_AS_AT })).rejects.toThrow(
      `The workbook's structure is protected, so the add-in cannot add or replace its sheets '${FRONT_PAGE_SHEET}' and '${SUMMARY_SHEET}'. Turn off Review > Protect Workbook`,
    );
    expect(book.excel.worksheets.map((w) => w.name)).toEqual(names);
    // The reads only (3: see readSnapshot): the write was never queued.
    expect(book.stats.syncs).toBe(3);
  });
});

describe("the officer's own sheets protected", () => {
  test('tagging their rows and writing the summary work as usual, in the usual syncs', async () => {
    const { book, host } = await sampleWith({ sheets: [MONTHLY.sheet] });
    await addTags(host, [agencyRequest]);
    book.resetStats();
    const result = await refreshSummary(host, { asAt: SAMPLE_AS_AT });
    expect(result.sheetName).toBe(SUMMARY_SHEET);
    expect(book.stats.syncs).toBe(4);
  });
});
