// Benchmarks from downloads laid out otherwise than the DfE's: a Fingertips export (a CSV opened in Excel,
// two indicators, blank suppressed values with a note, the region as the 'Parent Name') tagged as the pane
// tags a long table, and LAIT's statistical neighbours view (the neighbours' average row below the
// authorities, not out for the newest year). Worked out, checked and written on the summary sheet.
import { addTags, describeSelection, loadState, refreshSummary } from '../../src/excel/operations';
import type { TagRequest } from '../../src/excel/operations-types';
import { SUMMARY_SHEET } from '../../src/excel/workbook-names';
import {
  longTableRequests,
  proposedChoices,
  type AreaChoice,
} from '../../src/taskpane/views/tag/longTableRequests';
import {
  FINGERTIPS,
  fingertipsRow,
  fingertipsWorkbook,
  LAIT_SN,
  laitNeighboursWorkbook,
} from '../fixtures/benchmark-exports';
import { cellText, open, readBack, summaryColumns, summaryRow, type Book } from './helpers';

const NOW = new Date('2025-06-01T09:00:00Z');
const AS_AT = '2024-09-30';

/** What the pane does on a Fingertips value cell: recognise the table, keep its proposals, pick peers, tag. */
async function tagAsThePaneDoes(
  b: Book,
  indicator: string,
  measureId: string,
  peers: readonly string[],
): Promise<void> {
  b.book.select(
    FINGERTIPS.sheet,
    `${FINGERTIPS.valueColumn}${fingertipsRow(indicator, 'Anyshire', '2023/24')}`,
  );
  const shape = (await describeSelection(b.host))!.longTable!;
  const choices: Record<string, AreaChoice> = { ...proposedChoices(shape) };
  for (const name of peers) choices[name] = 'peers';
  await addTags(b.host, longTableRequests(FINGERTIPS.sheet, measureId, shape, choices, true), NOW);
}

const NEIGHBOURS = [
  'County Durham',
  'Darlington',
  'Gateshead',
  'Hartlepool',
  'Middlesbrough',
  'Newcastle upon Tyne',
  'North Tyneside',
  'Northumberland',
  'Redcar and Cleveland',
  'South Tyneside',
  'Stockton-on-Tees',
  'Sunderland',
];

describe('a Fingertips export: two indicators, one row per area and year', () => {
  it('is recognised from one of our values: our area, the indicator that keeps it apart, England and our region', async () => {
    const b = open(fingertipsWorkbook());
    b.book.select(FINGERTIPS.sheet, `M${fingertipsRow(FINGERTIPS.immunisations, 'Anyshire', '2023/24')}`);
    const info = (await describeSelection(b.host))!;
    const shape = info.longTable!;
    expect(shape).toMatchObject({
      headerRow: 1,
      firstRow: 2,
      valueHeader: 'Value',
      periodColumn: 'Time period',
      periodCount: 5,
      areaColumn: 'Area Name',
      // Given as the 'Parent Name' of our row.
      ourRegion: 'North East',
    });
    expect(shape.ourArea.where).toEqual([
      { column: 'Area Type', values: [FINGERTIPS.countiesAndUas] },
      { column: 'Area Name', values: ['Anyshire'] },
      { column: 'Indicator Name', values: [FINGERTIPS.immunisations] },
    ]);
    expect(info.suggestions[0].measureId).toBe('H03');
    const proposed = proposedChoices(shape);
    expect(proposed).toMatchObject({ England: 'england', 'North East': 'region', Gateshead: '' });
  });

  it("sets England, the region, the neighbours' mean and our rank beside ours for 2023/24; a blank value is no figure", async () => {
    const b = open(fingertipsWorkbook());
    await tagAsThePaneDoes(b, FINGERTIPS.immunisations, 'H03', NEIGHBOURS);
    const state = await loadState(b.host, AS_AT);
    const h03 = state.figures.find((f) => f.measureId === 'H03')!;
    expect(h03.latest).toMatchObject({ period: '2023/24', value: 91.3 });
    expect(h03.comparators.england).toMatchObject({ value: 84.1, period: '2023/24', versus: 'better' });
    expect(h03.comparators.region).toMatchObject({ value: 89.2, period: '2023/24' });
    // Hartlepool's 2023/24 value is blank (suppressed, says its note): the mean is of the other 11.
    expect(h03.comparators.statNeighbours).toMatchObject({ value: 89.7, from: 11, period: '2023/24' });
    // Higher is better: County Durham, Gateshead, South Tyneside and Stockton-on-Tees are above our 91.3;
    // North Tyneside ties with us.
    expect(h03.rank).toEqual({ position: 5, of: 12, quartile: 2, period: '2023/24' });
    const peers = state.findings.find((f) => f.ruleId === 'comparator-periods');
    expect(peers?.message).toMatch(/1 of the 12 peers .*no figure for 2023\/24 \(Hartlepool\)/);
  });

  it('keeps the two indicators apart: the context-only one gets England beside it but no rank', async () => {
    const b = open(fingertipsWorkbook());
    await tagAsThePaneDoes(b, FINGERTIPS.immunisations, 'H03', NEIGHBOURS);
    await tagAsThePaneDoes(b, FINGERTIPS.inCare, 'D01', NEIGHBOURS);
    const state = await loadState(b.host, AS_AT);
    const d01 = state.figures.find((f) => f.measureId === 'D01')!;
    expect(d01.latest).toMatchObject({ period: '2023/24', value: 109 });
    expect(d01.comparators.england).toMatchObject({ value: 70, period: '2023/24', versus: null });
    expect(d01.rank).toBeNull();
    expect(state.figures.find((f) => f.measureId === 'H03')!.latest?.value).toBe(91.3);

    await refreshSummary(b.host, { asAt: AS_AT, producedAt: '2024-10-01T09:00:00Z' });
    const ws = (await readBack(b)).getWorksheet(SUMMARY_SHEET)!;
    const { col } = summaryColumns(ws);
    expect(cellText(summaryRow(ws, 'D01').getCell(col('Rank')))).toBe('');
    expect(cellText(summaryRow(ws, 'D01').getCell(col('What the figures say')))).toMatch(
      /^109\.0 per 10,000 children in 2023\/24.*for comparison, England 70\.0 per 10,000/,
    );
    expect(cellText(summaryRow(ws, 'H03').getCell(col('Rank')))).toBe('5th of 12 (2nd quartile)');
    expect(cellText(summaryRow(ws, 'H03').getCell(col('Stat neighbours')))).toBe(
      '89.7% (mean of 11, +1.6 pp, better)',
    );
  });

  it('refuses our area without the indicator filter, naming the column that tells the two apart', async () => {
    const b = open(fingertipsWorkbook());
    const request: TagRequest = {
      kind: 'longTable',
      sheet: FINGERTIPS.sheet,
      column: 'Value',
      measureId: 'H03',
      role: 'value',
      periodColumn: 'Time period',
      where: [{ column: 'Area Name', values: ['Anyshire'] }],
    };
    await expect(addTags(b.host, [request], NOW)).rejects.toThrow(/Indicator/);
    const state = await loadState(b.host, AS_AT);
    expect(state.tags).toHaveLength(0);
  });
});

