/**
 * Protection (Excel JavaScript API: WorkbookProtection, WorksheetProtection). Review > Protect Workbook with
 * its structure locked stops sheets being added, deleted, renamed, moved, hidden or shown; Review > Protect
 * Sheet stops changes to locked cells (every cell is locked unless formatted otherwise) and the formatting
 * its options do not allow. Excel refuses such a change, and a refused command changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HeadlessWorkbook } from '../../src/headless';
import { saveWorkbookFile } from '../../src/headless/node-file';
import { hasOpenpyxl } from '../fixtures/openpyxl';
import { rejection } from './helpers';

async function protectedSheetBook(options: Partial<ExcelJS.WorksheetProtection> = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Locked');
  ws.getCell('A1').value = 'kept';
  ws.getCell('B2').style = { protection: { locked: false } };
  await ws.protect('', options);
  wb.addWorksheet('Open');
  return HeadlessWorkbook.fromExcelJS(wb);
}

const denied = async (hw: HeadlessWorkbook, change: (ctx: Excel.RequestContext) => void) =>
  (
    await rejection(
      hw.run(async (ctx) => {
        change(ctx);
        await ctx.sync();
      }),
    )
  ).code;

describe('a protected sheet', () => {
  test('refuses values in locked cells, and takes them in unlocked cells', async () => {
    const hw = await protectedSheetBook();
    const sheet = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('Locked');
    expect(await denied(hw, (ctx) => (sheet(ctx).getRange('A1').values = [['changed']]))).toBe(
      'AccessDenied',
    );
    expect(await denied(hw, (ctx) => (sheet(ctx).getRange('B2:C2').values = [['x', 'y']]))).toBe(
      'AccessDenied',
    );
    expect(await denied(hw, (ctx) => sheet(ctx).getRange('A1').clear())).toBe('AccessDenied');
    await hw.run(async (ctx) => {
      sheet(ctx).getRange('B2').values = [['typed']];
      ctx.workbook.worksheets.getItem('Open').getRange('A1').values = [['free']];
      await ctx.sync();
    });
    const ws = hw.excel.getWorksheet('Locked')!;
    expect([ws.getCell('A1').value, ws.getCell('B2').value, ws.getCell('C2').value]).toEqual([
      'kept',
      'typed',
      null,
    ]);
  });

  test('refuses formatting unless its options allow it', async () => {
    const strict = await protectedSheetBook();
    const sheet = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('Locked');
    expect(await denied(strict, (ctx) => (sheet(ctx).getRange('B2').format.fill.color = '#FF0000'))).toBe(
      'AccessDenied',
    );
    expect(await denied(strict, (ctx) => (sheet(ctx).getRange('A:A').format.columnWidth = 90))).toBe(
      'AccessDenied',
    );
    expect(await denied(strict, (ctx) => (sheet(ctx).getRange('B2').numberFormat = [['0%']]))).toBe(
      'AccessDenied',
    );
    const lenient = await protectedSheetBook({ formatCells: true, formatColumns: true });
    await lenient.run(async (ctx) => {
      sheet(ctx).getRange('A1').format.fill.color = '#FF0000';
      sheet(ctx).getRange('A:A').format.columnWidth = 90;
      await ctx.sync();
    });
    expect(await denied(lenient, (ctx) => (sheet(ctx).getRange('1:1').format.rowHeight = 30))).toBe(
      'AccessDenied',
    );
  });

  test('says it is protected, and with which options, through the API and in a collection load', async () => {
    const hw = await protectedSheetBook({ formatColumns: true });
    const read = await hw.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/protection/protected');
      const p = sheets.getItem('Locked').protection.load('protected,options');
      await ctx.sync();
      return {
        items: sheets.items.map((s) => [s.name, s.protection.protected]),
        options: p.options,
      };
    });
    expect(read.items).toEqual([
      ['Locked', true],
      ['Open', false],
    ]);
    expect(read.options).toMatchObject({
      allowFormatColumns: true,
      allowFormatCells: false,
      selectionMode: 'Normal',
    });
  });
});

describe('a workbook with its structure protected', () => {
  const book = () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 1;
    wb.addWorksheet('Notes');
    return HeadlessWorkbook.fromExcelJS(wb, { protect: { structure: true } });
  };

  test('refuses adding, deleting, renaming, moving, hiding sheets; cells can still be written', async () => {
    const hw = book();
    const changes: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => ctx.workbook.worksheets.add('New'),
      (ctx) => ctx.workbook.worksheets.getItem('Notes').delete(),
      (ctx) => (ctx.workbook.worksheets.getItem('Notes').name = 'Renamed'),
      (ctx) => (ctx.workbook.worksheets.getItem('Notes').position = 0),
      (ctx) => (ctx.workbook.worksheets.getItem('Notes').visibility = 'Hidden'),
    ];
    for (const change of changes) expect(await denied(hw, change)).toBe('AccessDenied');
    expect(hw.excel.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Data', 'visible'],
      ['Notes', 'visible'],
    ]);
    const isProtected = await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A2').values = [[2]];
      const p = ctx.workbook.protection.load('protected');
      await ctx.sync();
      return p.protected;
    });
    expect(isProtected).toBe(true);
    expect(hw.excel.getWorksheet('Data')!.getCell('A2').value).toBe(2);
  });

  test('keeps its protection, password hash and all, when saved and opened again', async () => {
    const hw = book();
    const zip = await JSZip.loadAsync(await hw.toBuffer());
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/<workbookPr [^>]*\/><workbookProtection lockStructure="1"\/>/);
    // A file protected with a password, as Excel writes it: the element comes back exactly.
    const withPassword =
      '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>';
    zip.file('xl/workbook.xml', xml.replace(/<workbookProtection[^>]*\/>/, withPassword));
    const reopened = await HeadlessWorkbook.fromBuffer(await zip.generateAsync({ type: 'uint8array' }));
    const again = await JSZip.loadAsync(await reopened.toBuffer());
    expect(await again.file('xl/workbook.xml')!.async('string')).toContain(withPassword);
    expect(await denied(reopened, (ctx) => ctx.workbook.worksheets.add('New'))).toBe('AccessDenied');
  });

  (hasOpenpyxl ? test : test.skip)('an independent reader (openpyxl) sees the structure locked', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'protection-')), 'p.xlsx');
    await saveWorkbookFile(book(), path);
    const out = execFileSync('/usr/bin/python3', [
      '-c',
      'import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).security.lockStructure)',
      path,
    ]).toString();
    expect(out.trim()).toBe('True');
  });
});
