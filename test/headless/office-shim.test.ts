import { createOfficeShim, installOfficeShim } from '../../src/headless';
import { book } from './helpers';

describe('Office / Excel globals for the harness and the CLI', () => {
  const hw = () =>
    book((wb) => {
      wb.addWorksheet('Data').getCell('B2').value = 7;
      wb.addWorksheet('Hidden').state = 'hidden';
    });

  test('Office.onReady resolves as a headless Excel host; requirement sets up to ExcelApi 1.9', async () => {
    const { Office } = createOfficeShim(hw());
    await expect(Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'Headless' });
    const req = Office.context.requirements;
    expect(req.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(req.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(req.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(req.isSetSupported('ExcelApi', 1.1)).toBe(true);
    expect(req.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  test('Excel.run (both overloads) runs on the workbook; enums are string constants', async () => {
    const book1 = hw();
    const { Excel } = createOfficeShim(book1);
    const v = await Excel.run(async (ctx: Excel.RequestContext) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('B2').load('values');
      await ctx.sync();
      return r.values[0][0];
    });
    expect(v).toBe(7);
    const w = await Excel.run({ delayForCellEdit: true }, async (ctx: Excel.RequestContext) => {
      const s = ctx.workbook.worksheets.getItem('Hidden').load('visibility');
      await ctx.sync();
      return s.visibility;
    });
    expect(w).toBe(Excel.SheetVisibility.Hidden);
    expect(Excel.ErrorCodes.itemNotFound).toBe('ItemNotFound'); // office-js: lowerCamel keys
    expect(Excel.ErrorCodes.propertyNotLoaded).toBe('PropertyNotLoaded');
    expect(Excel.BorderIndex.edgeBottom).toBe('EdgeBottom');
    expect(Excel.SheetVisibility.veryHidden).toBe('VeryHidden');
    expect(Excel.PageOrientation.Landscape).toBe('Landscape');
    expect(Excel.HorizontalAlignment.Center).toBe('Center');
    expect(Excel.BorderLineStyle.Continuous).toBe('Continuous');
  });

  test('DocumentSelectionChanged handlers fire on select(), and stop after removeHandlerAsync', async () => {
    const book1 = hw();
    const { Office } = createOfficeShim(book1);
    const seen: string[] = [];
    const handler = () => seen.push(book1.getSelection().address);
    const status = await new Promise((resolve) =>
      Office.context.document.addHandlerAsync(
        Office.EventType.DocumentSelectionChanged,
        handler,
        (r: { status: string }) => resolve(r.status),
      ),
    );
    expect(status).toBe(Office.AsyncResultStatus.Succeeded);
    book1.select('Data', 'B2:C4');
    expect(seen).toEqual(['B2:C4']);
    expect(book1.getSelection()).toEqual({ sheet: 'Data', address: 'B2:C4' });
    await book1.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A7').select();
      const sel = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      expect(sel.address).toBe('Data!A7');
    });
    expect(seen).toEqual(['B2:C4', 'A7']);
    Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    book1.select('Data', 'A1');
    expect(seen).toHaveLength(2);
  });

  test('installOfficeShim sets and restores globals', () => {
    const target: Record<string, unknown> = {};
    const undo = installOfficeShim(hw(), target);
    expect(typeof (target.Excel as { run: unknown }).run).toBe('function');
    expect(target.Office).toBeDefined();
    undo();
    expect(target.Excel).toBeUndefined();
  });
});
