import ExcelJS from 'exceljs';
import { HeadlessWorkbook, RESPONSE_PAYLOAD_LIMIT } from '../../src/headless';
import { book, rejection } from './helpers';

async function read(hw: HeadlessWorkbook, address: string, sheet = 'S') {
  return hw.run(async (ctx) => {
    const r = ctx.workbook.worksheets
      .getItem(sheet)
      .getRange(address)
      .load('values, formulas, text, numberFormat');
    await ctx.sync();
    return { values: r.values, formulas: r.formulas, text: r.text, numberFormat: r.numberFormat };
  });
}

describe('Range.values for every kind of cell (Excel JavaScript API: Range.values)', () => {
  const hw = book((wb) => {
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 12.5;
    ws.getCell('A2').value = 'text';
    ws.getCell('A3').value = true;
    // A4 empty
    ws.getCell('A5').value = new Date(Date.UTC(2025, 2, 31));
    ws.getCell('A5').numFmt = 'dd/mm/yyyy';
    ws.getCell('A6').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('A7').value = { formula: 'SUM(A1:A1)', result: 12.5 };
    ws.getCell('A8').value = {
      formula: '1/0',
      result: { error: '#DIV/0!' },
    } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('B7').value = { formula: 'A7*2', result: 25 };
    ws.getCell('B8').value = { sharedFormula: 'B7', result: 0 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('A9').value = { richText: [{ text: 'rich ' }, { font: { bold: true }, text: 'text' }] };
    ws.getCell('A10').value = { text: 'Go to summary', hyperlink: "#'PMF Summary'!A1" };
    ws.getCell('A11').value = { formula: 'A1&"x"', result: 'abc' };
    ws.getCell('A12').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  });

  test('numbers, strings, booleans as they are; empty cells as ""', async () => {
    const { values } = await read(hw, 'A1:A4');
    expect(values).toEqual([[12.5], ['text'], [true], ['']]);
  });

  test('dates as 1900-system serial numbers (25569 = 1970-01-01)', async () => {
    const { values, formulas } = await read(hw, 'A5');
    expect(values).toEqual([[45747]]);
    expect(formulas).toEqual([[45747]]);
  });

  test('error cells as their error string', async () => {
    const { values, text } = await read(hw, 'A6');
    expect(values).toEqual([['#DIV/0!']]);
    expect(text).toEqual([['#DIV/0!']]);
  });

  test('formulas: cached result in values, the formula in formulas (shared formulas translated)', async () => {
    const { values, formulas } = await read(hw, 'A7:B8');
    expect(values).toEqual([
      [12.5, 25],
      ['#DIV/0!', 0],
    ]);
    expect(formulas).toEqual([
      ['=SUM(A1:A1)', '=A7*2'],
      ['=1/0', '=A8*2'],
    ]);
    const s = await read(hw, 'A11');
    expect(s.values).toEqual([['abc']]);
  });

  test('a formula with no cached result reads as "" (nothing is calculated here)', async () => {
    const { values, formulas, text } = await read(hw, 'A12');
    expect(values).toEqual([['']]);
    expect(text).toEqual([['']]);
    expect(formulas).toEqual([['=NOW()']]);
  });

  test('rich text and hyperlink cells as their plain text; non-formula formulas equal the value', async () => {
    const { values, formulas } = await read(hw, 'A9:A10');
    expect(values).toEqual([['rich text'], ['Go to summary']]);
    expect(formulas).toEqual(values);
  });

  test('covered cells of a merged area read as ""', async () => {
    const m = book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'Title';
      ws.mergeCells('A1:C1');
    });
    expect((await read(m, 'A1:C1')).values).toEqual([['Title', '', '']]);
  });
});

