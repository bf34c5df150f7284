/**
 * The add-in's reads (src/excel/ on the headless Excel, as in the pane and the CLI) on sheets whose used range
 * is far larger than their cells: one value at XFD1048576, formatting and a stray value a million rows
 * down, notes far to the right of every row. The figures are those of the clean workbook, each response is
 * under Excel on the web's 5 MB and no range read is over five million cells (the headless Excel refuses
 * both, as Excel does); cells fuller than the estimate are read again in smaller syncs; values spread too
 * thinly to find are refused in plain words.
 */
import { RESPONSE_PAYLOAD_LIMIT, REQUEST_PAYLOAD_LIMIT, HeadlessWorkbook } from '../../src/headless';
import { loadState, loadWorkbook } from '../../src/excel/operations';
import { createExcelService } from '../../src/excel/service';
import { cellAt, gridBottom } from '../../src/domain/grid';
import { HOSTILE_CASES, sampleBytes } from '../fixtures/hostile/cases';
import { SAMPLE_AS_AT, headlessTestHost } from '../fixtures/tagged-sample';
import { MONTHLY } from '../fixtures/workbooks';
import { open } from './helpers';
import ExcelJS from 'exceljs';

jest.setTimeout(120_000);

const caseBytes = (file: string) => HOSTILE_CASES.find((c) => c.file === file)!.bytes();

async function stateOf(bytes: Uint8Array) {
  const book = await HeadlessWorkbook.fromBuffer(bytes);
  book.resetStats();
  const state = await loadState(headlessTestHost(book), SAMPLE_AS_AT);
  return { book, state };
}

/** The figures as the Panel sees them (the source cells are the same workbook's). */
const figures = (state: Awaited<ReturnType<typeof stateOf>>['state']) =>
  state.figures.map((f) => ({
    id: f.measureId,
    latest: f.latest?.value ?? null,
    previous: f.previous?.value ?? null,
  }));

describe('a used range far larger than its cells', () => {
  let clean: Awaited<ReturnType<typeof stateOf>>;
  beforeAll(async () => {
    clean = await stateOf(await sampleBytes());
  });

  it.each(['far-corner.xlsx', 'bloated-below.xlsx'])(
    '%s: the same figures and checks as the clean workbook, in one probing sync more, every response under 5 MB',
    async (file) => {
      const { book, state } = await stateOf(await caseBytes(file));
      expect(figures(state)).toEqual(figures(clean.state));
      expect(state.findings.map((f) => f.ruleId).sort()).toEqual(
        clean.state.findings.map((f) => f.ruleId).sort(),
      );
      expect(state.tags.every((t) => t.state.status === 'ok')).toBe(true);
      expect(book.stats.syncs).toBe(clean.book.stats.syncs + 1);
      expect(book.stats.maxResponseBytes).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);
      expect(book.stats.maxRequestBytes).toBeLessThan(REQUEST_PAYLOAD_LIMIT);
    },
  );

  it('the far cell is in the grid, and the grid holds only the cells read', async () => {
    const book = await HeadlessWorkbook.fromBuffer(await caseBytes('far-corner.xlsx'));
    const loaded = await loadWorkbook(headlessTestHost(book));
    const grid = loaded.snapshot.grids.get(MONTHLY.sheet)!;
    expect(gridBottom(grid)).toBe(1048576);
    expect(cellAt(grid, 1048576, 16384)).toBe(7);
    const held = [...new Set(grid.values)].reduce((n, line) => n + Object.keys(line).length, 0);
    expect(held).toBeLessThan(20_000);
  });

  it('notes at XFD on every row: the tags are found and read, and the Tag view describes a row', async () => {
    const bytes = await caseBytes('far-right-strays.xlsx');
    const { book, state } = await stateOf(bytes);
    expect(state.tags.every((t) => t.state.status === 'ok')).toBe(true);
    const cla = state.figures.find((f) => f.measureId === 'D02')!;
    expect(cla.latest?.value).toBe(clean.state.figures.find((f) => f.measureId === 'D02')!.latest?.value);
    expect(book.stats.maxResponseBytes).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);

    const row = MONTHLY.rows['Number of CLA'].row;
    book.select(MONTHLY.sheet, `B${row}`);
    book.resetStats();
    const service = createExcelService(headlessTestHost(book), async () => () => undefined);
    const info = (await service.describeSelection())!;
    expect(info).toMatchObject({ row, label: 'Number of CLA' });
    expect(info.periods.length).toBeGreaterThan(6);
    expect(book.stats.maxResponseBytes).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);
  });
});

