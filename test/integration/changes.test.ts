// Watching the tagged sheets: the real src/excel/ code on the headless Excel's worksheet.onChanged.
import { watchSheets, type SheetChange } from '../../src/excel/changes';
import { addTags, loadState } from '../../src/excel/operations';
import { createExcelService } from '../../src/excel/service';
import { MONTHLY, monthlyWorkbook } from '../fixtures';
import { open } from './helpers';

const S01 = MONTHLY.rows['% with 3+ placements in last 12 months'];
const settle = () => new Promise((r) => setTimeout(r, 10));

/** A cell of the tagged row changed as Excel would change it when the officer types. */
async function typeInto(b: ReturnType<typeof open>, sheet: string, address: string, value: number) {
  await b.book.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

describe('watching the tagged sheets for changes', () => {
  test('reports a change to a tagged sheet with its cell, in 2 syncs to start, and stops', async () => {
    const b = open(monthlyWorkbook());
    const seen: SheetChange[] = [];
    b.book.resetStats();
    const stop = await watchSheets(b.host, [MONTHLY.sheet, 'No such sheet'], (c) => seen.push(c));
    expect(b.book.stats.syncs).toBe(2);
    await typeInto(b, MONTHLY.sheet, `H${S01.row}`, 0.2);
    await settle();
    expect(seen).toEqual([{ sheet: MONTHLY.sheet, address: `H${S01.row}`, source: 'Local' }]);
    await stop();
    await typeInto(b, MONTHLY.sheet, `H${S01.row}`, 0.3);
    await settle();
    expect(seen).toHaveLength(1);
    expect(b.book._events.count).toBe(0);
  });

  test("the pane's service: a changed tagged cell, read again, gives the new figure", async () => {
    const b = open(monthlyWorkbook());
    await addTags(b.host, [
      { kind: 'row', sheet: MONTHLY.sheet, row: S01.row, measureId: 'S01', role: 'value' },
    ]);
    const service = createExcelService(b.host, async () => () => undefined);
    const before = await service.load('2025-03-31');
    const latest = before.figures.find((f) => f.measureId === 'S01')!.latest!;
    const seen: SheetChange[] = [];
    const off = await service.onSheetsChanged([MONTHLY.sheet], (c) => seen.push(c));
    const cell = latest.cell!;
    await typeInto(b, cell.sheet, cell.address, 0.333);
    await settle();
    expect(seen.map((c) => c.address)).toEqual([cell.address]);
    const after = await loadState(b.host, '2025-03-31');
    expect(after.figures.find((f) => f.measureId === 'S01')!.latest!.value).toBeCloseTo(33.3, 5);
    off();
    await settle();
    expect(b.book._events.count).toBe(0);
  });
});
