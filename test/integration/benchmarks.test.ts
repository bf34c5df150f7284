// Benchmarks end to end on the headless Excel: tagged through the add-in's own operations, worked out,
// checked and written on the summary sheet, read back from the saved file; and the syncs it costs.
import { addTags, describeSelection, loadState, refreshSummary } from '../../src/excel/operations';
import type { TagRequest } from '../../src/excel/operations-types';
import { SUMMARY_SHEET } from '../../src/excel/workbook-names';
import { monthlyWorkbook, MONTHLY } from '../fixtures/workbooks';
import {
  addBenchmarkSheets,
  benchmarkWorkbook,
  LAIT,
  SDQ_TABLE,
  SN_TABLE,
  TIDY,
  TIDY_LAST_ROW,
  tidyWorkbook,
} from '../fixtures/benchmarks';
import { cellText, open, readBack, summaryColumns, summaryRow } from './helpers';

const NOW = new Date('2025-06-01T09:00:00Z');
const AS_AT = '2025-06-30';

const AREA_TAGS: TagRequest[] = [
  { kind: 'row', sheet: LAIT.sheet, row: LAIT.ourRow, measureId: 'C02', role: 'value' },
  { kind: 'row', sheet: LAIT.sheet, row: LAIT.englandRow, measureId: 'C02', role: 'england' },
  { kind: 'row', sheet: LAIT.sheet, row: LAIT.regionRow, measureId: 'C02', role: 'region' },
  {
    kind: 'row',
    sheet: LAIT.sheet,
    row: LAIT.firstAuthorityRow,
    lastRow: LAIT.lastAuthorityRow,
    measureId: 'C02',
    role: 'peers',
  },
  { kind: 'row', sheet: SN_TABLE.sheet, row: SN_TABLE.ourRow, measureId: 'S05', role: 'value' },
  {
    kind: 'row',
    sheet: SN_TABLE.sheet,
    row: SN_TABLE.ourRow,
    lastRow: SN_TABLE.lastNeighbourRow,
    measureId: 'S05',
    role: 'peers',
  },
  { kind: 'row', sheet: SN_TABLE.sheet, row: SN_TABLE.englandRow, measureId: 'S05', role: 'england' },
  { kind: 'row', sheet: SN_TABLE.sheet, row: SN_TABLE.regionRow, measureId: 'S05', role: 'region' },
  { kind: 'row', sheet: SDQ_TABLE.sheet, row: SDQ_TABLE.ourRow, measureId: 'H06', role: 'value' },
  {
    kind: 'row',
    sheet: SDQ_TABLE.sheet,
    row: SDQ_TABLE.countyRow,
    measureId: 'H06',
    role: 'comparator',
    name: SDQ_TABLE.name,
  },
  { kind: 'row', sheet: SDQ_TABLE.sheet, row: SDQ_TABLE.englandRow, measureId: 'H06', role: 'england' },
];

const EET = { column: 'characteristic', values: [TIDY.eet] };
const TIDY_TAGS: TagRequest[] = [
  {
    kind: 'longTable',
    sheet: TIDY.sheet,
    column: 14,
    measureId: 'C02',
    role: 'value',
    periodColumn: 'time_period',
    where: [{ column: 'la_name', values: ['Anyshire'] }, EET],
  },
  {
    kind: 'longTable',
    sheet: TIDY.sheet,
    column: 14,
    measureId: 'C02',
    role: 'england',
    periodColumn: 'time_period',
    where: [{ column: 'geographic_level', values: ['National'] }, EET],
  },
  {
    kind: 'longTable',
    sheet: TIDY.sheet,
    column: 14,
    measureId: 'C02',
    role: 'peers',
    periodColumn: 'time_period',
    where: [{ column: 'geographic_level', values: ['Local authority'] }, EET],
    by: 'la_name',
  },
];