describe('cells fuller than the read expects', () => {
  it('long text in every cell: refused as too large a response, then read in smaller syncs under 5 MB', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Case notes');
    for (let r = 1; r <= 12_000; r++) {
      ws.addRow(
        Array.from({ length: 10 }, (_, c) => `Visit note ${r}-${c}: ${'seen at placement; '.repeat(4)}`),
      );
    }
    const b = open(wb);
    b.book.resetStats();
    const loaded = await loadWorkbook(b.host, { grids: 'none', alsoSheets: ['Case notes'] });
    const grid = loaded.snapshot.grids.get('Case notes')!;
    expect(gridBottom(grid)).toBe(12_000);
    expect(cellAt(grid, 12_000, 10)).toMatch(/^Visit note 12000-9: /);
    // The first tries at the cells were refused as too large (as Excel on the web would); each refusal cut
    // the blocks smaller, and every sync after the last came back under the limit.
    const responses = b.book.stats.responses;
    const refusals = responses.filter((bytes) => bytes > RESPONSE_PAYLOAD_LIMIT).length;
    const last = responses.map((bytes) => bytes > RESPONSE_PAYLOAD_LIMIT).lastIndexOf(true);
    expect(refusals).toBeGreaterThanOrEqual(1);
    expect(refusals).toBeLessThanOrEqual(3);
    expect(responses.slice(last + 1).every((bytes) => bytes < RESPONSE_PAYLOAD_LIMIT)).toBe(true);
    expect(responses.length).toBeGreaterThan(4);
  });
});

describe('the Tag view beside a stuffed tag sheet', () => {
  it('the tag sheet and the rows around the selection, too much for one response, are read one after the other', async () => {
    const book = await HeadlessWorkbook.fromBuffer(await sampleBytes());
    const tags = book.excel.getWorksheet('PMF Tags')!;
    for (let r = 1; r <= 150; r++) tags.getCell(r, 25).value = 'x'.repeat(30_000);
    const monthly = book.excel.getWorksheet(MONTHLY.sheet)!;
    // Long notes on the rows the Tag view reads above the selection.
    for (let r = 1; r <= 8; r++) monthly.getCell(r, 80).value = `note ${r} `.repeat(14_000);
    const row = MONTHLY.rows['Number of CLA'].row;
    book.select(MONTHLY.sheet, `B${row}`);
    book.resetStats();
    const service = createExcelService(headlessTestHost(book), async () => () => undefined);
    const info = (await service.describeSelection())!;
    expect(info).toMatchObject({ row, label: 'Number of CLA' });
    expect(info.tagIds).toHaveLength(1);
    const responses = book.stats.responses;
    expect(responses.filter((bytes) => bytes > RESPONSE_PAYLOAD_LIMIT)).toHaveLength(1);
    expect(responses[responses.length - 1]).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);
  });
});

describe('values spread too thinly to find', () => {
  it('are refused with the sheet named, not read cell by empty cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scattered');
    for (let i = 0; i < 256; i++) ws.getCell(1 + i * 4096, 1 + i * 64).value = i;
    const b = open(wb);
    await expect(loadWorkbook(b.host, { grids: 'none', alsoSheets: ['Scattered'] })).rejects.toThrow(
      /^The sheet 'Scattered' is too large to read: .*If values far from its data are strays, clear them\.$/,
    );
  });
});
