import { formatCellText } from '../../src/headless';
import { book } from './helpers';

// Range.text is "the text values of the specified range", i.e. what Excel displays with each number format.
// Expected strings are those Excel (en-GB) shows in a cell wide enough for them.
describe('Range.text for common number formats', () => {
  const cases: [number | string | boolean, string, string][] = [
    [1234.5678, 'General', '1234.5678'],
    [1 / 3, 'General', '0.333333333'],
    [-1 / 3, 'General', '-0.33333333'],
    [123456789012, 'General', '1.23457E+11'],
    [12345678901, 'General', '12345678901'],
    [0.1 + 0.2, 'General', '0.3'],
    [1e-10, 'General', '1E-10'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [1.005, '0.00', '1.01'],
    [1.25, '0.0', '1.3'],
    [0.125, '0%', '13%'],
    [0.125, '0.0%', '12.5%'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1200, '£#,##0', '-£1,200'],
    [1200.5, '"£"#,##0.00', '£1,200.50'],
    [1200, '[$£-809]#,##0', '£1,200'],
    [-5, '#,##0;(#,##0)', '(5)'],
    [0, '#,##0;(#,##0);"-"', '-'],
    [0, '#,###', ''],
    [45747, 'dd/mm/yyyy', '31/03/2025'],
    [45747, 'mmm-yy', 'Mar-25'],
    [45747, 'd-mmm-yy', '31-Mar-25'],
    [45747, 'mmmm yyyy', 'March 2025'],
    [45747.75, 'dd/mm/yyyy hh:mm', '31/03/2025 18:00'],
    [45747.75, 'h:mm AM/PM', '6:00 PM'],
    [45747, 'yyyy-mm-dd', '2025-03-31'],
    [45747, 'dddd d mmmm', 'Monday 31 March'],
    [60, 'dd/mm/yyyy', '29/02/1900'],
    ['abc', '@', 'abc'],
    [42, '@', '42'],
    ['abc', '0.0', 'abc'],
    [true, '0', 'TRUE'],
    [12, '0" children"', '12 children'],
  ];
  test.each(cases)('%p in %p shows %p', (value, format, expected) => {
    expect(formatCellText(value, format)).toBe(expected);
  });

  test("Range.text uses each cell's format, and dates stored as Date cells", async () => {
    const hw = book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 0.791;
      ws.getCell('A1').numFmt = '0.0%';
      ws.getCell('B1').value = new Date(Date.UTC(2024, 3, 1));
      ws.getCell('B1').numFmt = 'mmm-yy';
      ws.getCell('C1').value = 1200;
      ws.getCell('C1').numFmt = '"£"#,##0.00';
    });
    const text = await hw.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:D1').load('text');
      await ctx.sync();
      return r.text;
    });
    expect(text).toEqual([['79.1%', 'Apr-24', '£1,200.00', '']]);
  });
});
