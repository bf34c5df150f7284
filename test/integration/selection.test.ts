// What the Tag view is told about the selected cells, read through the real service on the headless Excel.
import { createExcelService } from '../../src/excel/service';
import { MONTHLY, MISSING_CHILDREN } from '../fixtures';
import { headlessTestHost, taggedSampleWorkbook } from '../fixtures/tagged-sample';

async function serviceOnSample() {
  const book = await taggedSampleWorkbook();
  const service = createExcelService(headlessTestHost(book), async () => () => undefined);
  return { book, service };
}

describe('describeSelection', () => {
  test('an untagged row: its address without the sheet, label, periods, latest value as shown and suggestions', async () => {
    const { book, service } = await serviceOnSample();
    const agency = MONTHLY.rows['Agency SW rate'];
    book.select(MONTHLY.sheet, `B${agency.row}`);
    const info = (await service.describeSelection())!;
    expect(info).toMatchObject({
      sheet: MONTHLY.sheet,
      row: agency.row,
      address: `B${agency.row}`,
      rowCount: 1,
    });
    expect(info.label).toBe('Agency SW rate');
    expect(info.headerRow).toBe(MONTHLY.headerRow);
    expect(info.periods[info.periods.length - 1]).toBe('Mar-25');
    expect(info.latest?.label).toBe('Mar-25');
    expect(info.latest?.text).toMatch(/^\d+(\.\d)?%$/);
    expect(info.suggestions[0].measureId).toBe('W03');
    expect(info.tagIds).toEqual([]);
    expect(info.refusal).toBeNull();
  });

  test('a tagged row lists its tag; the header row is refused with a reason', async () => {
    const { book, service } = await serviceOnSample();
    const s01 = MONTHLY.rows['% with 3+ placements in last 12 months'];
    book.select(MONTHLY.sheet, `C${s01.row}`);
    expect((await service.describeSelection())!.tagIds).toHaveLength(1);
    book.select(MONTHLY.sheet, `B${MONTHLY.headerRow}`);
    expect((await service.describeSelection())!.refusal).toMatch(/header row/);
  });

  test('the title row the pane opens on is refused and gets no suggestions', async () => {
    const { book, service } = await serviceOnSample();
    book.select(MONTHLY.sheet, 'A1');
    const info = (await service.describeSelection())!;
    expect(info.label).toMatch(/Children in Care Performance Management Framework/);
    expect(info.refusal).toMatch(/title or section heading/);
    expect(info.suggestions).toEqual([]);
  });

  test('a selected range of records carries its extent', async () => {
    const { book, service } = await serviceOnSample();
    const col = 'D';
    book.select(
      MISSING_CHILDREN.sheet,
      `${col}${MISSING_CHILDREN.firstRow}:${col}${MISSING_CHILDREN.lastRow}`,
    );
    const info = (await service.describeSelection())!;
    expect(info.row).toBe(MISSING_CHILDREN.firstRow);
    expect(info.rowCount).toBe(MISSING_CHILDREN.lastRow - MISSING_CHILDREN.firstRow + 1);
    expect(info.tagIds).toHaveLength(1);
  });
});

describe('whole-sheet proposals through the service', () => {
  test('proposes only the untagged rows, and tags the accepted ones in one write', async () => {
    const { book, service } = await serviceOnSample();
    const proposals = await service.suggestSheet(MONTHLY.sheet);
    expect(proposals.map((p) => [p.label, p.measureId])).toEqual([
      ['Agency SW rate', 'W03'],
      ['SW vacancy rate', 'W04'],
    ]);
    book.resetStats();
    const made = await service.tagMany(
      proposals.map((p) => ({
        kind: 'row',
        sheet: p.sheet,
        row: p.row,
        measureId: p.measureId,
        role: p.role,
      })),
    );
    expect(made.map((t) => t.measureId)).toEqual(['W03', 'W04']);
    expect(book.stats.syncs).toBe(4);
    expect(await service.suggestSheet(MONTHLY.sheet)).toEqual([]);
    await expect(service.suggestSheet('Nope')).rejects.toThrow(/Nope/);
  });
});

describe('describeSelection on a long sheet', () => {
  test('reads only the rows around the selection, in 2 syncs, and still finds header and label', async () => {
    const { HeadlessWorkbook } = await import('../../src/headless');
    const { wideMonthlyWorkbook } = await import('./helpers');
    const book = HeadlessWorkbook.fromExcelJS(wideMonthlyWorkbook(3000));
    const service = createExcelService(headlessTestHost(book), async () => () => undefined);
    book.select('Big monthly', 'A350');
    book.resetStats();
    const near = (await service.describeSelection())!;
    expect(book.stats.syncs).toBe(2);
    expect(near).toMatchObject({ row: 350, label: 'Local indicator 347', headerRow: 3 });
    expect(near.periods).toHaveLength(12);
    // Far below the header: the window misses it, so the whole sheet is read as well (3 more syncs).
    book.select('Big monthly', 'A2900');
    book.resetStats();
    const far = (await service.describeSelection())!;
    expect(far).toMatchObject({ row: 2900, label: 'Local indicator 2897', headerRow: 3 });
    expect(book.stats.syncs).toBe(5);
  });
});
