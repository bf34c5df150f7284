import { createSheetReader, detectLayout } from '../../../src/domain/layout';
import { gridOf } from '../../fixtures/grid';
import { handGrid, monthSerial } from '../../fixtures/handGrid';
import {
  ANNUAL,
  MONTHLY,
  MONTHLY_COMMENTS_COLUMN,
  QUARTERLY,
  sampleWorkbook,
} from '../../fixtures/workbooks';

const wb = sampleWorkbook();

describe('layout of the fixture workbooks', () => {
  it('finds the monthly header row below the titles, the label column after the Ref column, and the comparators', () => {
    const grid = gridOf(wb, MONTHLY.sheet);
    const reader = createSheetReader(grid);
    const row = MONTHLY.rows['Long term stability'].row;
    const layout = reader.layoutForRow(row);
    expect(layout).toBeDefined();
    expect(layout?.headerRow).toBe(MONTHLY.headerRow);
    expect(layout?.labelColumn).toBe(MONTHLY.labelColumn);
    expect(layout?.kind).toBe('month');
    expect(layout?.order).toBe('ascending');
    expect(layout?.periodColumns.map((p) => p.period.key)).toEqual(MONTHLY.periods);
    expect(layout?.periodColumns[0]).toMatchObject({ col: MONTHLY.firstPeriodColumn, header: 'Jan-24' });
    expect(layout?.comparators.target?.col).toBe(MONTHLY.columns.target);
    expect(layout?.comparators.england?.col).toBe(MONTHLY.columns.england);
    expect(layout?.comparators.statNeighbours?.col).toBe(MONTHLY.columns.statNeighbours);
    expect(layout?.comparators.region?.col).toBe(MONTHLY.columns.region);
    expect(layout?.comparators.polarity?.col).toBe(MONTHLY.columns.goodIs);
    expect(layout?.notes).toEqual([]);
    expect(Object.values(layout?.comparators ?? {}).some((c) => c?.col === MONTHLY_COMMENTS_COLUMN)).toBe(
      false,
    );
    expect(reader.labelOf(row)).toBe('Long term stability');
  });

  it('reads every data row of the monthly sheet against the same header, past section bands and spacers', () => {
    const reader = createSheetReader(gridOf(wb, MONTHLY.sheet));
    for (const r of Object.values(MONTHLY.rows)) expect(reader.headerRowFor(r.row)).toBe(MONTHLY.headerRow);
    for (const s of Object.values(MONTHLY.sections)) expect(reader.isHeaderRow(s)).toBe(false);
    expect(reader.headerRowFor(MONTHLY.headerRow)).toBeUndefined();
  });

  it('combines the quarterly two-row header (year bands over Q1..Q4)', () => {
    const grid = gridOf(wb, QUARTERLY.sheet);
    const layout = detectLayout(grid, QUARTERLY.rows['UASC looked after'].row);
    expect(layout?.headerRow).toBe(QUARTERLY.headerRow);
    expect(layout?.bandRow).toBe(QUARTERLY.bandRow);
    expect(layout?.labelColumn).toBe(QUARTERLY.labelColumn);
    expect(layout?.periodColumns.map((p) => p.period.key)).toEqual(QUARTERLY.periods);
    expect(layout?.periodColumns[4].header).toBe('2024/25 Q1');
    expect(layout?.comparators.england?.col).toBe(QUARTERLY.columns.england); // merged down: text in the band row
    expect(layout?.comparators.statNeighbours?.header).toBe('SN');
    expect(layout?.comparators.region?.header).toBe('Regional average');
    expect(layout?.comparators.polarity?.header).toBe('Polarity');
    expect(layout?.notes).toEqual([]);
  });

  it('reads the annual sheet: mixed year styles, comparator headers naming years, a Data source column', () => {
    const grid = gridOf(wb, ANNUAL.sheet);
    const layout = detectLayout(grid, ANNUAL.rows['Average SDQ score'].row);
    expect(layout?.headerRow).toBe(ANNUAL.headerRow);
    expect(layout?.labelColumn).toBe(ANNUAL.labelColumn);
    expect(layout?.kind).toBe('financialYear');
    expect(layout?.periodColumns.map((p) => p.period.key)).toEqual(ANNUAL.periods);
    expect(layout?.periodColumns[2].header).toBe('2022-23');
    expect(layout?.comparators.england).toMatchObject({
      col: ANNUAL.columns.england,
      header: 'England 2023-24',
    });
    expect(layout?.comparators.england?.period?.key).toBe('2023/24');
    expect(layout?.comparators.target?.period?.key).toBe('2025/26');
    expect(layout?.notes).toEqual([]);
  });
});

