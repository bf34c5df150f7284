/**
 * `pmf tag` for benchmarks as officers download them (a LAIT area table, an officer's neighbour table, a
 * tidy Explore Education Statistics file), `pmf summary --json` with each comparator's period, the named
 * comparators and the rank, and the refusals: exit 2, one line, the workbook unchanged.
 */
import { readFileSync } from 'fs';
import type { SummaryJson } from '../../src/domain/summary/json';
import { LAIT, SDQ_TABLE, SN_TABLE, TIDY, benchmarkWorkbook, tidyWorkbook } from '../fixtures/benchmarks';
import { excelJsBytes, expectOneLine, pmf, pmfJson, put, tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let areas: Uint8Array;
let tidy: Uint8Array;

beforeAll(async () => {
  tmp = tempDir();
  areas = await excelJsBytes(benchmarkWorkbook());
  tidy = await excelJsBytes(tidyWorkbook());
});
afterAll(() => tmp.cleanup());

async function ok(argv: readonly string[]): Promise<string> {
  const r = await pmf(argv);
  if (r.code !== 0) throw new Error(`pmf ${argv.join(' ')} exited ${r.code}: ${r.err}`);
  return r.out;
}

describe('pmf tag with benchmark roles on area tables', () => {
  it('tags England, the region, a block of peers and a named comparator, and the summary sets them beside ours', async () => {
    const file = put(tmp.dir, 'areas.xlsx', areas);
    const tag = (sheet: string, measure: string, ...more: string[]) =>
      ok(['tag', file, '--sheet', sheet, '--measure', measure, ...more]);
    await tag(SN_TABLE.sheet, 'S05', '--row', String(SN_TABLE.ourRow));
    expect(
      await tag(SN_TABLE.sheet, 'S05', '--row', String(SN_TABLE.englandRow), '--role', 'england'),
    ).toMatch(/^tagged SN benchmarking row 17 'England' as S05 \(england\), id t-[0-9a-f]+$/);
    await tag(SN_TABLE.sheet, 'S05', '--row', String(SN_TABLE.regionRow), '--role', 'Region');
    expect(
      await tag(
        SN_TABLE.sheet,
        'S05',
        '--rows',
        `${SN_TABLE.ourRow}:${SN_TABLE.lastNeighbourRow}`,
        '--role',
        'peers',
      ),
    ).toMatch(/^tagged SN benchmarking rows 4-14 'Anyshire' as S05 \(peers\)/);
    expect(
      await tag(
        SDQ_TABLE.sheet,
        'H06',
        '--row',
        String(SDQ_TABLE.countyRow),
        '--role',
        'comparator',
        '--name',
        SDQ_TABLE.name,
      ),
    ).toMatch(/as H06 \(comparator 'All children in the county'\)/);
    await tag(SDQ_TABLE.sheet, 'H06', '--row', String(SDQ_TABLE.ourRow));

    const tags = await ok(['tags', file]);
    expect(tags).toMatch(/S05 +peers +'SN benchmarking' rows 4-14 +'Anyshire' +ok/);
    expect(tags).toMatch(/H06 +comparator +SDQ row 5 .*'All children in the county'/);

    const summary = await pmfJson<SummaryJson>(['summary', file, '--as-at', '2025-06-30']);
    const s05 = summary.measures.find((m) => m.measureId === 'S05')!;
    expect(s05.comparators).toEqual({
      england: 8.1,
      statNeighbours: 8.4,
      region: 8.9,
      englandPeriod: '2023/24',
      statNeighboursPeriod: '2024/25',
      regionPeriod: '2024/25',
      statNeighboursFrom: 8,
      named: [],
    });
    expect(s05.rank).toEqual({ position: 3, of: 9, quartile: 2 });
    const h06 = summary.measures.find((m) => m.measureId === 'H06')!;
    expect(h06.comparators.named).toEqual([{ name: SDQ_TABLE.name, value: 8.3, period: '2023/24' }]);
    expect(h06.rank).toBeNull();
  });

  it('proposes the England row of a LAIT sheet as England, with the measure from the title', async () => {
    const file = put(tmp.dir, 'suggest.xlsx', areas);
    const proposals = await pmfJson<{ row: number; role: string; suggestions: { measureId: string }[] }[]>([
      'suggest',
      file,
      '--sheet',
      LAIT.sheet,
    ]);
    expect(proposals.map((p) => [p.row, p.role, p.suggestions[0].measureId])).toEqual([
      [LAIT.englandRow, 'england', 'C02'],
    ]);
  });
});

describe('pmf tag on a long (tidy) table', () => {
  const eet = ['--where', `characteristic=${TIDY.eet}`];

  it('tags our area, England and the peers by la_name, and ranks us among them', async () => {
    const file = put(tmp.dir, 'tidy.xlsx', tidy);
    const tag = (...more: string[]) =>
      ok([
        'tag',
        file,
        '--sheet',
        TIDY.sheet,
        '--column',
        'N',
        '--period-column',
        'time_period',
        '--measure',
        'C02',
        ...more,
      ]);
    expect(await tag('--where', 'la_name=Anyshire', ...eet)).toMatch(
      /^tagged Care leavers \(EES\) column N rows 4-113 'percentage' as C02 \(value\)/,
    );
    await tag('--role', 'england', '--where', 'geographic_level=National', ...eet);
    // Two areas are not one neighbours' average: refused, naming the rows that give one period twice.
    const two = await pmf([
      'tag',
      file,
      '--sheet',
      TIDY.sheet,
      '--column',
      'N',
      '--period-column',
      'time_period',
      '--measure',
      'C02',
      '--role',
      'statneighbours',
      '--where',
      'la_name=Darlington|Gateshead',
      ...eet,
    ]);
    expect(two.code).toBe(2);
    expect(two.err).toMatch(/rows \d+ and \d+ both give 2019\/20 with la_name = Darlington or Gateshead/);
    await tag('--role', 'peers', '--where', 'geographic_level=Local authority', ...eet, '--by', 'la_name');
    const summary = await pmfJson<SummaryJson>(['summary', file, '--as-at', '2024-09-30']);
    const c02 = summary.measures.find((m) => m.measureId === 'C02')!;
    expect(c02.latest).toMatchObject({ period: '2023/24', value: 58 });
    expect(c02.comparators).toMatchObject({
      england: 56,
      englandPeriod: '2023/24',
      statNeighbours: 56.3,
      statNeighboursFrom: 6,
    });
    expect(c02.rank).toEqual({ position: 3, of: 7, quartile: 2 });
    expect(await ok(['tags', file])).toMatch(
      /C02 +peers .* periods in time_period geographic_level=Local authority characteristic=In education, employment or training by la_name/,
    );
  });
  it("names the value column by its header, as the file's own columns are named", async () => {
    const file = put(tmp.dir, 'tidy-header.xlsx', tidy);
    const out = await ok([
      'tag',
      file,
      '--sheet',
      TIDY.sheet,
      '--column',
      'percentage',
      '--period-column',
      'time_period',
      '--measure',
      'C03',
      '--where',
      'la_name=Anyshire',
      '--where',
      `characteristic=${TIDY.accommodation}`,
    ]);
    expect(out).toMatch(/^tagged Care leavers \(EES\) column N rows 4-113 'percentage' as C03 \(value\)/);
  });
});

describe('refusals: exit 2, one line, the workbook unchanged', () => {
  let file: string;
  let before: Buffer;
  beforeAll(() => {
    file = put(tmp.dir, 'refuse.xlsx', tidy);
    before = readFileSync(file);
  });

  async function refused(argv: readonly string[], message: RegExp): Promise<void> {
    const r = await pmf(['tag', file, '--measure', 'C02', ...argv]);
    expect({ code: r.code, out: r.out }).toEqual({ code: 2, out: '' });
    expectOneLine(r.err);
    expect(r.err).toMatch(message);
    expect(readFileSync(file).equals(before)).toBe(true);
  }
  const long = ['--sheet', TIDY.sheet, '--column', 'N'];

  it.each([
    [
      'a column with no periods',
      [
        ...long,
        '--period-column',
        'la_name',
        '--where',
        'la_name=Anyshire',
        '--where',
        `characteristic=${TIDY.eet}`,
      ],
      /column J \('la_name'\) holds no periods/,
    ],
    [
      'a filter that matches no row',
      [...long, '--period-column', 'time_period', '--where', 'la_name=Anyshre'],
      /no row of column J \('la_name'\) in rows 4-113 is 'Anyshre' \(it holds 'Anyshire'/,
    ],
    [
      '--by on a value role',
      [...long, '--period-column', 'A', '--by', 'la_name'],
      /--by makes each value of la_name one peer: it goes with --role peers, not value/,
    ],
    [
      'a filter without a column of periods',
      [...long, '--rows', '4:113', '--where', 'la_name=Anyshire'],
      /--where filters the rows of a long table: it goes with --column C --period-column P/,
    ],
    [
      'a filter that is not COL=VALUE',
      [...long, '--period-column', 'A', '--where', 'Anyshire'],
      /--where must be COLUMN=VALUE/,
    ],
    [
      'a named comparator with no name',
      ['--sheet', TIDY.sheet, '--row', '5', '--role', 'comparator'],
      /a named comparator needs a name/,
    ],
    [
      'a block of rows for England',
      ['--sheet', TIDY.sheet, '--rows', '4:9', '--role', 'england'],
      /--rows goes with --column \(a tagged column\), or with --role peers/,
    ],
  ])('%s', async (_what, argv, message) => {
    await refused(argv, message);
  });
});
