/**
 * Excel compares sheet names without regard to case: 'PMF Settings' and 'pmf settings' are one sheet, and
 * a tag made on 'Monthly PMF' is on the same sheet once it is renamed 'MONTHLY PMF'.
 */
import { addTags, loadState, saveFramework, refreshSummary } from '../../src/excel/operations';
import { SETTINGS_SHEET, TAG_SHEET } from '../../src/excel/workbook-names';
import { withSettings } from '../../src/domain/framework';
import { MONTHLY } from '../fixtures';
import {
  SAMPLE_AS_AT,
  SAMPLE_FILE_NAME,
  headlessTestHost,
  taggedSampleWorkbook,
} from '../fixtures/tagged-sample';
import { HeadlessWorkbook } from '../../src/headless';
import { SMALL_903_AS_AT, small903Workbook } from '../fixtures/ssda903-small';
import { open } from './helpers';

async function sampleWithRenamedSheets(renames: Record<string, string>) {
  const book = await taggedSampleWorkbook();
  await book.run(async (context) => {
    for (const [from, to] of Object.entries(renames)) context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
  // Saved and opened again, as a workbook renamed by a person (or an older tool) would be.
  const reopened = await HeadlessWorkbook.fromBuffer(await book.toBuffer(), { name: SAMPLE_FILE_NAME });
  return { book: reopened, host: headlessTestHost(reopened) };
}

describe('sheet names in another case', () => {
  test("the add-in's own sheets named in lower case are still its own: read, not listed, written in place", async () => {
    const { book, host } = await sampleWithRenamedSheets({
      [TAG_SHEET]: TAG_SHEET.toLowerCase(),
      [SETTINGS_SHEET]: SETTINGS_SHEET.toLowerCase(),
    });
    const state = await loadState(host, SAMPLE_AS_AT);
    expect(state.tags.length).toBeGreaterThan(10);
    expect(state.framework.population).toBeDefined();
    expect(state.sheetNames).not.toContain(TAG_SHEET.toLowerCase());
    expect(state.sheetNames).not.toContain(SETTINGS_SHEET.toLowerCase());

    // Saving settings and tagging write into those sheets; no second sheet of the same name is attempted.
    await saveFramework(host, withSettings(state.framework, 'S01', { target: 12 }));
    // A row the sample leaves untagged.
    const agency = MONTHLY.rows['Agency SW rate'];
    await addTags(host, [
      { kind: 'row', sheet: MONTHLY.sheet, row: agency.row, measureId: 'W03', role: 'value' },
    ]);
    expect(book.excel.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([TAG_SHEET.toLowerCase(), SETTINGS_SHEET.toLowerCase()]),
    );
    expect(book.excel.worksheets.filter((w) => /^pmf (tags|settings)$/i.test(w.name))).toHaveLength(2);
    const again = await loadState(host, SAMPLE_AS_AT);
    expect(again.tags).toHaveLength(state.tags.length + 1);
    expect(again.framework.settings.S01?.target).toBe(12);
  });

  test('tags on a sheet renamed in another case still find their rows', async () => {
    const { host } = await sampleWithRenamedSheets({ [MONTHLY.sheet]: MONTHLY.sheet.toUpperCase() });
    const state = await loadState(host, SAMPLE_AS_AT);
    const monthly = state.tags.filter((t) => t.tag.sheet.toLowerCase() === MONTHLY.sheet.toLowerCase());
    expect(monthly.length).toBeGreaterThan(3);
    expect(monthly.every((t) => t.state.status === 'ok')).toBe(true);
    expect(monthly.every((t) => t.tag.sheet === MONTHLY.sheet.toUpperCase())).toBe(true);
    // The same figures and findings as before the rename.
    const before = await refreshSummary((await sampleWithRenamedSheets({})).host, { asAt: SAMPLE_AS_AT });
    const after = await refreshSummary(host, { asAt: SAMPLE_AS_AT });
    expect([after.measures, after.findings, after.errors]).toEqual([
      before.measures,
      before.findings,
      before.errors,
    ]);
  });

  test('a sheet asked for in another case is tagged under its own name', async () => {
    const { host } = await sampleWithRenamedSheets({});
    const agency = MONTHLY.rows['Agency SW rate'];
    const [tag] = await addTags(host, [
      { kind: 'row', sheet: MONTHLY.sheet.toLowerCase(), row: agency.row, measureId: 'W03', role: 'value' },
    ]);
    expect(tag.sheet).toBe(MONTHLY.sheet);
    // The sheet in another case is the same sheet: its tagged rows are not tagged a second time.
    const cla = MONTHLY.rows['Number of CLA'];
    await expect(
      addTags(host, [
        { kind: 'row', sheet: MONTHLY.sheet.toLowerCase(), row: cla.row, measureId: 'D02', role: 'value' },
      ]),
    ).rejects.toThrow(/already tagged as D02/);
  });

  test('a table asked for on a sheet named in another case is tagged under its own name, and read', async () => {
    const b = open(small903Workbook(), 'Return 2024-25.xlsx');
    const [tag] = await addTags(b.host, [{ kind: 'table', sheet: 'episodes', source: 'episodes' }]);
    expect(tag).toMatchObject({ kind: 'table', sheet: 'Episodes' });
    const state = await loadState(b.host, SMALL_903_AS_AT);
    expect(state.tags.map((t) => t.state.status)).toEqual(['ok']);
  });
});
