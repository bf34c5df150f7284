/**
 * Print setup as the file format records it, read back by an independent reader (openpyxl).
 *
 * Excel's PageLayout.zoom takes { scale } or { horizontalFitToPages, verticalFitToPages } (ExcelApi 1.9).
 * In the file (ECMA-376 Part 1, 18.3.1.63 pageSetup and 18.3.1.65 pageSetUpPr) fitting to pages is
 * <pageSetUpPr fitToPage="1"/> with pageSetup's fitToWidth and fitToHeight, where 0 means "automatic" (as
 * many pages as needed) and an absent attribute means 1. So { horizontalFitToPages: 1,
 * verticalFitToPages: 0 } is one page wide and as many pages tall as the sheet needs, and must be written
 * as fitToWidth="1" fitToHeight="0". Paper sizes are the numbers of ST_PaperSize (9 is A4).
 */
import { book, rejection } from './helpers';
import { hasOpenpyxl, printSetupInFile } from '../fixtures/openpyxl';

const sheets = () =>
  book((wb) => {
    for (const name of ['Wide', 'Fixed', 'Scaled']) wb.addWorksheet(name).getCell('A1').value = name;
  });

(hasOpenpyxl ? describe : describe.skip)('print setup in the saved file (read by openpyxl)', () => {
  test('one page wide and automatic height; a fixed number of pages; a percentage', async () => {
    const hw = sheets();
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets;
      const wide = s.getItem('Wide').pageLayout;
      wide.orientation = 'Landscape';
      wide.paperSize = 'A4';
      wide.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      wide.setPrintTitleRows('$5:$5');
      const fixed = s.getItem('Fixed').pageLayout;
      fixed.paperSize = 'A3';
      fixed.zoom = { horizontalFitToPages: 2, verticalFitToPages: 3 };
      s.getItem('Scaled').pageLayout.zoom = { scale: 80 };
      await ctx.sync();
    });
    const setup = await printSetupInFile(hw);
    expect(setup.Wide).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      orientation: 'landscape',
      printTitleRows: '$5:$5',
    });
    expect(setup.Fixed).toMatchObject({ fitToPage: true, fitToWidth: 2, fitToHeight: 3, paperSize: 8 });
    expect(setup.Scaled).toMatchObject({ fitToPage: false, scale: 80 });
  });

  test('the zoom and paper size read back through the API as they were set', async () => {
    const hw = sheets();
    const read = await hw.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem('Wide').pageLayout;
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.load('zoom,paperSize');
      await ctx.sync();
      return { zoom: layout.zoom, paperSize: layout.paperSize };
    });
    expect(read).toEqual({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, paperSize: 'A4' });
  });

  test('an unknown paper size and a negative number of pages are refused', async () => {
    const hw = sheets();
    for (const set of [
      (l: Excel.PageLayout) => (l.paperSize = 'Foolscap' as Excel.PaperType),
      (l: Excel.PageLayout) => (l.zoom = { horizontalFitToPages: -1, verticalFitToPages: 0 }),
    ]) {
      const e = await rejection(
        hw.run(async (ctx) => {
          set(ctx.workbook.worksheets.getItem('Wide').pageLayout as unknown as Excel.PageLayout);
          await ctx.sync();
        }),
      );
      expect(e.code).toBe('InvalidArgument');
    }
  });
});
