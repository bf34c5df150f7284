// Child-level tables through the real src/excel/ code on the headless Excel: tagging, narrow reads in a fixed
// number of syncs, a table that moved, the preview, the selection, and the summary sheet.
import ExcelJS from 'exceljs';
import { columnNumber } from '../../src/domain/grid';
import type { TableTag } from '../../src/domain/tags/types';
import {
  addTags,
  describeSelection,
  loadState,
  loadWorkbook,
  previewTableTag,
  refreshSummary,
} from '../../src/excel/operations';
import type { TagRequest } from '../../src/excel/operations-types';
import { narrowReadBytes, tableReadPlan } from '../../src/excel/table-read';
import { MISSING_LOG_SHEET, missingLogWorkbook } from '../fixtures/missing-log';
import { LARGE_HEADERS, large903 } from '../fixtures/ssda903-large';
import { SMALL_903_AS_AT, SMALL_REVIEWS_RANGE, small903Workbook } from '../fixtures/ssda903-small';
import { open } from './helpers';

jest.setTimeout(120000);

const SMALL_REQUESTS: TagRequest[] = [
  { kind: 'table', sheet: 'Header', source: 'header' },
  { kind: 'table', sheet: 'Episodes', source: 'episodes' },
  { kind: 'table', sheet: 'Missing', source: 'missing' },
  { kind: 'table', sheet: 'OC2', source: 'oc2' },
  { kind: 'table', sheet: 'OC3', source: 'oc3' },
  { kind: 'table', sheet: 'Reviews', source: 'reviews', range: SMALL_REVIEWS_RANGE },
];

