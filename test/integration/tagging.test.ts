// Tagging end to end: the real src/excel/ code on the headless Excel, saved and reopened as .xlsx.
import {
  addTags,
  loadState,
  removeTag,
  removeTags,
  restoreTags,
  refreshSummary,
} from '../../src/excel/operations';
import { createExcelService } from '../../src/excel/service';
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

  test('refuses a second tag of the same row, measure and role, and writes nothing', async () => {
    const b = open(monthlyWorkbook());
    const [first] = await addTags(b.host, [rowRequest(S01)]);
    const before = await readBack(b);
    const rowsBefore = before.getWorksheet(TAG_SHEET)!.actualRowCount;
    await expect(addTags(b.host, [rowRequest(S01)])).rejects.toThrow(
      `'${MONTHLY.sheet}' row ${S01.row} is already tagged as S01 (its value, tag ${first.id})`,
    );
    // In one batch (two proposals for the same row), nothing of the batch is written.
    await expect(addTags(b.host, [rowRequest(CLA), rowRequest(CLA)])).rejects.toThrow(
      /already tagged as D02/,
    );
    const state = await loadState(b.host, '2025-03-31');
    expect(state.tags.map((t) => t.tag.id)).toEqual([first.id]);
    expect((await readBack(b)).getWorksheet(TAG_SHEET)!.actualRowCount).toBe(rowsBefore);
    // The same row in another role is a different tag.
    await addTags(b.host, [{ ...rowRequest(S01), role: 'numerator' }]);
  });

  test('a tag whose row moved is still found: tagging its new row again is refused', async () => {
    const b = open(monthlyWorkbook());
    await addTags(b.host, [rowRequest(S01)]);
    b.book.excel.getWorksheet(MONTHLY.sheet)!.spliceRows(4, 0, [], []);
    await expect(addTags(b.host, [{ ...rowRequest(S01), row: S01.row + 2 }])).rejects.toThrow(
      /already tagged as S01/,
    );
  });

  test("two presses of Tag at once (the pane's service) make one tag and refuse the other", async () => {
    const b = open(monthlyWorkbook());
    const service = createExcelService(b.host, async () => () => undefined);
    const results = await Promise.allSettled([service.tag(rowRequest(S01)), service.tag(rowRequest(S01))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/already tagged as S01/);
    expect((await loadState(b.host, '2025-03-31')).tags).toHaveLength(1);
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

describe('untagging several tags at once, and undoing it', () => {
  const EET = MONTHLY.rows['Missing episodes'];

  test('removes them in one write and puts back exactly what was removed, where it was', async () => {
    const b = open(monthlyWorkbook());
    const made = await addTags(b.host, [rowRequest(S01), rowRequest(CLA), rowRequest(EET)]);
    const rows = async () => {
      const ws = (await readBack(b)).getWorksheet(TAG_SHEET)!;
      return JSON.stringify(ws.getSheetValues());
    };
    const before = await rows();
    b.book.resetStats();
    const removed = await removeTags(b.host, [made[2].id, made[0].id]);
    expect(b.book.stats.syncs).toBe(3); // the read (2: the sheet list, then the tag sheet), one write, however many tags
    expect(removed.map((r) => [r.tag.id, r.index])).toEqual([
      [made[0].id, 0],
      [made[2].id, 2],
    ]);
    expect((await loadState(b.host, '2025-03-31')).tags.map((t) => t.tag.id)).toEqual([made[1].id]);

    await restoreTags(b.host, removed);
    expect(await rows()).toBe(before);
    // Undo pressed twice puts nothing back twice.
    expect(await restoreTags(b.host, removed)).toEqual([]);
    expect((await loadState(b.host, '2025-03-31')).tags.map((t) => t.tag.id)).toEqual(made.map((t) => t.id));
  });

  test('removes nothing when one id is unknown, and will not restore a tag that a new one now repeats', async () => {
    const b = open(monthlyWorkbook());
    const [s01] = await addTags(b.host, [rowRequest(S01)]);
    await expect(removeTags(b.host, [s01.id, 't-gone'])).rejects.toThrow("No tag has the id 't-gone'.");
    expect((await loadState(b.host, '2025-03-31')).tags).toHaveLength(1);
    const removed = await removeTags(b.host, [s01.id]);
    await addTags(b.host, [rowRequest(S01)]);
    await expect(restoreTags(b.host, removed)).rejects.toThrow(/already tagged as S01/);
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
