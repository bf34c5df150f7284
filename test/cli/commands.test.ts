/** Each `pmf` command on the fixture workbooks, asserting what it did to the file and what it printed. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { addCustomMeasure, defaultFramework } from '../../src/domain/framework';
import { loadWorkbook, saveFramework } from '../../src/excel/operations';
import { HeadlessWorkbook } from '../../src/headless';
import { SAMPLE_AS_AT, headlessTestHost, sampleTagRequests } from '../fixtures/tagged-sample';
import { CASELOADS, MISSING_CHILDREN, MONTHLY, QUARTERLY } from '../fixtures/workbooks';
import { TRANSPOSED, transposedWorkbook } from '../fixtures/transposed';
import { TEAMS_SHEET, teamRow, teamsWorkbook } from '../fixtures/repeated-blocks';
import {
  excelJsBytes,
  pmf,
  pmfJson,
  plainMonthlyBytes,
  plainSampleBytes,
  put,
  readWithExcelJs,
  sheetRows,
  taggedSampleBytes,
  tempDir,
} from './helpers';

interface TagJson {
  id: string;
  kind: 'row' | 'column';
  measureId: string;
  role: string;
  sheet: string;
  row?: number;
  column?: number;
  firstRow?: number;
  lastRow?: number;
  label: string;
  state: { status: string } | null;
}

interface SummaryMeasure {
  measureId: string;
  name: string;
  kloes: string[];
  unit: string;
  polarity: string;
  tagIds: string[];
  latest: { period: string; label: string; value: number | null } | null;
  target: number | null;
  rag: string | null;
  sentence: string | null;
  comparators: { england: number | null; statNeighbours: number | null; region: number | null };
  rank: { position: number; of: number; quartile: number } | null;
  records: unknown;
  spc: {
    points: number;
    mean: number;
    lowerLimit: number;
    upperLimit: number;
    variation: string;
    assurance: string | null;
    provisional: boolean;
  } | null;
}

interface SummaryJson {
  asAt: string;
  measures: SummaryMeasure[];
  kloes: { id: string; measureIds: string[]; evidence: { text: string; date?: string }[] }[];
  issues: {
    ruleId: string;
    severity: string;
    measureId: string | null;
    sheet: string | null;
    cell: string | null;
  }[];
  frontPage: {
    attention: { measureId: string; reasons: string[]; action: string | null }[];
    openErrors: number;
  };
}

interface FindingJson {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  measureId?: string;
  message: string;
  cell: { sheet: string; address: string } | null;
}

let tmp: ReturnType<typeof tempDir>;
let n = 0;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

/** A fresh copy of a fixture workbook in the temp folder. */
async function copyOf(bytes: Promise<Uint8Array>, name = 'book'): Promise<string> {
  return put(tmp.dir, `${name}-${++n}.xlsx`, await bytes);
}

const row = (label: string) => {
  const r = MONTHLY.rows[label];
  if (!r) throw new Error(`no fixture row '${label}'`);
  return r;
};