describe("LAIT's statistical neighbours view: the average row below the authorities", () => {
  const tags: TagRequest[] = [
    { kind: 'row', sheet: LAIT_SN.sheet, row: LAIT_SN.ourRow, measureId: 'C03', role: 'value' },
    { kind: 'row', sheet: LAIT_SN.sheet, row: LAIT_SN.averageRow, measureId: 'C03', role: 'statNeighbours' },
    { kind: 'row', sheet: LAIT_SN.sheet, row: LAIT_SN.regionRow, measureId: 'C03', role: 'region' },
    { kind: 'row', sheet: LAIT_SN.sheet, row: LAIT_SN.englandRow, measureId: 'C03', role: 'england' },
    {
      kind: 'row',
      sheet: LAIT_SN.sheet,
      row: LAIT_SN.firstNeighbourRow,
      lastRow: LAIT_SN.lastNeighbourRow,
      measureId: 'C03',
      role: 'peers',
    },
  ];

  it('proposes the average, region and England rows with their roles and the measure from the title', async () => {
    const b = open(laitNeighboursWorkbook());
    const roles: Record<number, string> = {};
    for (const row of [LAIT_SN.averageRow, LAIT_SN.regionRow, LAIT_SN.englandRow]) {
      b.book.select(LAIT_SN.sheet, `G${row}`);
      const info = (await describeSelection(b.host))!;
      expect(info.suggestions[0].measureId).toBe('C03');
      roles[row] = info.areaTable!.role;
    }
    expect(roles).toEqual({
      [LAIT_SN.averageRow]: 'statNeighbours',
      [LAIT_SN.regionRow]: 'region',
      [LAIT_SN.englandRow]: 'england',
    });
  });

  it("uses the neighbours' average row before the peers' mean, at its newest year when ours is not out", async () => {
    const b = open(laitNeighboursWorkbook());
    await addTags(b.host, tags, NOW);
    const state = await loadState(b.host, AS_AT);
    const c03 = state.figures.find((f) => f.measureId === 'C03')!;
    expect(c03.latest).toMatchObject({ period: '2023/24', value: 90 });
    expect(c03.comparators.statNeighbours).toMatchObject({ value: 87, period: '2022/23', versus: 'better' });
    expect(c03.comparators.statNeighbours?.from).toBeUndefined();
    expect(c03.comparators.england).toMatchObject({ value: 88, period: '2023/24' });
    // Higher is better: Darlington 91 and Barnsley 93 are above us; Redcar and Cleveland ties at 90;
    // Hartlepool ('c') and Doncaster ('x') have no 2023/24 figure.
    expect(c03.rank).toEqual({ position: 3, of: 9, quartile: 2, period: '2023/24' });

    await refreshSummary(b.host, { asAt: AS_AT, producedAt: '2024-10-01T09:00:00Z' });
    const ws = (await readBack(b)).getWorksheet(SUMMARY_SHEET)!;
    const { col } = summaryColumns(ws);
    const row = summaryRow(ws, 'C03');
    expect(cellText(row.getCell(col('Stat neighbours')))).toBe('87.0% (2022/23, +3.0 pp, better)');
    expect(cellText(row.getCell(col('What the figures say')))).toContain(
      'our statistical neighbours (87.0% in 2022/23)',
    );
    expect(cellText(row.getCell(col('Data notes')))).toContain(
      "The statistical neighbours' figure is for 2022/23, its newest before 2023/24",
    );
  });
});