describe('writing values (Excel JavaScript API: Range.values / Range.formulas)', () => {
  const fresh = () => book((wb) => void wb.addWorksheet('S'));

  test("strings starting with '=', '+' or '-' become formulas; numbers stay numbers", async () => {
    const hw = fresh();
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A6').values = [
        ['=SUM(B1:B3)'],
        ['-abc'],
        ['+abc'],
        ['-5'],
        [7],
        ['='],
      ];
      await ctx.sync();
    });
    const { values, formulas } = await read(hw, 'A1:A6');
    expect(formulas).toEqual([['=SUM(B1:B3)'], ['=-abc'], ['=+abc'], [-5], [7], ['=']]);
    // No cached results: formulas read back as '' until Excel calculates them.
    expect(values).toEqual([[''], [''], [''], [-5], [7], ['=']]);
    const ws = hw.excel.getWorksheet('S')!;
    expect(ws.getCell('A1').formula).toBe('SUM(B1:B3)');
    expect(hw.excel.calcProperties.fullCalcOnLoad).toBe(true);
  });

  test("with number format '@' set first in the same batch, strings are stored as text exactly", async () => {
    const hw = fresh();
    await hw.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:A4');
      r.numberFormat = [['@'], ['@'], ['@'], ['@']];
      r.values = [['=HYPERLINK("x")'], ['-abc'], ['007'], ['TRUE']];
      await ctx.sync();
    });
    const { values, formulas, numberFormat } = await read(hw, 'A1:A4');
    expect(values).toEqual([['=HYPERLINK("x")'], ['-abc'], ['007'], ['TRUE']]);
    expect(formulas).toEqual(values);
    expect(numberFormat).toEqual([['@'], ['@'], ['@'], ['@']]);
    expect(hw.excel.getWorksheet('S')!.getCell('A1').type).toBe(ExcelJS.ValueType.String);
  });

  test("the '@' format set AFTER the values does not protect them (order of commands matters)", async () => {
    const hw = fresh();
    await hw.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      r.values = [['=1+1']];
      r.numberFormat = [['@']];
      await ctx.sync();
    });
    expect((await read(hw, 'A1')).formulas).toEqual([['=1+1']]);
  });

  test('numeric strings become numbers, TRUE/FALSE booleans, percentages fractions (as typed in Excel)', async () => {
    const hw = fresh();
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:D1').values = [['42', 'false', '12.5%', 'n/a']];
      await ctx.sync();
    });
    const { values, numberFormat, text } = await read(hw, 'A1:D1');
    expect(values).toEqual([[42, false, 0.125, 'n/a']]);
    expect(numberFormat[0][2]).toBe('0.00%');
    expect(text[0][2]).toBe('12.50%');
  });

  test('null leaves a cell unchanged; "" clears the value and keeps the format', async () => {
    const hw = book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.getCell('B1').value = 2;
      ws.getCell('B1').numFmt = '0.0';
    });
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[null as unknown as string, '']];
      await ctx.sync();
    });
    const { values, numberFormat } = await read(hw, 'A1:B1');
    expect(values).toEqual([[1, '']]);
    expect(numberFormat).toEqual([['General', '0.0']]);
  });

  test('numberFormat writes do not leak to cells that shared a style object', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('A1').numFmt = '0.0';
      ws.getCell('A2').numFmt = '0.0';
    }).toBuffer();
    const hw = await HeadlessWorkbook.fromBuffer(bytes);
    await hw.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      r.numberFormat = [['0%']];
      r.format.font.bold = true;
      await ctx.sync();
    });
    const { numberFormat } = await read(hw, 'A1:A2');
    expect(numberFormat).toEqual([['0%'], ['0.0']]);
    expect(hw.excel.getWorksheet('S')!.getCell('A2').font?.bold).toBeFalsy();
  });

  test('reading the used range of a 50,000-row sheet whole, and a 5,000 x 20 write (timed by the bench)', async () => {
    const hw = book((wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 50000; r++) ws.addRow([r, `row ${r}`, r / 7, r % 2 === 0, 'x', 1, 2, 3]);
    });
    // Values and number formats in two syncs: together they are a response over Excel on the web's 5 MB.
    const n = await hw.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('S').getUsedRange(true).load('values, address');
      await ctx.sync();
      used.load('numberFormat');
      await ctx.sync();
      return { rows: used.values.length, address: used.address, fmt: used.numberFormat[49999][2] };
    });
    expect(n).toEqual({ rows: 50000, address: 'S!A1:H50000', fmt: 'General' });
    expect(hw.stats.maxResponseBytes).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);
    const grid = Array.from({ length: 5000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c % 2 ? `t${r}` : r * c)),
    );
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.add('W').getRangeByIndexes(0, 0, 5000, 20).values = grid;
      await ctx.sync();
    });
    expect(hw.excel.getWorksheet('W')!.getCell(5000, 20).value).toBe('t4999');
  });
});

// "Excel specifications and limits": a cell holds at most 32,767 characters.
describe('text longer than a cell holds', () => {
  test('a value of 32,768 characters is refused, and nothing of that write is applied', async () => {
    const hw = book((wb) => void wb.addWorksheet('S'));
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B1').values = [['x'.repeat(32767), 'fits']];
      await ctx.sync();
    });
    expect((hw.excel.getWorksheet('S')!.getCell('A1').value as string).length).toBe(32767);
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A2:B2').values = [['first', 'y'.repeat(32768)]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
    expect(e.message).toMatch(/'?S'?!B2 is 32768 characters long/);
    expect(hw.excel.getWorksheet('S')!.getCell('A2').value).toBeNull();
  });
});
