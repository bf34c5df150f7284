import { book } from './helpers';

// Excel JavaScript API: RangeFormat, RangeFill, RangeFont, RangeBorder. Colours read back as '#RRGGBB';
// a property whose cells differ reads as null.
describe('range formatting', () => {
  test('fill, font, alignment and borders read back; mixed cells give null; clear() resets', async () => {
    const hw = book((wb) => void wb.addWorksheet('S'));
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      const r = s.getRange('A1:B2');
      r.format.fill.color = '#FFC000';
      r.format.font.bold = true;
      r.format.font.color = '#FFFFFF';
      r.format.verticalAlignment = 'Center';
      const all = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];
      for (const e of all) {
        const b = r.format.borders.getItem(e as Excel.BorderIndex);
        b.style = 'Continuous';
        b.color = '#7F7F7F';
      }
      s.getRange('B2').format.fill.clear();
      const a1 = s
        .getRange('A1')
        .load('format/fill/color, format/font/bold, format/font/color, format/verticalAlignment');
      const both = s.getRange('A1:B2').format.fill.load('color');
      const inside = r.format.borders.getItem('InsideHorizontal').load('style, weight, color');
      const edge = s.getRange('C3').format.borders.getItem('EdgeTop').load('style');
      await ctx.sync();
      expect(a1.format.fill.color).toBe('#FFC000');
      expect(a1.format.font.bold).toBe(true);
      expect(a1.format.font.color).toBe('#FFFFFF');
      expect(a1.format.verticalAlignment).toBe('Center');
      expect(both.color).toBeNull();
      expect([inside.style, inside.weight, inside.color]).toEqual(['Continuous', 'Thin', '#7F7F7F']);
      expect(edge.style).toBe('None');
      r.clear('Formats');
      const after = s.getRange('A1').format.fill.load('color');
      await ctx.sync();
      expect(after.color).toBe('#FFFFFF');
    });
    const cell = hw.excel.getWorksheet('S')!.getCell('A2');
    expect(cell.border).toBeUndefined(); // clear('Formats') removed the borders
    expect(cell.font).toBeUndefined();
  });

  test('merge keeps the top-left value; unmerge and merge(across)', async () => {
    const hw = book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'keep';
      ws.getCell('B1').value = 'lost';
    });
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      s.getRange('A1:B1').merge();
      s.getRange('A3:C4').merge(true);
      const v = s.getRange('A1:B1').load('values');
      await ctx.sync();
      expect(v.values).toEqual([['keep', '']]);
    });
    const ws = hw.excel.getWorksheet('S')!;
    const merges = Object.keys((ws as unknown as { _merges: object })._merges).sort();
    expect(merges).toEqual(['A1', 'A3', 'A4']);
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:C4').unmerge();
      await ctx.sync();
    });
    expect(Object.keys((ws as unknown as { _merges: object })._merges)).toEqual([]);
  });

  test('addresses: quoted sheet names, whole rows, indexes', async () => {
    const hw = book((wb) => void wb.addWorksheet('PMF Summary'));
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('PMF Summary');
      const a = s.getRange('$B$2:$D$9').load('address, rowIndex, columnIndex, rowCount, columnCount');
      const row = s.getRange('3:3').load('address, columnCount');
      const byIdx = s.getRangeByIndexes(4, 2, 2, 3).getCell(1, 1).load('address');
      await ctx.sync();
      expect([a.address, a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]).toEqual([
        "'PMF Summary'!B2:D9",
        1,
        1,
        8,
        3,
      ]);
      expect([row.address, row.columnCount]).toEqual(["'PMF Summary'!3:3", 16384]);
      expect(byIdx.address).toBe("'PMF Summary'!D6");
    });
  });
});
