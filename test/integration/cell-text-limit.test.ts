/**
 * Text longer than an Excel cell holds (32,767 characters) is refused by the tag and settings writers with a
 * message naming the field, before anything is written.
 */
import ExcelJS from 'exceljs';
import { addTags, loadState, saveFramework } from '../../src/excel/operations';
import { SETTINGS_SHEET, TAG_SHEET } from '../../src/excel/workbook-names';
import { addEvidence, withSettings } from '../../src/domain/framework';
import { SAMPLE_AS_AT, headlessTestHost, taggedSampleWorkbook } from '../fixtures/tagged-sample';
import { open, sheetContent } from './helpers';

const LONG = 'Commentary pasted from a report. '.repeat(1300); // 42,900 characters

describe('text over 32,767 characters', () => {
  test('commentary: refused, naming the measure; the settings sheet is unchanged', async () => {
    const book = await taggedSampleWorkbook();
    const host = headlessTestHost(book);
    const state = await loadState(host, SAMPLE_AS_AT);
    const before = sheetContent(book.excel.getWorksheet(SETTINGS_SHEET)!);
    await expect(
      saveFramework(host, withSettings(state.framework, 'S01', { comment: LONG })),
    ).rejects.toThrow(
      `The commentary for S01 is ${LONG.length.toLocaleString('en-GB')} characters long, and an Excel cell holds at most 32,767.`,
    );
    expect(sheetContent(book.excel.getWorksheet(SETTINGS_SHEET)!)).toBe(before);
    // At the limit it is saved whole.
    const atLimit = LONG.slice(0, 32767);
    await saveFramework(host, withSettings(state.framework, 'S01', { comment: atLimit }));
    expect((await loadState(host, SAMPLE_AS_AT)).framework.settings.S01?.comment).toBe(atLimit);
  });

  test('an evidence note: refused, naming the line of enquiry and the date', async () => {
    const book = await taggedSampleWorkbook();
    const host = headlessTestHost(book);
    const state = await loadState(host, SAMPLE_AS_AT);
    const framework = addEvidence(state.framework, { kloeId: 'K10', text: LONG, date: '2025-03-01' });
    await expect(saveFramework(host, framework)).rejects.toThrow(
      /^The evidence note for K10 dated 2025-03-01 is /,
    );
  });

  test('a row label longer than a cell holds (from a file another program wrote): the tag is refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Indicators');
    ws.getCell('A3').value = 'Indicator';
    ['Apr-24', 'May-24', 'Jun-24'].forEach((p, i) => (ws.getCell(3, 2 + i).value = p));
    ws.getCell('A4').value = 'Children looked after: '.repeat(1500);
    [50, 52, 51].forEach((v, i) => (ws.getCell(4, 2 + i).value = v));
    const b = open(wb);
    await expect(
      addTags(b.host, [{ kind: 'row', sheet: 'Indicators', row: 4, measureId: 'D02', role: 'value' }]),
    ).rejects.toThrow(/^The label of the D02 tag on 'Indicators' row 4 is 34,499 characters long/);
    expect(b.book.excel.getWorksheet(TAG_SHEET)).toBeUndefined();
  });
});
