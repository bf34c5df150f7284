import * as ExcelJS from 'exceljs';
import { cellAt, formatAt } from '../../../src/domain/grid';
import { gridFromWorksheet, gridOf } from '../../fixtures/grid';
import { MONTHLY, QUARTERLY, SAMPLE_SHEETS, sampleWorkbook } from '../../fixtures/workbooks';

describe('fixture workbooks and gridFromWorksheet', () => {
  const wb = sampleWorkbook();

  it('holds every sheet in the sample workbook', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SAMPLE_SHEETS);
  });

  it('gives Excel semantics: date serials, cached formula results and errors, merged cells blank but the first', () => {
    const g = gridOf(wb, MONTHLY.sheet);
    expect(cellAt(g, MONTHLY.headerRow, 3)).toBe(45292); // 1 Jan 2024
    expect(formatAt(g, MONTHLY.headerRow, 3)).toBe('mmm-yy');
    const section = MONTHLY.sections['Placement stability'];
    expect(cellAt(g, section, 1)).toBe('Placement stability');
    expect(cellAt(g, section, 2)).toBe('');
    const peps = MONTHLY.rows['PEPs up to date'].row;
    expect(cellAt(g, peps, 3 + 6)).toBe('#DIV/0!');
    const s01 = MONTHLY.rows['% with 3+ placements in last 12 months'].row;
    expect(typeof cellAt(g, s01, 3)).toBe('number');
    expect(formatAt(g, s01, 3)).toBe('0.0%');
    expect(formatAt(g, 1, 1)).toBe('General');
    expect(cellAt(g, 2000, 1)).toBe('');
  });

  it('writes to .xlsx and reads back to the same grids', async () => {
    const buffer = await wb.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as ArrayBuffer);
    for (const name of [MONTHLY.sheet, QUARTERLY.sheet]) {
      const a = gridOf(wb, name);
      const b = gridFromWorksheet(back.getWorksheet(name) as ExcelJS.Worksheet);
      expect(b.values).toEqual(a.values);
      expect(b.numberFormats).toEqual(a.numberFormats);
    }
  });
});