describe('tables on the headless Excel', () => {
  it('tags the six tables of a 903 extract in a fixed number of syncs, and refreshes in 4', async () => {
    const b = open(small903Workbook(), 'Return 2024-25.xlsx');
    b.book.resetStats();
    const made = await addTags(b.host, SMALL_REQUESTS, new Date('2025-04-02T09:00:00Z'));
    // Reading the tags (2: the sheet list, then the tag sheet once the list has it) + per table the sheet's
    // first rows (1) and its header and columns (3: see readSnapshot) + the write (1).
    expect(b.book.stats.syncs).toBe(2 + 6 * 4 + 1);
    expect(made.map((t) => t.kind)).toEqual(Array(6).fill('table'));

    b.book.resetStats();
    const state = await loadState(b.host, SMALL_903_AS_AT);
    expect(b.book.stats.syncs).toBe(3);
    expect(state.tags.map((t) => t.state.status)).toEqual(Array(6).fill('ok'));
    expect(state.figures.find((f) => f.measureId === 'D02')?.latest).toMatchObject({
      period: '2024/25',
      value: 7,
    });
    expect(state.figures.find((f) => f.measureId === 'V01')?.latest).toMatchObject({
      numerator: 6,
      denominator: 8,
    });

    b.book.resetStats();
    const result = await refreshSummary(b.host, {
      asAt: SMALL_903_AS_AT,
      producedAt: '2025-04-02T09:00:00Z',
    });
    expect(b.book.stats.syncs).toBe(4);
    const sheet = b.book.excel.getWorksheet(result.sheetName)!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    expect(texts.some((t) => t.includes('Derived from the 903 episodes table (Episodes!A1:M24).'))).toBe(
      true,
    );
    expect(
      texts.some((t) =>
        t.includes(
          '4 children went missing 11 times; 2 of them three or more times; the most frequently missing child accounts for 45% of incidents. 3 away incidents are not counted as missing.',
        ),
      ),
    ).toBe(true);
    // The source sheets are never changed.
    const episodes = b.book.excel.getWorksheet('Episodes')!;
    expect(episodes.getCell('B21').value).toBe('31/02/2024');
  });

  it('reads a 50,000-row table as its header and the columns used, under the 5 MB response limit', async () => {
    const data = large903({ children: 24000 });
    const rows = data.episodes.slice(0, 50000);
    while (rows.length < 50000) rows.push(...data.episodes.slice(0, 50000 - rows.length));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Episodes');
    const extra = Array.from({ length: 12 }, (_, i) => `Case note ${i + 1}`);
    ws.addRow([...LARGE_HEADERS.episodes, ...extra]);
    for (const r of rows)
      ws.addRow([
        ...r.map((v) => (v === '' ? null : v)),
        ...extra.map((_, i) => `note ${i} for ${String(r[0])}`),
      ]);
    const b = open(wb);
    const [tag] = (await addTags(b.host, [
      { kind: 'table', sheet: 'Episodes', source: 'episodes' },
    ])) as TableTag[];
    b.book.resetStats();
    const loaded = await loadWorkbook(b.host);
    expect(b.book.stats.syncs).toBe(3);
    expect(loaded.snapshot.narrowSheets).toEqual(['Episodes']);
    const grid = loaded.snapshot.grids.get('Episodes')!;
    // Below the header, only the 903 columns were read.
    const last = grid.values[50001 - grid.top];
    expect(last[columnNumber('N') - grid.left] ?? '').toBe('');
    expect(last[0]).toBe(rows[49999][0]);
    const bytes = narrowReadBytes(grid, tableReadPlan(tag));
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
    expect(b.book.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);

    b.book.resetStats();
    const state = await loadState(b.host, '2025-03-31');
    expect(b.book.stats.syncs).toBe(3);
    expect(b.book.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(state.figures.find((f) => f.measureId === 'D02')?.latest?.period).toBe('2024/25');
  });

  it('follows a table moved by rows and a column inserted above and before it', async () => {
    const b = open(small903Workbook());
    await addTags(b.host, SMALL_REQUESTS);
    const before = (await loadState(b.host, SMALL_903_AS_AT)).figures;
    const ws = b.book.excel.getWorksheet('Episodes')!;
    ws.spliceRows(1, 0, ['Episodes extract, 2 April 2025'], []);
    ws.spliceColumns(1, 0, []);
    b.book.resetStats();
    const state = await loadState(b.host, SMALL_903_AS_AT);
    const item = state.tags.find((t) => t.tag.sheet === 'Episodes')!;
    expect(item.state).toEqual({ status: 'moved', row: 3, from: 1, column: 2, fromColumn: 1 });
    // 3 syncs to read, 1 for the sheet's first rows (its header was not among what was read), 3 to read it again.
    expect(b.book.stats.syncs).toBe(7);
    for (const id of ['D02', 'D03', 'D04', 'P01', 'P03', 'S01']) {
      expect([id, state.figures.find((f) => f.measureId === id)?.latest]).toEqual([
        id,
        {
          ...before.find((f) => f.measureId === id)?.latest,
          cell: expect.objectContaining({ address: 'B3' }),
        },
      ]);
    }
    expect(state.findings.find((f) => f.ruleId === 'table-moved')?.message).toContain(
      'its header is now on row 3 (was row 1) and its CHILD column is now B (was A)',
    );
  });

  it('previews what a table gives without saving anything', async () => {
    const b = open(missingLogWorkbook());
    const preview = await previewTableTag(
      b.host,
      {
        kind: 'table',
        sheet: MISSING_LOG_SHEET,
        source: 'missing',
        range: 'A4:H78',
        map: { CHILD: 'Young person ID', MISSING: 'Type', MIS_START: 'Reported missing' },
      },
      '2025-03-31',
    );
    expect(preview.error).toBeNull();
    expect(preview.table).toBe("the missing table ('Missing log'!A4:H78)");
    expect([preview.rows, preview.leftOut]).toEqual([74, 1]);
    expect(preview.figures.map((f) => [f.measureId, f.latest?.value])).toEqual([
      ['M01', 30],
      ['M02', 65],
      ['M03', 65 / 30],
      ['M04', (4 / 30) * 100],
      ['M05', (30 / 65) * 100],
    ]);
    expect(preview.findings.map((f) => [f.ruleId, f.cell?.address])).toEqual([
      ['table-code-outside-list', 'F38'],
    ]);
    expect(b.book.excel.getWorksheet('PMF Tags')).toBeUndefined();

    const refused = await previewTableTag(b.host, {
      kind: 'table',
      sheet: MISSING_LOG_SHEET,
      source: 'missing',
      range: 'A4:H78',
    });
    expect(refused.error).toContain('has no column CHILD, which M01, M02, M03, M04, M05 need');
  });

  it('offers the table around the selection: a 903 table by its headers, or a log of its own to map', async () => {
    const wb = small903Workbook();
    missingLogWorkbook(wb);
    const b = open(wb);
    b.book.select('Episodes', 'C12');
    const inEpisodes = await describeSelection(b.host);
    expect(inEpisodes?.table).toMatchObject({ recognised: 'episodes', complete: true, headerRow: 1 });
    expect(inEpisodes?.table?.range).toBeUndefined();
    b.book.select(MISSING_LOG_SHEET, 'B20');
    const inLog = await describeSelection(b.host);
    expect(inLog?.table).toMatchObject({ recognised: null, headerRow: 4, range: 'A4:H78' });
    expect(inLog?.table?.headers.map((h) => h.text)).toEqual([
      'Ref',
      'Young person ID',
      'Date of birth',
      'Reported missing',
      'Returned',
      'Type',
      'Police ref',
      'Notes',
    ]);
  });
});
