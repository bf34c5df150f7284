import ExcelJS from 'exceljs';
import { HeadlessWorkbook } from '../../src/headless';
import { book, rejection } from './helpers';

// Style writes share style objects between cells (as ExcelJS does for cells loaded with the same style
// id), so a write must never change a style object in place; a save serialises each style object once.

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const merges = (ws: ExcelJS.Worksheet) =>
  Object.entries((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
    .map(([k, m]) => `${k}=${m.range}`)
    .sort();

describe('shared styles', () => {
  test('cells sharing a style after a range write change independently', async () => {
    const hw = book((wb) => void wb.addWorksheet('S'));
    const ws = hw.excel.getWorksheet('S')!;
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:C3').format.fill.color = '#FFC000';
      await ctx.sync();
    });
    expect(ws.getCell('A1').style).toBe(ws.getCell('C3').style);
    const filled = JSON.stringify(ws.getCell('C3').style);
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      s.getRange('A1').numberFormat = [['0.0%']];
      s.getRange('B1').format.font.bold = true;
      s.getRange('C1').format.horizontalAlignment = 'Right';
      s.getRange('A2').format.borders.getItem('EdgeTop').style = 'Continuous';
      s.getRange('B2').values = [['12.5%']];
      s.getRange('C2').format.fill.clear();
      s.getRange('A3').format.font.bold = true;
      s.getRange('B3').format.font.italic = true;
      await ctx.sync();
    });
    expect([ws.getCell('A3').font.bold, ws.getCell('A3').font.italic]).toEqual([true, undefined]);
    expect([ws.getCell('B3').font.bold, ws.getCell('B3').font.italic]).toEqual([undefined, true]);
    expect(JSON.stringify(ws.getCell('C3').style)).toBe(filled);
    expect(ws.getCell('B2').numFmt).toBe('0.00%');
    expect(ws.getCell('C2').fill).toBeUndefined();
    await hw.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:C3');
      for (const e of [
        'EdgeTop',
        'EdgeBottom',
        'EdgeLeft',
        'EdgeRight',
        'InsideHorizontal',
        'InsideVertical',
      ]) {
        const b = r.format.borders.getItem(e as Excel.BorderIndex);
        b.style = 'Continuous';
        b.color = '#BFBFBF';
      }
      await ctx.sync();
    });
    const before = JSON.stringify(ws.getCell('A1').style);
    const sharedFill = ws.getCell('A1').style.fill;
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      s.getRange('B1').format.fill.color = '#FF0000';
      s.getRange('B1').format.font.bold = true;
      s.getRange('C1').format.borders.getItem('EdgeTop').style = 'None';
      s.getRange('A2').numberFormat = [['0.0%']];
      await ctx.sync();
    });
    expect(JSON.stringify(ws.getCell('A1').style)).toBe(before);
    expect(ws.getCell('A1').style.fill).toBe(sharedFill);
    expect(ws.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFFFC000' } });
    expect(ws.getCell('B1').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
    expect(ws.getCell('B1').font.bold).toBe(true);
    expect(ws.getCell('A1').font).toBeUndefined();
    expect(ws.getCell('C1').border.top).toBeUndefined();
    expect(ws.getCell('B1').border.top).toMatchObject({ style: 'thin' });
    expect(ws.getCell('A2').numFmt).toBe('0.0%');
    expect(ws.getCell('A3').numFmt).toBeUndefined();
    expect(ws.getCell('B2').numFmt).toBe('0.00%');
  });

  test('cells that share a style loaded from a file change independently', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (const a of ['A1', 'A2', 'A3']) {
      ws.getCell(a).value = 1;
      ws.getCell(a).font = { italic: true };
      ws.getCell(a).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      ws.getCell(a).alignment = { vertical: 'top' };
      ws.getCell(a).border = { left: { style: 'thin' } };
    }
    const hw = await HeadlessWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
    const loaded = hw.excel.getWorksheet('S')!;
    expect(loaded.getCell('A1').style).toBe(loaded.getCell('A2').style); // ExcelJS shares by style id
    const before = JSON.stringify(loaded.getCell('A3').style);
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      s.getRange('A1').format.font.bold = true;
      s.getRange('A1').format.borders.getItem('EdgeTop').style = 'Continuous';
      s.getRange('A2').format.fill.color = '#FF0000';
      s.getRange('A2').format.horizontalAlignment = 'Right';
      s.getRange('A2').numberFormat = [['0.0']];
      await ctx.sync();
    });
    expect(loaded.getCell('A1').font).toMatchObject({ italic: true, bold: true });
    expect(loaded.getCell('A1').border).toMatchObject({ left: { style: 'thin' }, top: { style: 'thin' } });
    expect(loaded.getCell('A2').font.bold).toBeUndefined();
    expect(loaded.getCell('A2').alignment).toEqual({ vertical: 'top', horizontal: 'right' });
    expect(loaded.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
    expect(JSON.stringify(loaded.getCell('A3').style)).toBe(before);
  });

  test('a rejected value is rejected again after the same text was accepted', async () => {
    const hw = book((wb) => void wb.addWorksheet('S'));
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').format.font.size = 12;
      await ctx.sync();
    });
    const e = await rejection(
      hw.run(async (ctx) => {
        // A2 has the style A1 had: the change must not be taken for the one made to A1.
        (ctx.workbook.worksheets.getItem('S').getRange('A2').format.font as { size: unknown }).size = '12';
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  test('whole rows and columns: the row / column style and their existing cells', async () => {
    const hw = book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('B2').value = 'x';
      ws.getCell('D4').value = 'y';
    });
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      s.getRange('2:2').format.fill.color = '#00FF00';
      s.getRange('D:D').numberFormat = '0.00' as unknown as string[][];
      await ctx.sync();
    });
    const ws = hw.excel.getWorksheet('S')!;
    expect(ws.getRow(2).fill).toMatchObject({ fgColor: { argb: 'FF00FF00' } });
    expect(ws.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FF00FF00' } });
    expect(ws.getColumn(4).numFmt).toBe('0.00');
    expect(ws.getCell('D4').numFmt).toBe('0.00');
    expect(ws.getCell('B4').numFmt).toBeUndefined();
    expect(ws.getCell('B3').fill).toBeUndefined();
  });
});