describe('benchmarks from area tables', () => {
  it('sets England, the region, the neighbours (from the peers) and the rank beside ours, per period', async () => {
    const b = open(benchmarkWorkbook());
    await addTags(b.host, AREA_TAGS, NOW);
    const state = await loadState(b.host, AS_AT);
    const s05 = state.figures.find((f) => f.measureId === 'S05')!;
    expect(s05.latest).toMatchObject({ period: '2024/25', value: 7.9 });
    // England has not published 2024/25: its 2023/24 figure is used, and said to be.
    expect(s05.comparators.england).toMatchObject({ value: 8.1, period: '2023/24' });
    expect(s05.notes.map((n) => n.text)).toContain(
      "England's figure is for 2023/24, its newest before 2024/25: for 2024/25 it has no figure.",
    );
    expect(s05.comparators.region).toMatchObject({ value: 8.9, period: '2024/25' });
    // The mean of the 8 neighbours with a 2024/25 figure (Hartlepool 'c' and Wakefield 'NA' are left out;
    // Anyshire, in the block, is our own row).
    expect(s05.comparators.statNeighbours).toMatchObject({ value: 8.4, from: 8, period: '2024/25' });
    // Lower is better: Barnsley 6.8 and Gateshead 7.4 are better; Redcar and Cleveland ties at 7.9.
    expect(s05.rank).toEqual({ position: 3, of: 9, quartile: 2, period: '2024/25' });

    const c02 = state.figures.find((f) => f.measureId === 'C02')!;
    expect(c02.latest).toMatchObject({ period: '2024', value: 58 });
    expect(c02.comparators.england).toMatchObject({ value: 56, period: '2024' });
    // 27 authorities besides us; Doncaster ('x') and Hartlepool ('c') have no 2024 figure. Higher is better:
    // 63, 61, 66, 64, 62, 67, 59, 60, 65 are better; Calderdale and Redcar and Cleveland tie with our 58.
    expect(c02.rank).toEqual({ position: 10, of: 26, quartile: 2, period: '2024' });

    const h06 = state.figures.find((f) => f.measureId === 'H06')!;
    expect(h06.comparators.named).toEqual([
      expect.objectContaining({ name: SDQ_TABLE.name, value: 8.3, period: '2023/24', versus: 'worse' }),
    ]);
    expect(h06.comparators.england).toMatchObject({ value: 13.7, versus: 'worse' });
  });

  it('writes each comparator with its period when it is not ours, the mean of how many, and the rank', async () => {
    const b = open(benchmarkWorkbook());
    await addTags(b.host, AREA_TAGS, NOW);
    await refreshSummary(b.host, { asAt: AS_AT, producedAt: '2025-06-02T09:00:00Z' });
    const ws = (await readBack(b)).getWorksheet(SUMMARY_SHEET)!;
    const { col } = summaryColumns(ws);
    const s05 = summaryRow(ws, 'S05');
    // England's column is printed for members: its figure and, as it is not for our year, its year.
    expect(cellText(s05.getCell(col('England')))).toBe('8.1% (2023/24)');
    expect(cellText(s05.getCell(col('England gap')))).toBe('-0.2 pp, similar');
    expect(cellText(s05.getCell(col('Stat neighbours')))).toBe('8.4% (mean of 8, -0.5 pp, similar)');
    expect(cellText(s05.getCell(col('Region')))).toBe('8.9% (-1.0 pp, better)');
    expect(cellText(s05.getCell(col('Rank')))).toBe('3rd of 9 (2nd quartile)');
    expect(cellText(s05.getCell(col('Data notes')))).toContain("England's figure is for 2023/24");
    expect(cellText(s05.getCell(col('What the figures say')))).toBe(
      '7.9% in 2024/25, little changed from 8.4% in 2023/24: similar to England (8.1% in 2023/24) and to the ' +
        'average of our 8 statistical neighbours (8.4%), and better than our region (8.9%); ' +
        '3rd of 9 among our statistical neighbours.',
    );
    const h06 = summaryRow(ws, 'H06');
    expect(cellText(h06.getCell(col('Other comparators')))).toBe(
      'All children in the county: 8.3 (+5.5, worse)',
    );
    expect(cellText(h06.getCell(col('What the figures say')))).toBe(
      '13.8 in 2023/24, down from 14.1 in 2022/23, an improvement: worse than England (13.7) and than ' +
        'all children in the county (8.3).',
    );
    expect(cellText(h06.getCell(col('Rank')))).toBe('');
    const c02 = summaryRow(ws, 'C02');
    expect(cellText(c02.getCell(col('Rank')))).toBe('10th of 26 (2nd quartile)');
    expect(cellText(c02.getCell(col('What the figures say')))).toMatch(
      /than the average of our 25 statistical neighbours \(57\.1%\) .*; 10th of 26 among our statistical neighbours\.$/,
    );
  });

  it('refreshes in the same number of syncs with every benchmark tagged as with one tag', async () => {
    const one = open(benchmarkWorkbook());
    await addTags(one.host, AREA_TAGS.slice(0, 1), NOW);
    one.book.resetStats();
    await refreshSummary(one.host, { asAt: AS_AT });
    const all = open(benchmarkWorkbook());
    await addTags(all.host, AREA_TAGS, NOW);
    all.book.resetStats();
    await refreshSummary(all.host, { asAt: AS_AT });
    expect(all.book.stats.syncs).toBe(one.book.stats.syncs);
    expect(all.book.stats.syncs).toBe(4);
  });

  it('reports a benchmark kept in other periods than ours: LAIT calendar years against our months', async () => {
    const b = open(addBenchmarkSheets(monthlyWorkbook()));
    const c02 = MONTHLY.rows['Care leavers 19-21 in EET'];
    await addTags(
      b.host,
      [
        { kind: 'row', sheet: MONTHLY.sheet, row: c02.row, measureId: 'C02', role: 'value' },
        { kind: 'row', sheet: LAIT.sheet, row: LAIT.englandRow, measureId: 'C02', role: 'england' },
      ],
      NOW,
    );
    const state = await loadState(b.host, '2025-03-31');
    const finding = state.findings.find((f) => f.ruleId === 'comparator-periods');
    expect(finding).toMatchObject({
      severity: 'warning',
      measureId: 'C02',
      cell: { sheet: LAIT.sheet, address: 'A5' },
    });
    expect(finding?.message).toMatch(
      /is in calendar years \(2019 to 2024\) but our figures are in months \(latest Mar-25\)/,
    );
  });
});