describe('pmf help and measures', () => {
  it('prints the usage with exit 0', async () => {
    const r = await pmf(['help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('pmf tag FILE --sheet NAME --row N --measure ID');
  });

  it('lists the framework by line of enquiry, and as JSON', async () => {
    const text = await pmf(['measures']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^K\d+ /m);
    expect(text.out).toMatch(/^ {2}S01 /m);
    const measures = await pmfJson<{ id: string; unit: string; custom: boolean }[]>(['measures']);
    expect(measures.length).toBe(defaultFramework().measures.length);
    expect(measures.find((m) => m.id === 'S01')).toMatchObject({ unit: 'percent', custom: false });
  });

  it("adds a workbook's custom measures with --book", async () => {
    const book = await HeadlessWorkbook.fromBuffer(await plainMonthlyBytes());
    const host = headlessTestHost(book);
    const fw = (await loadWorkbook(host, { grids: 'none' })).framework;
    const added = addCustomMeasure(fw, {
      id: 'LOCAL1',
      name: 'Children with a life story book',
      kloes: [fw.kloes[1].id],
      unit: 'percent',
      polarity: 'higher',
      frequency: 'quarterly',
    });
    if (!('framework' in added)) throw new Error(added.errors.join('; '));
    await saveFramework(host, added.framework);
    const file = put(tmp.dir, 'custom.xlsx', await book.toBuffer());

    const plain = await pmfJson<{ id: string }[]>(['measures']);
    expect(plain.some((m) => m.id === 'LOCAL1')).toBe(false);
    const withBook = await pmfJson<{ id: string; custom: boolean }[]>(['measures', '--book', file]);
    expect(withBook.find((m) => m.id === 'LOCAL1')).toMatchObject({ custom: true });
    const text = await pmf(['measures', '--book', file]);
    expect(text.out).toMatch(
      /LOCAL1 +Children with a life story book \[percent, higher, quarterly, custom\]/,
    );
  });
});

describe('pmf tag, tags, untag', () => {
  it('tags a row: tags --json lists it and the hidden PMF Tags sheet holds it', async () => {
    const file = await copyOf(plainMonthlyBytes());
    const r0 = row('Number of CLA');
    const r = await pmf(['tag', file, '--sheet', MONTHLY.sheet, '--row', String(r0.row), '--measure', 'd02']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(
      new RegExp(`tagged Monthly PMF row ${r0.row} 'Number of CLA' as D02 \\(value\\), id t-`),
    );

    const listed = await pmfJson<{ tags: TagJson[]; broken: unknown[] }>(['tags', file]);
    expect(listed.broken).toEqual([]);
    expect(listed.tags).toHaveLength(1);
    expect(listed.tags[0]).toMatchObject({
      kind: 'row',
      measureId: 'D02',
      role: 'value',
      sheet: MONTHLY.sheet,
      row: r0.row,
      label: 'Number of CLA',
      state: { status: 'ok' },
    });

    const wb = await readWithExcelJs(file);
    const tagSheet = wb.getWorksheet('PMF Tags');
    expect(tagSheet).toBeDefined();
    expect(tagSheet!.state).not.toBe('visible');
    const rows = sheetRows(tagSheet!);
    expect(rows[0].slice(0, 3)).toEqual(['id', 'kind', 'measure']);
    expect(rows[1].slice(0, 6)).toEqual([listed.tags[0].id, 'row', 'D02', 'value', MONTHLY.sheet, r0.row]);

    const text = await pmf(['tags', file]);
    expect(text.out).toContain(`${listed.tags[0].id}  D02`);
    expect(text.out).toContain(`'Monthly PMF' row ${r0.row}  'Number of CLA'  ok`);
  });

  it('tags a numerator row with --role', async () => {
    const file = await copyOf(plainMonthlyBytes());
    const num = row('CLA with 3+ placements');
    const r = await pmf([
      'tag',
      file,
      '--sheet',
      MONTHLY.sheet,
      '--row',
      String(num.row),
      '--measure',
      'S01',
      '--role',
      'numerator',
    ]);
    expect(r.code).toBe(0);
    const { tags } = await pmfJson<{ tags: TagJson[] }>(['tags', file]);
    expect(tags[0]).toMatchObject({ measureId: 'S01', role: 'numerator', row: num.row });
  });

  it('tags a column of child-level records', async () => {
    const file = await copyOf(plainSampleBytes());
    const mc = MISSING_CHILDREN;
    const r = await pmf([
      'tag',
      file,
      '--sheet',
      mc.sheet,
      '--column',
      'D',
      '--rows',
      `${mc.firstRow}:${mc.lastRow}`,
      '--measure',
      'M04',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`tagged ${mc.sheet} column D rows ${mc.firstRow}-${mc.lastRow}`);
    const { tags } = await pmfJson<{ tags: TagJson[] }>(['tags', file]);
    expect(tags).toEqual([
      expect.objectContaining({
        kind: 'column',
        measureId: 'M04',
        sheet: mc.sheet,
        column: mc.column,
        firstRow: mc.firstRow,
        lastRow: mc.lastRow,
      }),
    ]);
    expect((await pmf(['tags', file])).out).toContain(`'${mc.sheet}' D${mc.firstRow}:D${mc.lastRow}`);
  });

  it('tags a column of a sheet with periods down the rows with --role value, and reads it as a series', async () => {
    const T = TRANSPOSED;
    const file = await copyOf(excelJsBytes(transposedWorkbook()));
    const r = await pmf([
      'tag',
      file,
      '--sheet',
      T.sheet,
      '--column',
      T.s01.column,
      '--rows',
      `${T.firstRow}:${T.lastRow}`,
      '--measure',
      'S01',
      '--role',
      'value',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `tagged ${T.sheet} column C rows ${T.firstRow}-${T.lastRow} '${T.s01.label}' as S01 (value)`,
    );
    const { tags } = await pmfJson<{ tags: TagJson[] }>(['tags', file]);
    expect(tags).toEqual([
      expect.objectContaining({ kind: 'column', role: 'value', measureId: 'S01', column: 3 }),
    ]);

    const csv = put(
      tmp.dir,
      `cols-${++n}.csv`,
      `sheet,column,rows,measure,role\n${T.sheet},B,${T.firstRow}:${T.lastRow},D02,value\n`,
    );
    expect((await pmf(['tag', file, '--from', csv])).code).toBe(0);

    const summary = await pmfJson<SummaryJson>(['summary', file, '--as-at', '2025-03-31', '--json']);
    const s01 = summary.measures.find((m) => m.measureId === 'S01');
    expect(s01?.latest).toMatchObject({ period: '2025-03', value: 10.5 });
    expect(s01?.target).toBe(9);
    expect(s01?.rag).toBe('red');
    expect(summary.measures.find((m) => m.measureId === 'D02')?.latest?.value).toBe(431);
  });

  it('tags in bulk from a CSV (rows and columns), quoted sheet names included', async () => {
    const file = await copyOf(plainSampleBytes());
    const cla = row('Number of CLA');
    const agency = row('Agency SW rate');
    const q = Object.values(QUARTERLY.rows)[0];
    const csv = put(
      tmp.dir,
      `tags-${++n}.csv`,
      [
        'Sheet,Row,Measure,Role',
        `"${MONTHLY.sheet}",${cla.row},D02,value`,
        `${MONTHLY.sheet},${agency.row},w03,`,
        `${QUARTERLY.sheet},${q.row},${q.measureId},${q.role}`,
        '',
      ].join('\r\n'),
    );
    const r = await pmf(['tag', file, '--from', csv]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toHaveLength(3);

    const colCsv = put(
      tmp.dir,
      `cols-${++n}.csv`,
      `sheet,column,rows,measure\n${CASELOADS.sheet},${CASELOADS.column},${CASELOADS.firstRow}:${CASELOADS.lastRow},W02\n`,
    );
    expect((await pmf(['tag', file, '--from', colCsv])).code).toBe(0);

    const { tags } = await pmfJson<{ tags: TagJson[] }>(['tags', file]);
    expect(tags.map((t) => [t.sheet, t.row ?? t.firstRow, t.measureId, t.role])).toEqual([
      [MONTHLY.sheet, cla.row, 'D02', 'value'],
      [MONTHLY.sheet, agency.row, 'W03', 'value'],
      [QUARTERLY.sheet, q.row, q.measureId, q.role],
      [CASELOADS.sheet, CASELOADS.firstRow, 'W02', 'records'],
    ]);
    expect(new Set(tags.map((t) => t.id)).size).toBe(4);
  });

  it('refuses to tag a row a second time to the same measure and role, leaving the file as it was', async () => {
    const file = await copyOf(plainMonthlyBytes());
    const r0 = row('Number of CLA');
    const args = ['tag', file, '--sheet', MONTHLY.sheet, '--row', String(r0.row), '--measure', 'D02'];
    expect((await pmf(args)).code).toBe(0);
    const bytes = readFileSync(file);
    const again = await pmf(args);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(
      new RegExp(
        `'${MONTHLY.sheet}' row ${r0.row} is already tagged as D02 \\(its value, tag t-[0-9a-f]+\\)`,
      ),
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
    // A CSV listing the same row twice names its second line.
    const csv = put(
      tmp.dir,
      `dup-${++n}.csv`,
      `sheet,row,measure\n${MONTHLY.sheet},${r0.row + 1},D03\n${MONTHLY.sheet},${r0.row + 1},D03\n`,
    );
    const fromCsv = await pmf(['tag', file, '--from', csv]);
    expect(fromCsv.code).toBe(2);
    expect(fromCsv.err).toMatch(/row 3: .*already tagged as D03/);
  });

  it('untags by id, and refuses an id that is not there', async () => {
    const file = await copyOf(taggedSampleBytes());
    const before = await pmfJson<{ tags: TagJson[] }>(['tags', file]);
    const victim = before.tags.find((t) => t.measureId === 'D02')!;
    const r = await pmf(['untag', file, '--id', victim.id]);
    expect(r).toMatchObject({ code: 0, out: `removed tag ${victim.id}` });
    const after = await pmfJson<{ tags: TagJson[] }>(['tags', file]);
    expect(after.tags).toHaveLength(before.tags.length - 1);
    expect(after.tags.some((t) => t.id === victim.id)).toBe(false);

    const bytes = readFileSync(file);
    const again = await pmf(['untag', file, '--id', victim.id]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(victim.id);
    expect(readFileSync(file).equals(bytes)).toBe(true);

    // Several --id: removed in one write, all or none.
    const [a, b] = after.tags.filter((t) => t.measureId.startsWith('H'));
    const partly = await pmf(['untag', file, '--id', a.id, '--id', 't-nothere']);
    expect(partly.code).toBe(2);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const both = await pmf(['untag', file, '--id', a.id, '--id', b.id]);
    expect(both.code).toBe(0);
    expect(both.out.split('\n').sort()).toEqual([`removed tag ${a.id}`, `removed tag ${b.id}`].sort());
    const left = await pmfJson<{ tags: TagJson[] }>(['tags', file]);
    expect(left.tags).toHaveLength(after.tags.length - 2);
  });

  it('writes to --out and leaves the original as it was', async () => {
    const file = await copyOf(plainMonthlyBytes());
    const bytes = readFileSync(file);
    const out = join(tmp.dir, `out-${++n}.xlsx`);
    const r = await pmf([
      'tag',
      file,
      '--sheet',
      MONTHLY.sheet,
      '--row',
      String(row('Number of CLA').row),
      '--measure',
      'D02',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect((await pmfJson<{ tags: TagJson[] }>(['tags', file])).tags).toHaveLength(0);
    expect((await pmfJson<{ tags: TagJson[] }>(['tags', out])).tags).toHaveLength(1);
  });
});

describe('pmf suggest', () => {
  interface SuggestionJson {
    sheet: string;
    row: number;
    label: string;
    suggestions: { measureId: string; score: number }[];
    repeatOf?: number;
  }

  it('prints [{sheet,row,label,suggestions:[{measureId,score}]}], best first, data rows only', async () => {
    const file = await copyOf(plainMonthlyBytes());
    const items = await pmfJson<SuggestionJson[]>(['suggest', file, '--sheet', MONTHLY.sheet]);
    expect(items.length).toBeGreaterThan(10);
    const dataRows = new Set(Object.values(MONTHLY.rows).map((r) => r.row));
    for (const item of items) {
      const keys = Object.keys(item).filter((k) => k !== 'repeatOf');
      expect(keys.sort()).toEqual(['label', 'role', 'row', 'sheet', 'suggestions']);
      if (item.repeatOf !== undefined) {
        // A repeat names an earlier row proposed for the same measure.
        const first = items.find((i) => i.row === item.repeatOf);
        expect(first?.suggestions[0].measureId).toBe(item.suggestions[0].measureId);
        expect(item.repeatOf).toBeLessThan(item.row);
      }
      expect(item.sheet).toBe(MONTHLY.sheet);
      expect(dataRows.has(item.row)).toBe(true);
      expect(item.row).not.toBe(MONTHLY.headerRow);
      expect(Object.values(MONTHLY.sections)).not.toContain(item.row);
      expect(item.suggestions.length).toBeGreaterThan(0);
      for (const s of item.suggestions) {
        expect(Object.keys(s).sort()).toEqual(['measureId', 'score']);
        expect(typeof s.measureId).toBe('string');
        expect(s.score).toBeGreaterThan(0);
        expect(s.score).toBeLessThanOrEqual(1);
      }
      const scores = item.suggestions.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const agency = items.find((i) => i.label === 'Agency SW rate');
    expect(agency?.suggestions[0].measureId).toBe('W03');
  });

  it('skips rows already tagged, and prints text without --json', async () => {
    const file = await copyOf(taggedSampleBytes());
    const items = await pmfJson<SuggestionJson[]>(['suggest', file]);
    const tableRows = items.filter((i) => i.sheet !== CASELOADS.sheet && i.sheet !== MISSING_CHILDREN.sheet);
    expect(tableRows.map((i) => i.label).sort()).toEqual(['Agency SW rate', 'SW vacancy rate']);
    const text = await pmf(['suggest', file, '--sheet', MONTHLY.sheet]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^'Monthly PMF' row \d+ {2}'Agency SW rate' {2}W03 1\.00/m);
  });

  it("proposes nothing from the add-in's own summary and front page", async () => {
    const file = await copyOf(taggedSampleBytes());
    expect((await pmf(['refresh', file])).code).toBe(0);
    const items = await pmfJson<SuggestionJson[]>(['suggest', file]);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => /^PMF (Summary|Front page)/.test(i.sheet))).toEqual([]);
  });
});

describe('pmf suggest on a sheet of repeated blocks', () => {
  it('proposes each measure once, on the block nearest the top, and marks the other blocks repeats of it', async () => {
    const file = await copyOf(excelJsBytes(teamsWorkbook(4)));
    const items = await pmfJson<{ row: number; suggestions: { measureId: string }[]; repeatOf?: number }[]>([
      'suggest',
      file,
      '--sheet',
      TEAMS_SHEET,
    ]);
    const s01 = items.filter((i) => i.suggestions[0]?.measureId === 'S01');
    expect(s01.map((i) => i.row)).toEqual([0, 1, 2, 3].map((t) => teamRow(t, 3)));
    expect(s01.map((i) => i.repeatOf)).toEqual([undefined, ...[1, 2, 3].map(() => teamRow(0, 3))]);
    const firsts = items.filter((i) => i.repeatOf === undefined).map((i) => i.suggestions[0].measureId);
    expect(new Set(firsts).size).toBe(firsts.length);
    const text = await pmf(['suggest', file, '--sheet', TEAMS_SHEET]);
    expect(text.out).toContain(`(repeats row ${teamRow(0, 3)})`);
  });
});

describe('pmf set and evidence', () => {
  it('set --target: summary --json shows the target and a RAG rating', async () => {
    const file = await copyOf(taggedSampleBytes());
    const before = await pmfJson<SummaryJson>(['summary', file]);
    const p05 = before.measures.find((m) => m.measureId === 'P05')!;
    expect(p05.target).toBeNull();
    expect(p05.rag).toBeNull();
    expect(p05.latest?.value).toEqual(expect.any(Number));

    const r = await pmf([
      'set',
      file,
      '--measure',
      'p05',
      '--target',
      '10',
      '--tolerance',
      '5',
      '--comment',
      'Sufficiency strategy agreed',
    ]);
    expect(r).toMatchObject({ code: 0, out: 'saved settings for P05' });
    const after = await pmfJson<SummaryJson>(['summary', file]);
    const m = after.measures.find((x) => x.measureId === 'P05')!;
    expect(m.target).toBe(10);
    expect(['red', 'amber', 'green']).toContain(m.rag);

    const settings = await readWithExcelJs(file);
    const sheet = settings.getWorksheet('PMF Settings');
    expect(sheet?.state).not.toBe('visible');
    expect(JSON.stringify(sheetRows(sheet!))).toContain('Sufficiency strategy agreed');
  });

  it('summary --json gives spc per measure: the seven keys with 12 or more points, null with fewer', async () => {
    const file = await copyOf(taggedSampleBytes());
    const s = await pmfJson<SummaryJson>(['summary', file]);
    const s01 = s.measures.find((m) => m.measureId === 'S01')!;
    expect(Object.keys(s01.spc ?? {})).toEqual([
      'points',
      'mean',
      'lowerLimit',
      'upperLimit',
      'variation',
      'assurance',
      'provisional',
    ]);
    expect(s01.spc).toMatchObject({ points: 15, provisional: true });
    expect(s01.spc!.lowerLimit).toBeLessThan(s01.spc!.mean);
    expect(s01.spc!.upperLimit).toBeGreaterThan(s01.spc!.mean);
    // Quarterly and annual measures of the sample have under 12 points.
    expect(s.measures.find((m) => m.measureId === 'P05')!.spc).toBeNull();
    expect(s.measures.every((m) => 'spc' in m)).toBe(true);
  });

  it('set --spc-baseline starts SPC from a period, and none clears it', async () => {
    const file = await copyOf(taggedSampleBytes());
    const spcOf = async () =>
      (await pmfJson<SummaryJson>(['summary', file])).measures.find((m) => m.measureId === 'S01')!.spc;
    expect((await spcOf())?.points).toBe(15);
    expect(await pmf(['set', file, '--measure', 'S01', '--spc-baseline', 'Apr-24'])).toMatchObject({
      code: 0,
      out: 'saved settings for S01',
    });
    expect((await spcOf())?.points).toBe(12);
    const settings = sheetRows((await readWithExcelJs(file)).getWorksheet('PMF Settings')!);
    expect(settings).toContainEqual(['measure', 'S01', 'spcBaseline', '2024-04']);
    expect((await pmf(['set', file, '--measure', 'S01', '--spc-baseline', '2024/25 Q2'])).code).toBe(0);
    expect(await spcOf()).toBeNull();
    expect((await pmf(['set', file, '--measure', 'S01', '--spc-baseline', 'none'])).code).toBe(0);
    expect((await spcOf())?.points).toBe(15);

    const bytes = readFileSync(file);
    const bad = await pmf(['set', file, '--measure', 'S01', '--spc-baseline', 'last spring']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--spc-baseline must be a period such as Apr-23');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('set --population and --as-at change the framework settings', async () => {
    const file = await copyOf(taggedSampleBytes());
    expect((await pmf(['set', file, '--as-at', '2024-12-31'])).code).toBe(0);
    expect((await pmfJson<SummaryJson>(['summary', file])).asAt).toBe('2024-12-31');
  });

  it('set refuses an unknown measure and an empty request, leaving the file unchanged', async () => {
    const file = await copyOf(taggedSampleBytes());
    const bytes = readFileSync(file);
    const unknown = await pmf(['set', file, '--measure', 'ZZ99', '--target', '5']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("'ZZ99' is not a measure");
    const nothing = await pmf(['set', file, '--measure', 'S01']);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toContain('nothing to set');
    const notNumber = await pmf(['set', file, '--measure', 'S01', '--target', 'ten']);
    expect(notNumber.code).toBe(2);
    expect(notNumber.err).toContain("--target must be a number, not 'ten'");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('evidence appears under its line of enquiry in summary --json', async () => {
    const file = await copyOf(taggedSampleBytes());
    const text = 'Care leavers told the Panel about the local offer in January';
    const r = await pmf(['evidence', file, '--kloe', 'k09', '--text', text]);
    expect(r).toMatchObject({ code: 0, out: 'recorded evidence for K09' });
    const summary = await pmfJson<SummaryJson>(['summary', file]);
    const k09 = summary.kloes.find((k) => k.id === 'K09')!;
    expect(k09.evidence.map((e) => e.text)).toContain(text);
    // The other lines of enquiry keep the sample's own notes, no more.
    const k10 = summary.kloes.find((k) => k.id === 'K10')!;
    expect(k10.evidence.map((e) => e.text)).not.toContain(text);
    expect(k10.evidence).toHaveLength(3);
  });

  it('evidence refuses a line of enquiry that is not in the framework', async () => {
    const file = await copyOf(taggedSampleBytes());
    const bytes = readFileSync(file);
    const r = await pmf(['evidence', file, '--kloe', 'K99', '--text', 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pmf: 'K99' is not a line of enquiry \(KLOEs: K\d+/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('pmf check', () => {
  it("exits 1 with the sample's error findings, each with its cell", async () => {
    const file = await copyOf(taggedSampleBytes());
    const r = await pmf(['check', file, '--as-at', SAMPLE_AS_AT, '--json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as FindingJson[];
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.ruleId, f.measureId, f.cell?.sheet, f.cell?.address]).sort()).toEqual([
      ['error-cell', 'E01', MONTHLY.sheet, `I${row('PEPs up to date').row}`],
      ['text-not-number', 'M04', MISSING_CHILDREN.sheet, `D${MISSING_CHILDREN.unreadableRows[0]}`],
    ]);
    const text = await pmf(['check', file, '--as-at', SAMPLE_AS_AT]);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/^error +M04 +'Missing children'!D\d+ /m);
    expect(text.out.split('\n').pop()).toMatch(/^2 errors, \d+ warnings, \d+ notes$/);
  });

  it('exits 0 on a workbook with no error findings', async () => {
    const file = await copyOf(plainMonthlyBytes());
    const cla = row('Number of CLA');
    expect(
      (await pmf(['tag', file, '--sheet', MONTHLY.sheet, '--row', String(cla.row), '--measure', 'D02'])).code,
    ).toBe(0);
    const r = await pmf(['check', file, '--as-at', '2025-03-31', '--json']);
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.out) as FindingJson[];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const text = await pmf(['check', file, '--as-at', '2025-03-31']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/(^no findings$|^0 errors, )/m);
  });
});

describe('pmf summary', () => {
  it('prints the contract object', async () => {
    const file = await copyOf(taggedSampleBytes());
    const s = await pmfJson<SummaryJson>(['summary', file, '--as-at', SAMPLE_AS_AT]);
    expect(Object.keys(s).sort()).toEqual(['asAt', 'frontPage', 'issues', 'kloes', 'measures']);
    expect(s.asAt).toBe(SAMPLE_AS_AT);
    const s01 = s.measures.find((m) => m.measureId === 'S01')!;
    for (const key of [
      'measureId',
      'name',
      'kloes',
      'unit',
      'polarity',
      'tagIds',
      'latest',
      'previous',
      'change',
      'direction',
      'target',
      'rag',
      'sentence',
      'comparators',
      'rank',
      'records',
    ]) {
      expect(s01).toHaveProperty(key);
    }
    expect(s01.sentence).toMatch(
      /^45 of 456 children \(9\.9%\) in March 2025, little changed from 10\.0% in February/,
    );
    for (const m of s.measures) expect(m.sentence === null || typeof m.sentence === 'string').toBe(true);
    expect(s.frontPage.attention[0]).toMatchObject({ measureId: 'P02', reasons: ['red'] });
    expect(s.frontPage.attention[0].action).toMatch(/^Step-down panel reviews/);
    expect(s.frontPage.attention[1]).toMatchObject({ measureId: 'P04', action: null });
    expect(s.frontPage.openErrors).toBe(2);
    expect(s01.target).toBe(10);
    expect(s01.tagIds.length).toBe(3);
    expect(Object.keys(s01.latest!).sort()).toEqual(['denominator', 'label', 'numerator', 'period', 'value']);
    expect(Object.keys(s01.comparators).sort()).toEqual([
      'england',
      'englandPeriod',
      'named',
      'region',
      'regionPeriod',
      'statNeighbours',
      'statNeighboursFrom',
      'statNeighboursPeriod',
    ]);
    // A typed or column comparator has no period; no peers, no rank.
    expect(s01.comparators).toMatchObject({ englandPeriod: null, statNeighboursFrom: null, named: [] });
    expect(s01.rank).toBeNull();
    const m04 = s.measures.find((m) => m.measureId === 'M04')!;
    expect(m04.records).not.toBeNull();
    expect(s.kloes.find((k) => k.id === 'K10')?.evidence[0].text).toMatch(/corporate parenting training/);
    expect(
      s.issues
        .filter((i) => i.severity === 'error')
        .map((i) => i.sheet)
        .sort(),
    ).toEqual([MISSING_CHILDREN.sheet, MONTHLY.sheet]);
    for (const i of s.issues)
      expect(Object.keys(i)).toEqual(
        expect.arrayContaining(['ruleId', 'severity', 'measureId', 'sheet', 'cell', 'message']),
      );
  });

  it('uses the workbook as-at date when none is given, and needs --json', async () => {
    const file = await copyOf(taggedSampleBytes());
    expect((await pmfJson<SummaryJson>(['summary', file])).asAt).toBe(SAMPLE_AS_AT);
    const r = await pmf(['summary', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--json');
  });
});

describe('pmf refresh', () => {
  it("writes a 'PMF Summary' sheet readable with ExcelJS; the source sheets' values are unchanged", async () => {
    const file = await copyOf(taggedSampleBytes());
    const before = await readWithExcelJs(file);
    const sources = before.worksheets.filter((w) => !w.name.startsWith('PMF '));
    const r = await pmf(['refresh', file, '--as-at', SAMPLE_AS_AT]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(
      /^wrote 'PMF Summary' and 'PMF Front page' in .*: \d+ measures, \d+ findings \(2 errors\)$/,
    );

    const after = await readWithExcelJs(file);
    const summary = after.getWorksheet('PMF Summary');
    expect(summary).toBeDefined();
    expect(summary!.state ?? 'visible').toBe('visible');
    const text = JSON.stringify(sheetRows(summary!));
    expect(text).toContain('Placement stability');
    expect(text).toContain('Made by the Corporate Parenting PMF add-in');
    for (const ws of sources) {
      expect(sheetRows(after.getWorksheet(ws.name)!)).toEqual(sheetRows(ws));
    }

    // A second refresh replaces its own sheet rather than adding another.
    expect((await pmf(['refresh', file, '--as-at', SAMPLE_AS_AT])).code).toBe(0);
    const again = await readWithExcelJs(file);
    expect(again.worksheets.filter((w) => w.name.startsWith('PMF Summary')).map((w) => w.name)).toEqual([
      'PMF Summary',
    ]);
    expect(again.worksheets.filter((w) => w.name.startsWith('PMF Front page')).map((w) => w.name)).toEqual([
      'PMF Front page',
    ]);
  });

  it('--stats prints one JSON line, and a refresh takes as many syncs for 1 tag as for many', async () => {
    const one = await copyOf(plainSampleBytes());
    const cla = row('Number of CLA');
    expect(
      (await pmf(['tag', one, '--sheet', MONTHLY.sheet, '--row', String(cla.row), '--measure', 'D02'])).code,
    ).toBe(0);
    const many = await copyOf(taggedSampleBytes());
    expect(sampleTagRequests().length).toBeGreaterThan(40);

    const stats = async (file: string) => {
      const r = await pmf(['refresh', file, '--stats', '--out', join(tmp.dir, `stats-${++n}.xlsx`)]);
      expect(r.code).toBe(0);
      expect(r.errLines).toHaveLength(1);
      const line = r.errLines[0];
      expect(line).not.toContain('\n');
      const s = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(s).sort()).toEqual(['maxRequestBytes', 'maxResponseBytes', 'ms', 'syncs']);
      for (const v of Object.values(s)) expect(Number.isInteger(v) && (v as number) >= 0).toBe(true);
      return s as { syncs: number; maxRequestBytes: number; maxResponseBytes: number; ms: number };
    };
    const a = await stats(one);
    const b = await stats(many);
    expect(a.syncs).toBeGreaterThan(0);
    expect(b.syncs).toBe(a.syncs);
    expect(b.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(b.maxResponseBytes).toBeGreaterThan(0);
    expect(b.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  // Four refreshes of the sample: allow for a loaded machine.
  it('shows progress on a terminal only', async () => {
    const file = await copyOf(taggedSampleBytes());
    const quiet = await pmf(['refresh', file]);
    expect(quiet.err).toBe('');
    const tty = await pmf(['refresh', file], { isTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/100%/);
    const line = await pmf(['refresh', file], { isTTY: true, progressLine: true });
    expect(line.err).toBe('');
    expect(line.progress.length).toBeGreaterThan(2);
    expect(line.progress.slice(0, -1).every((t) => /^ *\d+% \S/.test(t))).toBe(true);
    expect(line.progress[line.progress.length - 1]).toBe(''); // cleared before the result is printed
    const notTty = await pmf(['refresh', file], { isTTY: false, progressLine: true });
    expect(notTty.progress).toEqual([]);
  }, 30000);

  it('refuses a summary sheet name taken by a sheet of the user, writing beside it', async () => {
    const base = await HeadlessWorkbook.fromBuffer(await taggedSampleBytes());
    base.excel.addWorksheet('PMF Summary').getCell('A1').value = 'my own notes';
    const file = put(tmp.dir, `taken-${++n}.xlsx`, await base.toBuffer());
    const r = await pmf(['refresh', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("a sheet of yours is already called 'PMF Summary'");
    const wb = await readWithExcelJs(file);
    expect(wb.getWorksheet('PMF Summary')!.getCell('A1').value).toBe('my own notes');
  });
});

describe('files written by pmf', () => {
  it('reopen in the CLI after every kind of change (tag, set, evidence, refresh)', async () => {
    const file = await copyOf(plainSampleBytes());
    const cla = row('Number of CLA');
    const steps = [
      ['tag', file, '--sheet', MONTHLY.sheet, '--row', String(cla.row), '--measure', 'D02'],
      ['set', file, '--measure', 'D02', '--comment', 'Rising since autumn'],
      ['evidence', file, '--kloe', 'K10', '--text', 'Training done'],
      ['refresh', file],
    ];
    for (const argv of steps) expect((await pmf(argv)).code).toBe(0);
    const summary = await pmfJson<SummaryJson>(['summary', file]);
    expect(summary.measures.find((m) => m.measureId === 'D02')?.tagIds).toHaveLength(1);
  });
});

describe('pmf tag --header-row', () => {
  it('reads the row against the header the officer names, and refuses a row that is no header', async () => {
    const file = await copyOf(plainMonthlyBytes());
    const agency = row('Agency SW rate');
    const bad = await pmf([
      'tag',
      file,
      '--sheet',
      MONTHLY.sheet,
      '--row',
      String(agency.row),
      '--measure',
      'W03',
      '--header-row',
      '2',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/row 2: that is not a row of period headers/);
    const ok = await pmf([
      'tag',
      file,
      '--sheet',
      MONTHLY.sheet,
      '--row',
      String(agency.row),
      '--measure',
      'W03',
      '--header-row',
      String(MONTHLY.headerRow),
    ]);
    expect(ok.code).toBe(0);
    const tags = await pmfJson<{ tags: (TagJson & { headerRow?: number })[] }>(['tags', file]);
    expect(tags.tags.map((t) => [t.measureId, t.headerRow])).toEqual([['W03', MONTHLY.headerRow]]);
  });
});
