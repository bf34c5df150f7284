/**
 * Going to a finding on a hidden sheet. Excel cannot activate a hidden sheet, so a finding on a broken row
 * of the hidden tag sheet (or on a sheet the officer has hidden) cannot be selected: the pane says what the
 * row holds and how to show the sheet, instead of reporting Excel as busy.
 */
import { createExcelService } from '../../src/excel/service';
import { TAG_SHEET } from '../../src/excel/workbook-names';
import { BUSY_MESSAGE, describeError } from '../../src/taskpane/errors';
import { QUARTERLY } from '../fixtures';
import { SAMPLE_AS_AT, headlessTestHost, taggedSampleWorkbook } from '../fixtures/tagged-sample';

async function sample() {
  const book = await taggedSampleWorkbook();
  const service = createExcelService(headlessTestHost(book), async () => () => undefined);
  return { book, service };
}

async function goTo(
  service: ReturnType<typeof createExcelService>,
  cell: Parameters<typeof service.select>[0],
) {
  try {
    await service.select(cell);
  } catch (e) {
    return describeError(e, { sheet: cell.sheet });
  }
  return null;
}

describe('going to a finding on a hidden sheet', () => {
  test('a broken row of the tag sheet: the pane shows what the row holds and how to show the sheet', async () => {
    const { book, service } = await sample();
    const tags = book.excel.getWorksheet(TAG_SHEET)!;
    tags.getCell(3, 2).value = 'banana'; // kind: neither row nor column
    const state = await service.load(SAMPLE_AS_AT);
    const broken = state.findings.find((f) => f.ruleId === 'tag-row-broken');
    expect(broken?.cell).toMatchObject({ sheet: TAG_SHEET, row: 3 });
    const before = book.getSelection();
    book.resetStats();

    const message = await goTo(service, broken!.cell!);
    expect(message).not.toBe(BUSY_MESSAGE);
    expect(message).toMatch(
      /^Row 3 is on 'PMF Tags', the hidden sheet where the add-in keeps its tags, so Excel cannot go to it\. The row holds: id 't-[0-9a-f]+'; kind 'banana'; measure '[A-Z]\d\d'; /,
    );
    expect(message).toMatch(/To see it, right-click a sheet tab, choose Unhide and pick 'PMF Tags'\.$/);
    // The refused selection and the read of the row; the selection is where it was.
    expect(book.stats.syncs).toBe(2);
    expect(book.getSelection()).toEqual(before);
  });

  test("a cell on a sheet the officer hid: its address and the row's cells", async () => {
    const { book, service } = await sample();
    book.excel.getWorksheet(QUARTERLY.sheet)!.state = 'hidden';
    const row = Object.values(QUARTERLY.rows)[0];
    const message = await goTo(service, {
      sheet: QUARTERLY.sheet,
      row: row.row,
      col: 3,
      address: `C${row.row}`,
    });
    expect(message).toMatch(
      new RegExp(
        `^C${row.row} is on '${QUARTERLY.sheet}', a hidden sheet, so Excel cannot go to it\\. The row holds: A${row.row} `,
      ),
    );
    expect(message).toContain(`'${row.label}'`);
  });

  test('a very hidden sheet: Unhide does not list it', async () => {
    const { book, service } = await sample();
    book.excel.getWorksheet(TAG_SHEET)!.state = 'veryHidden';
    const message = await goTo(service, { sheet: TAG_SHEET, row: 2, col: 1, address: 'A2' });
    expect(message).toMatch(/The sheet is very hidden, so Excel’s Unhide does not list it\.$/);
  });

  test('a visible sheet: the cell is selected, in one sync', async () => {
    const { book, service } = await sample();
    const row = Object.values(QUARTERLY.rows)[0];
    book.resetStats();
    expect(
      await goTo(service, { sheet: QUARTERLY.sheet, row: row.row, col: 3, address: `C${row.row}` }),
    ).toBeNull();
    expect(book.getSelection()).toEqual({ sheet: QUARTERLY.sheet, address: `C${row.row}` });
    expect(book.stats.syncs).toBe(1);
  });
});