describe('layout of awkward hand-made sheets', () => {
  it('does not take a title holding 2024/25 for the header', () => {
    const grid = handGrid([
      ['Performance 2024/25'],
      ['2024/25', '', 'Draft'],
      [],
      ['Indicator', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25'],
      ['Foster placements %', 0.7, 0.71, 0.69],
    ]);
    const layout = detectLayout(grid, 5);
    expect(layout?.headerRow).toBe(4);
    expect(layout?.periodColumns.map((p) => p.period.key)).toEqual([
      '2024/25 Q1',
      '2024/25 Q2',
      '2024/25 Q3',
    ]);
  });

  it('returns no layout when there is no header above the row', () => {
    const grid = handGrid([
      ['Missing episodes', 12, 15, 9],
      ['Children missing', 5, 6, 4],
    ]);
    expect(detectLayout(grid, 2)).toBeUndefined();
  });

  it('reads periods laid out newest first, oldest first in the result', () => {
    const grid = handGrid([
      ['Ref', 'Measure', 'Mar-25', 'Feb-25', 'Jan-25', 'Dec-24'],
      ['M1', 'Missing episodes', 10, 11, 12, 13],
    ]);
    const layout = detectLayout(grid, 2);
    expect(layout?.order).toBe('descending');
    expect(layout?.periodColumns.map((p) => p.period.key)).toEqual([
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(layout?.periodColumns.map((p) => p.col)).toEqual([6, 5, 4, 3]);
    expect(layout?.labelColumn).toBe(2);
    expect(layout?.notes).toEqual([]);
  });

  it('notes duplicate, out-of-order and unreadable periods with their cells', () => {
    const grid = handGrid(
      [
        ['Indicator', 'Apr-24', 'May-24', 'May-24', 'Apr-2x', 'Jul-24', 'Jun-24', 'Comments'],
        ['Missing episodes', 1, 2, 3, 4, 5, 6, 'ok'],
      ],
      { name: 'Monthly data' },
    );
    const layout = detectLayout(grid, 2);
    const codes = layout?.notes.map((n) => [n.code, n.cell?.address]);
    expect(codes).toContainEqual(['duplicatePeriod', 'D1']);
    expect(codes).toContainEqual(['unreadablePeriod', 'E1']);
    expect(codes).toContainEqual(['periodsOutOfOrder', 'B1']);
    expect(codes?.some(([, a]) => a === 'H1')).toBe(false); // 'Comments' is a notes column
    expect(layout?.notes.find((n) => n.code === 'unreadablePeriod')?.message).toContain("'Monthly data'!E1");
    expect(layout?.periodColumns.map((p) => p.period.key)).toEqual([
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
    ]);
    expect(layout?.periodColumns.find((p) => p.period.key === '2024-05')?.col).toBe(3);
  });

  it('keeps the most common kind on a sheet mixing months and quarters, and notes the rest', () => {
    const grid = handGrid([
      [
        'Measure',
        'Apr-24',
        'May-24',
        'Jun-24',
        'Q1 2024/25',
        'Jul-24',
        'Aug-24',
        'Sep-24',
        'Q2 2024/25',
        'YTD',
      ],
      ['Missing episodes', 10, 12, 9, 31, 8, 7, 11, 26, 57],
    ]);
    const layout = detectLayout(grid, 2);
    expect(layout?.kind).toBe('month');
    expect(layout?.periodColumns).toHaveLength(6);
    const note = layout?.notes.find((n) => n.code === 'mixedPeriodKinds');
    expect(note?.cell?.address).toBe('E1');
    expect(note?.message).toContain('Q2 2024/25');
    expect(layout?.comparators.ytd?.col).toBe(10);
  });

  it('reads two-row headers of months under a financial-year band', () => {
    const grid = handGrid([
      ['', '2024/25', '', '', '', '', '', '', '', '', '', '', ''],
      ['Indicator', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'],
      ['Number of CLA', 440, 441, 443, 445, 447, 446, 448, 450, 452, 451, 453, 455],
    ]);
    const layout = detectLayout(grid, 3);
    expect(layout?.headerRow).toBe(2);
    expect(layout?.bandRow).toBe(1);
    expect(layout?.periodColumns.map((p) => p.period.key)).toEqual([
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
  });

  it('finds the header of each block when a sheet holds several blocks one below another', () => {
    const grid = handGrid([
      ['Monthly'],
      [
        'Indicator',
        [monthSerial(2025, 1), 'mmm-yy'],
        [monthSerial(2025, 2), 'mmm-yy'],
        [monthSerial(2025, 3), 'mmm-yy'],
      ],
      ['Number of CLA', 450, 452, 455],
      [],
      ['Quarterly'],
      ['Indicator', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25', '', 'England', 'Good is'],
      ['UASC', 33, 35, 36, '', '', 'Context'],
    ]);
    const reader = createSheetReader(grid);
    expect(reader.layoutForRow(3)?.kind).toBe('month');
    expect(reader.layoutForRow(7)?.headerRow).toBe(6);
    expect(reader.layoutForRow(7)?.kind).toBe('quarter');
    expect(reader.layoutForRow(7)?.comparators.england?.col).toBe(6);
  });

  it('picks the label column by its text when no header names it, skipping an id column', () => {
    const grid = handGrid([
      ['', '', 'Apr-24', 'May-24'],
      ['1.1', 'Children looked after', 450, 452],
      ['1.2', 'Children looked after per 10,000', 69.2, 69.5],
      ['1.3a', 'UASC', 33, 34],
    ]);
    const reader = createSheetReader(grid);
    expect(reader.layoutForRow(3)?.labelColumn).toBe(2);
    expect(reader.labelOf(4)).toBe('UASC');
  });

  it('reads calendar years written as numbers, but not a data row that happens to hold year-like numbers', () => {
    const grid = handGrid([
      ['Indicator', 2021, 2022, 2023, 2024],
      ['Missing incidents', 2011, 1984, 2150, 1999],
      ['Children missing', 310, 298, 305, 290],
    ]);
    const reader = createSheetReader(grid);
    expect(reader.headerRowFor(3)).toBe(1);
    expect(reader.layoutAt(1)?.periodColumns.map((p) => p.period.key)).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
  });

  it('respects grid offsets (a used range that does not start at A1)', () => {
    const grid = handGrid(
      [
        ['Measure', 'Q1 2024/25', 'Q2 2024/25'],
        ['Kinship placements', 60, 62],
      ],
      { top: 10, left: 3 },
    );
    const layout = detectLayout(grid, 11);
    expect(layout?.headerRow).toBe(10);
    expect(layout?.labelColumn).toBe(3);
    expect(layout?.periodColumns.map((p) => p.cell.address)).toEqual(['D10', 'E10']);
  });
});

describe('single-period sheets', () => {
  it('takes a row with one period beside comparator headers as the header', () => {
    const grid = handGrid([
      ['Annual return 2024/25'],
      ['Indicator', '2024/25', 'England', 'Target'],
      ['Staying put', '31%', '29%', '33%'],
    ]);
    const layout = detectLayout(grid, 3);
    expect(layout?.headerRow).toBe(2);
    expect(layout?.order).toBe('single');
    expect(layout?.comparators.england?.col).toBe(3);
  });
});
