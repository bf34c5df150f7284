// Tagging end to end: the real src/excel/ code on the headless Excel, saved and reopened as .xlsx.
import { addTags, loadState, removeTag, refreshSummary } from '../../src/excel/operations';
import type { TagRequest } from '../../src/excel/operations-types';
import { TAG_SHEET } from '../../src/excel/workbook-names';
import { MONTHLY, monthlyWorkbook } from '../fixtures';
import { open, readBack, reopen, wideMonthlyWorkbook } from './helpers';

const S01 = MONTHLY.rows['% with 3+ placements in last 12 months'];
const CLA = MONTHLY.rows['Number of CLA'];

function rowRequest(row: {
  row: number;
  measureId: string;
  role: 'value' | 'numerator' | 'denominator';
}): Extract<TagRequest, { kind: 'row' }> {
  return { kind: 'row', sheet: MONTHLY.sheet, row: row.row, measureId: row.measureId, role: row.role };
}

describe('tagging a row', () => {
  test('survives save, close and reopen, in a hidden tag sheet', async () => {
    const b = open(monthlyWorkbook());
    const [tag] = await addTags(b.host, [rowRequest(S01)]);
    expect(tag).toMatchObject({
      kind: 'row',
      measureId: 'S01',
      row: S01.row,
      label: S01.label,
      sheet: MONTHLY.sheet,
    });

    const again = await reopen(b);
    const state = await loadState(again.host, '2025-03-31');
    expect(state.tags.map((t) => [t.tag.id, t.tag.measureId, t.state.status])).toEqual([
      [tag.id, 'S01', 'ok'],
    ]);
    const s01 = state.figures.find((f) => f.measureId === 'S01');
    expect(s01?.latest?.value).toBeCloseTo(S01.values[S01.values.length - 1] as number, 5);

    const wb = await readBack(again);
    const tagSheet = wb.getWorksheet(TAG_SHEET)!;
    expect(tagSheet.state).toBe('hidden');
    expect(tagSheet.getRow(2).getCell(3).value).toBe('S01');
  });

  test('finds its row again when rows are inserted above, and says it moved', async () => {
    const b = open(monthlyWorkbook());
    await addTags(b.host, [rowRequest(S01), rowRequest(CLA)]);
    const saved = await reopen(b);
    saved.book.excel.getWorksheet(MONTHLY.sheet)!.spliceRows(4, 0, [], [], []);
    const state = await loadState(saved.host, '2025-03-31');
    const s01 = state.tags.find((t) => t.tag.measureId === 'S01')!;
    expect(s01.state).toEqual({ status: 'moved', from: S01.row, row: S01.row + 3 });
    expect(state.figures.find((f) => f.measureId === 'S01')?.latest?.value).toBeCloseTo(
      S01.values[S01.values.length - 1] as number,
      5,
    );
    expect(state.findings.some((f) => f.ruleId === 'tag-row-moved' && f.measureId === 'S01')).toBe(true);
  });

  test('follows rows of a sorted block by their labels', async () => {
    const b = open(monthlyWorkbook());
    await addTags(b.host, [rowRequest(S01), rowRequest(CLA)]);
    const ws = b.book.excel.getWorksheet(MONTHLY.sheet)!;
    // Swap the two rows' contents, as sorting a block would.
    const a = ws.getRow(S01.row).values;
    const c = ws.getRow(CLA.row).values;
    ws.getRow(S01.row).values = c as ExcelJSRowValues;
    ws.getRow(CLA.row).values = a as ExcelJSRowValues;
    const state = await loadState(b.host, '2025-03-31');
    expect(state.tags.find((t) => t.tag.measureId === 'S01')!.state).toEqual({
      status: 'moved',
      from: S01.row,
      row: CLA.row,
    });
    expect(state.tags.find((t) => t.tag.measureId === 'D02')!.state).toEqual({
      status: 'moved',
      from: CLA.row,
      row: S01.row,
    });
  });

  test('reports a renamed sheet rather than guessing', async () => {
    const b = open(monthlyWorkbook());
    await addTags(b.host, [rowRequest(S01)]);
    b.book.excel.getWorksheet(MONTHLY.sheet)!.name = 'Monthly 2024-25';
    const state = await loadState(b.host, '2025-03-31');
    expect(state.tags[0].state).toEqual({ status: 'sheetGone' });
    const finding = state.findings.find((f) => f.ruleId === 'tag-sheet-missing');
    expect(finding?.message).toContain(MONTHLY.sheet);
    expect(state.figures.find((f) => f.measureId === 'S01')).toBeUndefined();
  });

  test('keeps a corrupted tag row exactly as it is, names it, and the other tags still work', async () => {
    const b = open(monthlyWorkbook());
    await addTags(b.host, [rowRequest(S01), rowRequest(CLA)]);
    const tagSheet = b.book.excel.getWorksheet(TAG_SHEET)!;
    const garbage = ['t-zzzzzz', 'row', 'S01', 'value', MONTHLY.sheet, 'twelve', '', '', '', '', 'junk'];
    garbage.forEach((v, i) => (tagSheet.getRow(2).getCell(i + 1).value = v));

    const state = await loadState(b.host, '2025-03-31');
    expect(state.brokenTagRows).toHaveLength(1);
    expect(state.brokenTagRows[0].sheetRow).toBe(2);
    expect(state.brokenTagRows[0].message).toMatch(/PMF Tags row 2/);
    expect(state.tags.map((t) => t.tag.measureId)).toEqual(['D02']);
    expect(state.findings.some((f) => f.ruleId === 'tag-row-broken')).toBe(true);

    // Tagging again rewrites the table but leaves the broken row as it was.
    await addTags(b.host, [rowRequest(MONTHLY.rows['Missing episodes'])]);
    const wb = await readBack(b);
    const row2 = wb.getWorksheet(TAG_SHEET)!.getRow(2);
    expect(garbage.map((_, i) => row2.getCell(i + 1).value ?? '')).toEqual(garbage);
    const after = await loadState((await reopen(b)).host, '2025-03-31');
    expect(after.tags.map((t) => t.tag.measureId).sort()).toEqual(['D02', 'M02']);
  });

  test('refuses blank, header and out-of-range rows with a message naming sheet and row', async () => {
    const b = open(monthlyWorkbook());
    const refuse = (row: number) =>
      addTags(b.host, [{ kind: 'row', sheet: MONTHLY.sheet, row, measureId: 'S01', role: 'value' }]);
    await expect(refuse(MONTHLY.headerRow)).rejects.toThrow(
      new RegExp(`Monthly PMF.*row ${MONTHLY.headerRow}|row ${MONTHLY.headerRow}.*Monthly PMF`),
    );
    await expect(refuse(5000)).rejects.toThrow(/5000/);
    const ws = b.book.excel.getWorksheet(MONTHLY.sheet)!;
    let blank = MONTHLY.headerRow + 1;
    while (ws.getRow(blank).actualCellCount > 0) blank++;
    await expect(refuse(blank)).rejects.toThrow(new RegExp(`row ${blank}`));
    await expect(
      addTags(b.host, [{ kind: 'row', sheet: 'Nope', row: 3, measureId: 'S01', role: 'value' }]),
    ).rejects.toThrow(/Nope/);
    await expect(
      addTags(b.host, [{ kind: 'row', sheet: MONTHLY.sheet, row: S01.row, measureId: 'ZZ9', role: 'value' }]),
    ).rejects.toThrow(/ZZ9/);
    expect(b.book.excel.getWorksheet(TAG_SHEET)).toBeUndefined();
  });

  test('records the header row it read the row against, or the one the officer chose', async () => {
    const b = open(monthlyWorkbook());
    const [detected] = await addTags(b.host, [rowRequest(S01)]);
    expect(detected).toMatchObject({ kind: 'row', headerRow: MONTHLY.headerRow });
    const [chosen] = await addTags(b.host, [{ ...rowRequest(CLA), headerRow: MONTHLY.headerRow }]);
    expect(chosen).toMatchObject({ headerRow: MONTHLY.headerRow });
    await expect(addTags(b.host, [{ ...rowRequest(CLA), headerRow: 2 }])).rejects.toThrow(
      /row 2: that is not a row of period headers/,
    );
  });

  test('allows two value tags for one measure and reports them', async () => {
    const b = open(monthlyWorkbook());
    await addTags(b.host, [rowRequest(S01), { ...rowRequest(CLA), measureId: 'S01' }]);
    const state = await loadState(b.host, '2025-03-31');
    expect(state.tags).toHaveLength(2);
    expect(state.findings.some((f) => f.ruleId === 'tag-duplicate-value' && f.measureId === 'S01')).toBe(
      true,
    );
  });

  test('untag removes the row from the tag sheet', async () => {
    const b = open(monthlyWorkbook());
    const [t1, t2] = await addTags(b.host, [rowRequest(S01), rowRequest(CLA)]);
    await removeTag(b.host, t1.id);
    const state = await loadState((await reopen(b)).host, '2025-03-31');
    expect(state.tags.map((t) => t.tag.id)).toEqual([t2.id]);
    await expect(removeTag(b.host, 't-nothere')).rejects.toThrow(/t-nothere/);
  });
});

