/**
 * The summary sheet prints one page wide and as many pages tall as it needs, on A4 landscape, with its
 * header row repeated: what the file records, read back by openpyxl (see test/headless/page-layout.test.ts
 * for what the file format means by each attribute).
 */
import { refreshSummary } from '../../src/excel/operations';
import { SAMPLE_AS_AT, headlessTestHost, taggedSampleWorkbook } from '../fixtures/tagged-sample';
import { hasOpenpyxl, printSetupInFile } from '../fixtures/openpyxl';

(hasOpenpyxl ? test : test.skip)(
  'the summary sheet: fit to one page wide, automatic height, A4 landscape',
  async () => {
    const book = await taggedSampleWorkbook();
    const { sheetName, model } = await refreshSummary(headlessTestHost(book), { asAt: SAMPLE_AS_AT });
    const setup = (await printSetupInFile(book))[sheetName];
    expect(setup).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      orientation: 'landscape',
    });
    expect(setup.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(model.sections.length).toBeGreaterThan(0);
  },
);
