import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HeadlessWorkbook } from '../../src/headless';
import { openWorkbookFile, saveWorkbookFile } from '../../src/headless/node-file';
import { PYTHON, book, hasOpenpyxl, rejection } from './helpers';

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function source(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('Data');
  data.getCell('A1').value = 'Measure';
  data.getCell('B1').value = 0.5;
  data.getCell('B1').numFmt = '0.0%';
  data.getCell('B1').font = { bold: true, color: { argb: 'FFFF0000' } };
  data.getCell('C1').value = { formula: 'B1*2', result: 1 };
  data.mergeCells('A3:C3');
  data.getColumn(1).width = 30;
  data.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  const tags = wb.addWorksheet('PMF Tags');
  tags.state = 'hidden';
  tags.getCell('A1').value = 'schema 1';
  wb.definedNames.add("'PMF Tags'!$A$1", 'TagSchema');
  return wb;
}

describe('saving without loss (what ExcelJS keeps survives a headless edit)', () => {
  test('styles, merges, hidden sheets, widths, freeze panes, formulas and defined names survive', async () => {
    const hw = HeadlessWorkbook.fromExcelJS(source());
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.add('PMF Summary');
      const title = s.getRange('A1:D1');
      title.merge();
      title.values = [['Corporate Parenting Panel', '', '', '']];
      title.format.font.bold = true;
      title.format.font.size = 14;
      title.format.fill.color = '#1F4E78';
      title.format.font.color = '#FFFFFF';
      title.format.horizontalAlignment = 'Center';
      s.getRange('A2').format.columnWidth = 150;
      s.getRange('A2').format.rowHeight = 30;
      s.getRange('A2').format.wrapText = true;
      const b = s.getRange('A4:C5').format.borders.getItem('EdgeBottom');
      b.style = 'Continuous';
      b.weight = 'Medium';
      b.color = '#000000';
      s.freezePanes.freezeRows(3);
      await ctx.sync();
    });
    const wb = await reopen(await hw.toBuffer());
    const data = wb.getWorksheet('Data')!;
    expect(data.getCell('B1').numFmt).toBe('0.0%');
    expect(data.getCell('B1').font.bold).toBe(true);
    expect(data.getCell('C1').formula).toBe('B1*2');
    expect(data.getColumn(1).width).toBe(30);
    expect((data.views[0] as { ySplit?: number }).ySplit).toBe(1);
    expect(Object.keys((data as unknown as { _merges: object })._merges)).toEqual(['A3']);
    expect(wb.getWorksheet('PMF Tags')!.state).toBe('hidden');
    expect(wb.definedNames.getRanges('TagSchema').ranges).toEqual(["'PMF Tags'!$A$1"]);
    const sum = wb.getWorksheet('PMF Summary')!;
    expect(sum.getCell('A1').value).toBe('Corporate Parenting Panel');
    expect(sum.getCell('B1').isMerged).toBe(true);
    expect(sum.getCell('A1').font.bold).toBe(true);
    expect(sum.getCell('A1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    expect(sum.getCell('A1').alignment.horizontal).toBe('center');
    expect(sum.getCell('A2').alignment.wrapText).toBe(true);
    expect(sum.getRow(2).height).toBe(30);
    expect(sum.getCell('B5').border.bottom).toMatchObject({ style: 'medium' });
    expect(sum.getCell('B4').border?.bottom).toBeUndefined();
    expect(sum.views[0] as { state?: string; ySplit?: number }).toMatchObject({ state: 'frozen', ySplit: 3 });
    // Width in points round-trips through ExcelJS's character widths (Excel: 7 px per character + 5 px).
    const again = HeadlessWorkbook.fromExcelJS(wb);
    const fmt = await again.run(async (ctx) => {
      const f = ctx.workbook.worksheets
        .getItem('PMF Summary')
        .getRange('A2')
        .format.load('columnWidth, rowHeight, wrapText');
      const d = ctx.workbook.worksheets.getItem('PMF Summary').getRange('B2').format.load('columnWidth');
      await ctx.sync();
      return [f.columnWidth, f.rowHeight, f.wrapText, d.columnWidth];
    });
    expect(fmt).toEqual([150, 30, true, 48]);
  });

  test('parts ExcelJS would drop are listed and saving refuses unless allowed', async () => {
    const plain = await HeadlessWorkbook.fromExcelJS(source()).toBuffer();
    const zip = await JSZip.loadAsync(plain);
    zip.file(
      'xl/charts/chart1.xml',
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    zip.file(
      'xl/charts/chart2.xml',
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    zip.file('xl/vbaProject.bin', 'binary');
    zip.file(
      'xl/drawings/drawing1.xml',
      '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
    );
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const hw = await HeadlessWorkbook.fromBuffer(bytes, { name: 'Monthly PMF.xlsx' });
    expect(hw.name).toBe('Monthly PMF.xlsx');
    expect(hw.unsupportedParts).toEqual(
      expect.arrayContaining([
        { kind: 'charts', count: 2, description: '2 charts' },
        { kind: 'pivotTables', count: 1, description: '1 pivot table' },
        { kind: 'macros', count: 1, description: '1 VBA macro project' },
        { kind: 'shapes', count: 1, description: '1 shape or text box' },
      ]),
    );
    const e = await rejection(hw.toBuffer());
    expect(e.code).toBe('UnsupportedParts');
    expect(e.message).toContain('2 charts');
    const dir = mkdtempSync(join(tmpdir(), 'headless-'));
    const target = join(dir, 'out.xlsx');
    await expect(saveWorkbookFile(hw, target)).rejects.toMatchObject({ code: 'UnsupportedParts' });
    expect(existsSync(target)).toBe(false);
    const dropped = await hw.toBuffer({ allowDroppingParts: true });
    expect((await reopen(dropped)).getWorksheet('Data')!.getCell('A1').value).toBe('Measure');
  });

  test('a workbook ExcelJS wrote, with a picture, reports nothing', async () => {
    const wb = source();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    wb.getWorksheet('Data')!.addImage(id, 'E5:F6');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const hw = await HeadlessWorkbook.fromBuffer(bytes);
    expect(hw.unsupportedParts).toEqual([]);
  });

  test('node-file: open from a path (name from the file), save atomically, leaving no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headless-'));
    const path = join(dir, 'Monthly PMF.xlsx');
    writeFileSync(path, await HeadlessWorkbook.fromExcelJS(source()).toBuffer());
    const hw = await openWorkbookFile(path);
    expect(hw.name).toBe('Monthly PMF.xlsx');
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('D1').values = [['saved']];
      await ctx.sync();
    });
    await saveWorkbookFile(hw, path);
    expect(readdirSync(dir)).toEqual(['Monthly PMF.xlsx']);
    const back = await openWorkbookFile(path);
    expect(back.excel.getWorksheet('Data')!.getCell('D1').value).toBe('saved');
  });

  const python = PYTHON;
  (hasOpenpyxl ? test : test.skip)('an independent reader (openpyxl) opens the saved file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headless-'));
    const path = join(dir, 'out.xlsx');
    const hw = HeadlessWorkbook.fromExcelJS(source());
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.add('PMF Summary').getRange('A1').values = [['ok']];
      await ctx.sync();
    });
    await saveWorkbookFile(hw, path);
    const out = execFileSync(python, [
      '-c',
      'import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); print(wb.sheetnames, wb["PMF Summary"]["A1"].value)',
      path,
    ]).toString();
    expect(out).toContain("['Data', 'PMF Tags', 'PMF Summary'] ok");
  });
});