describe('benchmarks from a long (tidy) table', () => {
  it('reads our area, England and the peers from one table of two indicators', async () => {
    const b = open(tidyWorkbook());
    const made = await addTags(b.host, TIDY_TAGS, NOW);
    expect(made.map((t) => (t.kind === 'column' ? [t.firstRow, t.lastRow] : []))).toEqual([
      [4, TIDY_LAST_ROW],
      [4, TIDY_LAST_ROW],
      [4, TIDY_LAST_ROW],
    ]);
    const state = await loadState(b.host, '2024-09-30');
    const c02 = state.figures.find((f) => f.measureId === 'C02')!;
    expect(c02.latest).toMatchObject({ period: '2023/24', label: '2023/24', value: 58 });
    expect(c02.comparators.england).toMatchObject({ value: 56, period: '2023/24' });
    // Peers: Darlington 61, Gateshead 55, Middlesbrough 49, Redcar and Cleveland 58, Rotherham 52,
    // Barnsley 63 (Hartlepool 'c', Doncaster 'x'); Anyshire, our own area, is left out.
    expect(c02.comparators.statNeighbours).toMatchObject({ value: 56.3, from: 6 });
    expect(c02.rank).toEqual({ position: 3, of: 7, quartile: 2, period: '2023/24' });
    const peers = state.findings.find((f) => f.ruleId === 'comparator-periods');
    expect(peers?.message).toMatch(/2 of the 8 peers .* no figure for 2023\/24 \(Hartlepool, Doncaster\)/);
  });

  it('is recognised from a selected value: our area, the areas found, the measure from its breakdown', async () => {
    const b = open(tidyWorkbook());
    const anyshire2024 = TIDY.firstRow + 4 * 2 * (3 + TIDY.neighbours.length) + 2 * 2;
    b.book.select(TIDY.sheet, `N${anyshire2024}`);
    b.book.resetStats();
    const info = (await describeSelection(b.host))!;
    expect(info.longTable?.ourArea.name).toBe('Anyshire');
    expect(info.longTable?.areas).toHaveLength(3 + TIDY.neighbours.length);
    expect(info.refusal).toBeNull();
    expect(info.suggestions[0].measureId).toBe('C02');
    // The rows below the selection are read too: 2 syncs for the selection, 3 for the whole sheet.
    expect(b.book.stats.syncs).toBe(5);
  });

  it('on an area table, proposes England as England, with the measure from the title', async () => {
    const b = open(benchmarkWorkbook());
    b.book.select(LAIT.sheet, `H${LAIT.englandRow}`);
    const info = (await describeSelection(b.host))!;
    expect(info.areaTable).toEqual({ heading: LAIT.title, role: 'england' });
    expect(info.suggestions[0].measureId).toBe('C02');
    expect(info.label).toBe('England');
  });
});
