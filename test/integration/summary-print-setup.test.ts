/**
 * The summary prints one page wide and as many pages tall as it needs, the front page on one page, both on
 * A4 landscape: what the file records for each, read back by openpyxl (see test/headless/page-layout.test.ts
 * for what the file format means by each attribute).
 */
import { refreshSummary } from '../../src/excel/operations';
import { SAMPLE_AS_AT, headlessTestHost, taggedSampleWorkbook } from '../fixtures/tagged-sample';
import { hasOpenpyxl, printSetupInFile } from '../fixtures/openpyxl';

(hasOpenpyxl ? test : test.skip)(
  'the summary: one page wide, automatic height; the front page: one page; A4 landscape, footers, print areas',
  async () => {
    const book = await taggedSampleWorkbook();
    const { sheetName, frontPageSheetName } = await refreshSummary(headlessTestHost(book), {
      asAt: SAMPLE_AS_AT,
    });
    const setup = await printSetupInFile(book);
    const summary = setup[sheetName];
    expect(summary).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      orientation: 'landscape',
    });
    expect(summary.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    // The members' columns only; the analyst's detail to their right stays off the page.
    expect(summary.printArea).toMatch(/^\$A\$1:\$[A-Z]+\$\d+$/);
    expect(summary.footer).toEqual([
      expect.stringContaining('31/03/2025'),
      expect.any(String),
      expect.any(String),
    ]);
    expect((summary.footer as string[]).join(' ')).toContain('&P');
    // The definitions start a page of their own.
    expect(summary.rowBreaks).toHaveLength(1);
    expect(setup[frontPageSheetName]).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      paperSize: 9,
      orientation: 'landscape',
      rowBreaks: [],
    });
    expect(setup[frontPageSheetName].printArea).toMatch(/^\$A\$1:\$[A-Z]+\$\d+$/);
  },
);