describe('merging', () => {
  test('merging over merges replaces them; the top-left value is kept', async () => {
    const hw = book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'top-left';
      ws.getCell('B2').value = 'inner';
      ws.mergeCells('B2:C3');
      ws.mergeCells('E1:F1');
      ws.mergeCells('H8:I9');
    });
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      s.getRange('A1:C4').merge(); // covers B2:C3
      s.getRange('E1:E2').merge(); // overlaps E1:F1
      s.getRange('A6:C7').merge(true);
      s.getRange('K1').merge(); // a single cell: nothing to merge
      const v = s.getRange('A1:C2').load('values');
      await ctx.sync();
      expect(v.values).toEqual([
        ['top-left', '', ''],
        ['', '', ''],
      ]);
    });
    const ws = hw.excel.getWorksheet('S')!;
    expect(merges(ws)).toEqual(['A1=A1:C4', 'A6=A6:C6', 'A7=A7:C7', 'E1=E1:E2', 'H8=H8:I9']);
    expect(ws.getCell('F1').isMerged).toBe(false);
    expect(ws.getCell('C4').master.address).toBe('A1');
    // The sheet's merge list is ExcelJS's own: ExcelJS still refuses to merge over these.
    expect(() => ws.mergeCells('C4:D5')).toThrow('Cannot merge already merged cells');
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      s.getRange('B3:B7').merge(); // across A1:C4 and A6:C6, A7:C7
      await ctx.sync();
    });
    expect(merges(ws)).toEqual(['B3=B3:B7', 'E1=E1:E2', 'H8=H8:I9']);
    expect(ws.getCell('A1').value).toBe('top-left');
    expect(ws.getCell('A2').isMerged).toBe(false);
  });

  test('merged areas round-trip through a save', async () => {
    const hw = book((wb) => void wb.addWorksheet('S'));
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      for (let r = 1; r <= 40; r += 2) s.getRange(`A${r}:C${r + 1}`).merge();
      s.getRange('A1:C2').values = [
        ['title', '', ''],
        ['', '', ''],
      ];
      s.getRange('A5:C8').merge();
      await ctx.sync();
    });
    const again = (await reopen(await hw.toBuffer())).getWorksheet('S')!;
    const list = merges(again);
    expect(list).toHaveLength(19);
    expect(list).toContain('A5=A5:C8');
    expect(list).not.toContain('A7=A7:C8');
    expect(again.getCell('A1').value).toBe('title');
  });
});

