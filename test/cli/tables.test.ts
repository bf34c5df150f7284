/** `pmf tag --table`: child-level tables tagged from the command line, and their figures in summary and check. */
import ExcelJS from 'exceljs';
import { small903Workbook, SMALL_903_AS_AT, SMALL_REVIEWS_RANGE } from '../fixtures/ssda903-small';
import {
  MISSING_LOG_EXPECTED,
  MISSING_LOG_SHEET,
  missingLogRange,
  missingLogWorkbook,
} from '../fixtures/missing-log';
import { excelJsBytes, expectOneLine, pmf, pmfJson, put, readWithExcelJs, tempDir } from './helpers';

jest.setTimeout(60000);

interface Measure {
  measureId: string;
  tagIds: string[];
  latest: {
    period: string;
    label: string;
    value: number;
    numerator: number | null;
    denominator: number | null;
  } | null;
  previous: { period: string; value: number } | null;
  derivedFrom: { source: string; sheet: string; range: string; text: string } | null;
  repeatMissing: { children: number; incidents: number; away: number; text: string } | null;
}
interface Summary {
  measures: Measure[];
  issues: { ruleId: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
}
interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  cell: { sheet: string; address: string } | null;
}

describe('pmf tag --table', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  async function small(): Promise<string> {
    return put(dir, 'return.xlsx', await excelJsBytes(small903Workbook()));
  }

  it('tags each 903 table by its headers; summary --json lists the derived measures year by year', async () => {
    const file = await small();
    for (const [sheet, source, range] of [
      ['Header', 'header'],
      ['Episodes', 'episodes'],
      ['Missing', 'missing'],
      ['OC2', 'oc2'],
      ['OC3', 'oc3'],
      ['Reviews', 'reviews', SMALL_REVIEWS_RANGE],
    ] as const) {
      const r = await pmf([
        'tag',
        file,
        '--sheet',
        sheet,
        '--table',
        ...(range ? [range] : []),
        '--source',
        source,
      ]);
      expect([r.code, r.err]).toEqual([0, '']);
      expect(r.out).toMatch(
        new RegExp(
          `^tagged ${sheet} .* as the 903 ${source === 'oc2' || source === 'oc3' ? source.toUpperCase() : source} table`,
        ),
      );
    }
    const episodesLine = (await pmf(['tags', file])).out.split('\n').find((l) => l.includes('episodes'));
    expect(episodesLine).toMatch(
      /table episodes +Episodes used range from row 1 {2}'903 episodes table' {2}ok$/,
    );

    const json = await pmfJson<Summary>(['summary', file, '--as-at', SMALL_903_AS_AT]);
    const m = (id: string) => json.measures.find((x) => x.measureId === id);
    expect(m('D02')?.latest).toEqual({
      period: '2024/25',
      label: '2024/25',
      value: 7,
      numerator: null,
      denominator: null,
    });
    expect(m('D02')?.previous).toEqual({ period: '2023/24', label: '2023/24', value: 5 });
    expect(m('S01')?.latest).toMatchObject({ period: '2024/25', numerator: 1, denominator: 7 });
    expect(m('S01')?.derivedFrom).toEqual({
      source: 'episodes',
      sheet: 'Episodes',
      range: 'A1:M24',
      text: 'the 903 episodes table (Episodes!A1:M24)',
    });
    expect(m('V01')?.latest).toMatchObject({ value: 75, numerator: 6, denominator: 8 });
    expect(m('M04')?.repeatMissing).toMatchObject({ children: 4, incidents: 11, away: 3 });
    expect(m('D02')?.repeatMissing).toBeNull();
    expect(json.issues.find((i) => i.ruleId === 'table-dec-before-decom')).toMatchObject({
      severity: 'error',
      sheet: 'Episodes',
      cell: 'H22',
    });
  });

  it('suggest names each sheet holding a 903 table with the command that tags it, and not its rows', async () => {
    const file = await small();
    const r = await pmf(['suggest', file]);
    expect([r.code, r.err]).toEqual([0, '']);
    const q = (s: string) => (/^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s}'`);
    expect(r.out.split('\n')).toEqual([
      `Header  the 903 header table (header on row 1): pmf tag ${q(file)} --sheet Header --table --source header`,
      `Episodes  the 903 episodes table (header on row 1): pmf tag ${q(file)} --sheet Episodes --table --source episodes`,
      `Missing  the 903 missing table (header on row 1): pmf tag ${q(file)} --sheet Missing --table --source missing`,
      `OC2  the 903 OC2 table (header on row 1): pmf tag ${q(file)} --sheet OC2 --table --source oc2`,
      `OC3  the 903 OC3 table (header on row 1): pmf tag ${q(file)} --sheet OC3 --table --source oc3`,
      `Reviews  the 903 reviews table (header on row 3): pmf tag ${q(file)} --sheet Reviews --table ${SMALL_REVIEWS_RANGE} --source reviews`,
    ]);
    // The JSON lists proposed row tags only, as before: a child's record is never one.
    expect(await pmfJson(['suggest', file])).toEqual([]);
    // A table tagged is not proposed again.
    expect((await pmf(['tag', file, '--sheet', 'Episodes', '--table', '--source', 'episodes'])).code).toBe(0);
    expect((await pmf(['suggest', file])).out).not.toContain('Episodes');
  });

  it("suggest does not take an authority's own log for a 903 table", async () => {
    const file = put(dir, 'log.xlsx', await excelJsBytes(missingLogWorkbook()));
    expect((await pmf(['suggest', file])).out).not.toContain('--table');
  });

  it('check --json reports the findings at source with their cells; exit 1 for the errors', async () => {
    const file = await small();
    expect((await pmf(['tag', file, '--sheet', 'Episodes', '--table', '--source', 'episodes'])).code).toBe(0);
    const r = await pmf(['check', file, '--as-at', SMALL_903_AS_AT, '--json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as Finding[];
    const table = findings.filter((f) => f.ruleId.startsWith('table-'));
    expect(table.map((f) => [f.ruleId, f.cell?.address])).toEqual([
      ['table-unreadable-date', 'B21'],
      ['table-dec-before-decom', 'H22'],
      ['table-code-outside-list', 'F23'],
      ['table-duplicate-row', 'A24'],
      ['table-overlapping-episodes', 'A17'],
    ]);
  });

  it("tags an authority's own log through --map, words as codes included, and says so", async () => {
    const file = put(dir, 'log.xlsx', await excelJsBytes(missingLogWorkbook()));
    const r = await pmf([
      'tag',
      file,
      '--sheet',
      MISSING_LOG_SHEET,
      '--table',
      missingLogRange(),
      '--source',
      'missing',
      '--map',
      'CHILD=Young person ID',
      '--map',
      'mis_start=Reported missing',
      '--map',
      'MISSING=Type',
      '--map',
      'MISSING:Absconded=M',
    ]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(
      /^tagged 'Missing log' A4:H78 as the 903 missing table \(gives M01, M02, M03, M04, M05; columns mapped: CHILD='Young person ID', MISSING='Type', MIS_START='Reported missing'\), id t-[0-9a-f]{6}$/,
    );
    const json = await pmfJson<Summary>(['summary', file, '--as-at', '2025-03-31']);
    const m04 = json.measures.find((x) => x.measureId === 'M04');
    expect(m04?.repeatMissing?.text).toBe(MISSING_LOG_EXPECTED.sentence);
    expect(json.issues.filter((i) => i.ruleId.startsWith('table-'))).toEqual([]);
  });

  it('exits 2 at tagging when a column a measure needs is missing, naming it and the measures it blocks', async () => {
    const file = put(dir, 'log.xlsx', await excelJsBytes(missingLogWorkbook()));
    const before = (await readWithExcelJs(file)).worksheets.length;
    const r = await pmf([
      'tag',
      file,
      '--sheet',
      MISSING_LOG_SHEET,
      '--table',
      missingLogRange(),
      '--source',
      'missing',
      '--map',
      'CHILD=Young person ID',
    ]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toBe(
      "pmf: Cannot tag 'Missing log' as the 903 missing table: the header row (row 4 of A4:H78) has no column MISSING, which M01, M02, M03, M04, M05 need; no column MIS_START, which M01, M02, M03, M04, M05 need. Map each to the table's own header with --map FIELD=Header",
    );
    // The file is untouched: no tag sheet was added.
    expect((await readWithExcelJs(file)).worksheets.length).toBe(before);
  });

  it('refuses bad usage in one line with exit 2', async () => {
    const file = await small();
    const cases: [string[], RegExp][] = [
      [
        ['--table', '--source', 'placements'],
        /--source must be one of episodes, header, missing, oc2, oc3, reviews, uasc, not 'placements'/,
      ],
      [['--table'], /--source is required/],
      [['--table', 'A1', '--source', 'episodes'], /'A1' is not a range such as A1:M4210/],
      [['--source', 'episodes', '--measure', 'D02', '--row', '3'], /--source goes with --table/],
      [['--table', '--source', 'episodes', '--measure', 'D02'], /--measure cannot be used with --table/],
      [
        ['--table', '--source', 'missing', '--map', 'CHILD'],
        /--map must be FIELD=Header or FIELD:Text=CODE, not 'CHILD'/,
      ],
      [
        ['--table', '--source', 'missing', '--map', 'PLACE=Where'],
        /PLACE is not a column of the 903 missing table/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await pmf(['tag', file, '--sheet', 'Episodes', ...args]);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expectOneLine(r.err);
      expect(r.err).toMatch(message);
    }
  });

  it('reads a table whose header is below a title when given its range, and refuses the used range then', async () => {
    const wb = new ExcelJS.Workbook();
    small903Workbook().getWorksheet('Reviews');
    const ws = wb.addWorksheet('Reviews');
    const src = small903Workbook().getWorksheet('Reviews')!;
    src.eachRow({ includeEmpty: false }, (row, n) =>
      row.eachCell((c, col) => (ws.getCell(n, col).value = c.value)),
    );
    const file = put(dir, 'reviews.xlsx', await excelJsBytes(wb));
    const bad = await pmf(['tag', file, '--sheet', 'Reviews', '--table', '--source', 'reviews']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('row 1, the header row has no column CHILD');
    const good = await pmf([
      'tag',
      file,
      '--sheet',
      'Reviews',
      '--table',
      SMALL_REVIEWS_RANGE,
      '--source',
      'reviews',
    ]);
    expect(good.code).toBe(0);
  });
});
