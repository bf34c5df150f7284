/**
 * Selections Excel does not return as one range. Workbook.getSelectedRange(): "If there are multiple ranges
 * selected, this method will throw an error" (InvalidSelection); so it does when a chart or shape is
 * selected. The Tag view then describes the active cell's row and says why it cannot be tagged.
 */
import { NOT_ONE_RANGE } from '../../src/excel/operations';
import { createExcelService } from '../../src/excel/service';
import { MONTHLY } from '../fixtures';
import { headlessTestHost, taggedSampleWorkbook } from '../fixtures/tagged-sample';

async function serviceOnSample() {
  const book = await taggedSampleWorkbook();
  const service = createExcelService(headlessTestHost(book), async () => () => undefined);
  return { book, service };
}

const agency = MONTHLY.rows['Agency SW rate'];
const vacancy = MONTHLY.rows['SW vacancy rate'];

describe('a selection of several areas, or of a chart or shape', () => {
  test('the headless Excel refuses getSelectedRange() with InvalidSelection; the active cell is read', async () => {
    const { book } = await serviceOnSample();
    book.select(MONTHLY.sheet, `B${agency.row}:D${agency.row},C${vacancy.row}`);
    expect(book.getSelection()).toEqual({
      sheet: MONTHLY.sheet,
      address: `B${agency.row}:D${agency.row},C${vacancy.row}`,
    });
    const failed = book.run(async (context) => {
      const range = context.workbook.getSelectedRange().load('address');
      await context.sync();
      return range.address;
    });
    await expect(failed).rejects.toMatchObject({ code: 'InvalidSelection' });
    const active = await book.run(async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      await context.sync();
      return cell.address;
    });
    expect(active).toBe(`'${MONTHLY.sheet}'!C${vacancy.row}`);
  });

  test("the Tag view is told the active cell's row, and why it cannot be tagged as selected", async () => {
    const { book, service } = await serviceOnSample();
    book.select(MONTHLY.sheet, `B${agency.row},C${vacancy.row}`);
    book.resetStats();
    const info = (await service.describeSelection())!;
    expect(info).toMatchObject({
      sheet: MONTHLY.sheet,
      row: vacancy.row,
      rowCount: 1,
      label: 'SW vacancy rate',
    });
    expect(info.refusal).toBe(NOT_ONE_RANGE);
    // The refused read, then the usual two.
    expect(book.stats.syncs).toBe(3);
    // One range again: taggable.
    book.select(MONTHLY.sheet, `C${vacancy.row}`);
    expect((await service.describeSelection())!.refusal).toBeNull();
  });

  test('a chart selected over the sheet: the same', async () => {
    const { book, service } = await serviceOnSample();
    book.select(MONTHLY.sheet, `C${agency.row}`);
    book.selectDrawing(MONTHLY.sheet, 'Chart 1');
    const info = (await service.describeSelection())!;
    expect(info).toMatchObject({ row: agency.row, label: 'Agency SW rate', refusal: NOT_ONE_RANGE });
  });
});