describe('saving shared styles', () => {
  test('a saved file has each cell its own style back', async () => {
    const hw = book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A10').value = new Date(Date.UTC(2025, 2, 31)); // a date without a number format
      ws.getCell('B10').value = 3;
      ws.getCell('C10').value = { formula: 'A10+1', result: new Date(Date.UTC(2025, 3, 1)) };
    });
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      const grid = s.getRange('A1:H8');
      grid.values = Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, (_, c) => r * 8 + c));
      grid.numberFormat = Array.from({ length: 8 }, (_, r) =>
        Array.from({ length: 8 }, (_, c) => (c % 2 ? '0.0%' : r % 2 ? '#,##0' : 'General')),
      );
      s.getRange('A1:H1').format.font.bold = true;
      s.getRange('A1:H1').format.fill.color = '#1F4E78';
      s.getRange('A2:D8').format.fill.color = '#DDEBF7';
      s.getRange('A1:H8').format.borders.getItem('InsideHorizontal').style = 'Continuous';
      s.getRange('A8:H8').format.borders.getItem('EdgeBottom').weight = 'Medium';
      s.getRange('E2:H8').format.horizontalAlignment = 'Center';
      s.getRange('A10:C10').format.fill.color = '#FFC000'; // the date, a number and a formula: one style
      s.getRange('A12').values = [['50%']];
      await ctx.sync();
    });
    const ws = hw.excel.getWorksheet('S')!;
    const expected = new Map<string, string>();
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => expected.set(cell.address, JSON.stringify(cell.style))),
    );
    const unformatted = [ws.getCell('B12'), ws.getCell('C12')];
    unformatted.forEach((c) => void (c.value = 'x'));
    const own = unformatted.map((c) => c.style);
    const bytes = await hw.toBuffer();
    // The model is as before the save: unformatted cells keep their own style objects.
    expect(unformatted.map((c) => c.style)).toEqual(own);
    expect(unformatted[0].style).toBe(own[0]);
    // The date keeps a copy of the style it shared with the number: the same formatting, its own object.
    expect(ws.getCell('A10').style).toEqual(ws.getCell('B10').style);
    expect(ws.getCell('A10').style).not.toBe(ws.getCell('B10').style);

    const back = (await reopen(bytes)).getWorksheet('S')!;
    for (const [address, style] of expected) {
      const got = back.getCell(address).style;
      const want = JSON.parse(style) as Partial<ExcelJS.Style>;
      const dated = address === 'A10' || address === 'C10'; // ExcelJS saves a date with a date format
      expect([address, got.numFmt ?? 'General']).toEqual([
        address,
        want.numFmt ?? (dated ? 'mm-dd-yy' : 'General'),
      ]);
      expect([address, got.fill?.type === 'pattern' ? got.fill.fgColor : undefined]).toEqual([
        address,
        want.fill?.type === 'pattern' ? want.fill.fgColor : undefined,
      ]);
      expect([address, !!got.font?.bold]).toEqual([address, !!want.font?.bold]);
      expect([address, got.border?.top?.style, got.border?.bottom?.style]).toEqual([
        address,
        want.border?.top?.style,
        want.border?.bottom?.style,
      ]);
      expect([address, got.alignment?.horizontal]).toEqual([address, want.alignment?.horizontal]);
    }
    expect(back.getCell('B2').numFmt).toBe('0.0%');
    expect(back.getCell('A2').numFmt).toBe('#,##0');
    expect(back.getCell('H8').border.bottom).toMatchObject({ style: 'medium' });
    expect(back.getCell('A12').numFmt).toBe('0%');
    // The date cells keep a date format; the number that shared their style does not get it.
    expect(back.getCell('A10').value).toBeInstanceOf(Date);
    expect(back.getCell('A10').numFmt).toBe('mm-dd-yy');
    expect(back.getCell('C10').numFmt).toBe('mm-dd-yy');
    expect(back.getCell('B10').value).toBe(3);
    expect(back.getCell('B10').numFmt).toBeUndefined();
    expect(back.getCell('B10').fill).toMatchObject({ fgColor: { argb: 'FFFFC000' } });
  });
});