describe('hyperlinks (Excel JavaScript API: Range.hyperlink, RangeHyperlink)', () => {
  test('an internal link is stored as ExcelJS {text, hyperlink: "#ref", tooltip} and reads back', async () => {
    const hw = book((wb) => {
      wb.addWorksheet('PMF Summary');
      wb.addWorksheet('Data').getCell('A5').value = 'Row label';
    });
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('PMF Summary');
      s.getRange('A1').hyperlink = {
        documentReference: "'Data'!A5",
        textToDisplay: 'Go to data',
        screenTip: 'Open the row',
      };
      s.getRange('A2').hyperlink = { address: 'https://example.org/pmf' };
      ctx.workbook.worksheets.getItem('Data').getRange('A5').hyperlink = {
        documentReference: "'PMF Summary'!A1",
      };
      await ctx.sync();
    });
    const summary = hw.excel.getWorksheet('PMF Summary')!;
    expect(summary.getCell('A1').value).toEqual({
      text: 'Go to data',
      hyperlink: "#'Data'!A5",
      tooltip: 'Open the row',
    });
    const links = await hw.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem('PMF Summary').getRange('A1').load('hyperlink, values');
      const b = ctx.workbook.worksheets.getItem('PMF Summary').getRange('A2').load('hyperlink, values');
      const c = ctx.workbook.worksheets.getItem('Data').getRange('A5').load('hyperlink, values');
      const d = ctx.workbook.worksheets.getItem('Data').getRange('B5').load('hyperlink');
      await ctx.sync();
      return [a.hyperlink, a.values, b.hyperlink, c.values, d.hyperlink];
    });
    expect(links).toEqual([
      { documentReference: "'Data'!A5", textToDisplay: 'Go to data', screenTip: 'Open the row' },
      [['Go to data']],
      { address: 'https://example.org/pmf', textToDisplay: 'https://example.org/pmf' },
      [['Row label']], // an existing value is kept as the text
      null,
    ]);
    const back = await reopen(await hw.toBuffer());
    expect(back.getWorksheet('PMF Summary')!.getCell('A1').hyperlink).toBe("#'Data'!A5");
    // clear('Hyperlinks') keeps the text
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PMF Summary').getRange('A1').clear('Hyperlinks');
      await ctx.sync();
    });
    expect(summary.getCell('A1').value).toBe('Go to data');
  });
});

describe('page layout (Excel JavaScript API 1.9: PageLayout)', () => {
  test('orientation, fit to pages and print title rows map to ExcelJS pageSetup and survive saving', async () => {
    const hw = book((wb) => void wb.addWorksheet('PMF Summary'));
    await hw.run(async (ctx) => {
      const pl = ctx.workbook.worksheets.getItem('PMF Summary').pageLayout;
      pl.orientation = 'Landscape';
      pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pl.setPrintTitleRows('$5:$5');
      await ctx.sync();
      pl.load('orientation, zoom');
      await ctx.sync();
      expect(pl.orientation).toBe('Landscape');
      expect(pl.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    });
    const ps = hw.excel.getWorksheet('PMF Summary')!.pageSetup;
    expect(ps).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:5',
    });
    const back = await reopen(await hw.toBuffer());
    expect(back.getWorksheet('PMF Summary')!.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
    });
    const zip = await JSZip.loadAsync(await hw.toBuffer());
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain('_xlnm.Print_Titles');
    expect(workbookXml).toContain('&apos;PMF Summary&apos;!$5:$5');
  });
});
