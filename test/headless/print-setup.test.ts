/**
 * What the summary's printing needs of the headless Excel (ExcelApi 1.9): paper size, the page footer
 * (headersFooters), a print area, manual page breaks; each as Excel takes it, and as the saved file
 * carries it for Excel and LibreOffice to print.
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { joinHeaderFooter, splitHeaderFooter } from '../../src/headless/proxies/header-footer';
import { book, rejection } from './helpers';

async function sheetXml(bytes: Uint8Array, index = 1): Promise<{ sheet: string; workbook: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    sheet: await zip.file(`xl/worksheets/sheet${index}.xml`)!.async('string'),
    workbook: await zip.file('xl/workbook.xml')!.async('string'),
  };
}

describe('paper size', () => {
  test('A4 is recorded in the file; a sheet with none reads as Letter; a name Excel does not know is refused', async () => {
    const hw = book((wb) => void wb.addWorksheet('Summary'));
    await hw.run(async (ctx) => {
      const pl = ctx.workbook.worksheets.getItem('Summary').pageLayout;
      pl.load('paperSize');
      await ctx.sync();
      expect(pl.paperSize).toBe('Letter');
      pl.paperSize = 'A4' as Excel.PaperType;
      pl.load('paperSize');
      await ctx.sync();
      expect(pl.paperSize).toBe('A4');
    });
    expect(hw.excel.getWorksheet('Summary')!.pageSetup.paperSize).toBe(9);
    expect((await sheetXml(await hw.toBuffer())).sheet).toMatch(/<pageSetup[^>]*paperSize="9"/);
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Summary').pageLayout.paperSize = 'Napkin' as Excel.PaperType;
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });
});

describe('headers and footers', () => {
  test('the footer for all pages is kept in parts, with Excel’s codes, and saved as the odd-page footer', async () => {
    const hw = book((wb) => void wb.addWorksheet('Summary'));
    await hw.run(async (ctx) => {
      const all = ctx.workbook.worksheets.getItem('Summary').pageLayout.headersFooters.defaultForAllPages;
      all.leftFooter = 'As at 31/03/2025';
      all.centerFooter = 'Page &P of &N';
      all.rightFooter = 'Children && families';
      all.centerHeader = 'Panel';
      await ctx.sync();
      all.load('leftFooter, centerFooter, rightFooter, centerHeader, leftHeader');
      await ctx.sync();
      expect([all.leftFooter, all.centerFooter, all.rightFooter, all.centerHeader, all.leftHeader]).toEqual([
        'As at 31/03/2025',
        'Page &P of &N',
        'Children && families',
        'Panel',
        '',
      ]);
    });
    const hf = hw.excel.getWorksheet('Summary')!.headerFooter;
    expect(hf.oddFooter).toBe('&LAs at 31/03/2025&CPage &P of &N&RChildren && families');
    expect(hf.oddHeader).toBe('&CPanel');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await hw.toBuffer()) as unknown as ArrayBuffer);
    expect(back.getWorksheet('Summary')!.headerFooter.oddFooter).toBe(hf.oddFooter);
  });

  test('a footer longer than Excel allows is refused', async () => {
    const hw = book((wb) => void wb.addWorksheet('Summary'));
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Summary').pageLayout.headersFooters.defaultForAllPages.leftFooter =
          'x'.repeat(300);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  test('splits and joins the parts of a header or footer, codes and doubled ampersands kept whole', () => {
    expect(splitHeaderFooter('&LLeft &&&CPage &P&RRight')).toEqual({
      left: 'Left &&',
      center: 'Page &P',
      right: 'Right',
    });
    expect(splitHeaderFooter('Plain text')).toEqual({ left: '', center: 'Plain text', right: '' });
    expect(joinHeaderFooter({ left: '', center: 'Page &P', right: 'R' })).toBe('&CPage &P&RR');
  });
});

describe('print area and page breaks', () => {
  test('the print area is written with absolute references (LibreOffice ignores ExcelJS’s half-absolute ones)', async () => {
    const hw = book((wb) => void wb.addWorksheet('Summary'));
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Summary').pageLayout.setPrintArea('A1:J164');
      await ctx.sync();
    });
    const { workbook } = await sheetXml(await hw.toBuffer());
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Summary&apos;!$A$1:$J$164</definedName>',
    );
  });

  test('a page break goes before the range’s first row and is saved as a row break; none before row 1', async () => {
    const hw = book((wb) => void wb.addWorksheet('Summary'));
    await hw.run(async (ctx) => {
      const breaks = ctx.workbook.worksheets.getItem('Summary').horizontalPageBreaks;
      breaks.add('A40');
      breaks.add(ctx.workbook.worksheets.getItem('Summary').getRange('C90:D91'));
      breaks.add('A40'); // the same break again: still one
      const count = breaks.getCount();
      await ctx.sync();
      expect(count.value).toBe(2);
    });
    const { sheet } = await sheetXml(await hw.toBuffer());
    expect(sheet).toMatch(
      /<rowBreaks count="2" manualBreakCount="2"><brk id="39" max="16383" man="1"\/><brk id="89" max="16383" man="1"\/><\/rowBreaks>/,
    );
    await hw.run(async (ctx) => {
      const breaks = ctx.workbook.worksheets.getItem('Summary').horizontalPageBreaks;
      breaks.add('B1');
      const count = breaks.getCount();
      await ctx.sync();
      expect(count.value).toBe(2);
    });
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Summary').horizontalPageBreaks.removePageBreaks();
      await ctx.sync();
    });
    expect((await sheetXml(await hw.toBuffer())).sheet).not.toContain('<rowBreaks');
  });
});