describe('round trips do not grow with the number of tags', () => {
  async function syncsFor(tagCount: number) {
    const b = open(wideMonthlyWorkbook(500));
    const requests: TagRequest[] = Array.from({ length: tagCount }, (_, i) => ({
      kind: 'row',
      sheet: 'Big monthly',
      row: 4 + i,
      measureId: 'D02',
      role: 'value',
    }));
    b.book.resetStats();
    await addTags(b.host, requests);
    const tagging = b.book.stats.syncs;
    b.book.resetStats();
    await loadState(b.host, '2025-03-31');
    const reading = b.book.stats.syncs;
    b.book.resetStats();
    await refreshSummary(b.host, { asAt: '2025-03-31', producedAt: '2025-04-01T09:00:00Z' });
    return { tagging, reading, refresh: b.book.stats.syncs, maxRequestBytes: b.book.stats.maxRequestBytes };
  }

  test('1 tag and 500 tags take the same syncs to tag, read and refresh', async () => {
    const one = await syncsFor(1);
    const many = await syncsFor(500);
    expect(many.tagging).toBe(one.tagging);
    expect(many.reading).toBe(one.reading);
    expect(many.refresh).toBe(one.refresh);
    expect(one.reading).toBe(3);
    expect(one.tagging).toBe(4);
    expect(many.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  }, 60000);
});

type ExcelJSRowValues = import('exceljs').CellValue[];
