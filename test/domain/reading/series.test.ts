import type { SheetGrid } from '../../../src/domain/grid';
import { createSheetReader } from '../../../src/domain/layout';
import { readRecordSeries, readRowSeries } from '../../../src/domain/series';
import type { ColumnTag, RowTag } from '../../../src/domain/tags/types';
import { gridOf } from '../../fixtures/grid';
import { handGrid } from '../../fixtures/handGrid';
import {
  ANNUAL,
  CASELOADS,
  MISSING_CHILDREN,
  MONTHLY,
  QUARTERLY,
  sampleWorkbook,
} from '../../fixtures/workbooks';
import type { RowOfInterest, RowSheetInfo } from '../../fixtures/workbooks';

const wb = sampleWorkbook();
const grids: Record<string, SheetGrid> = Object.fromEntries(
  [MONTHLY, QUARTERLY, ANNUAL, MISSING_CHILDREN, CASELOADS].map((s) => [s.sheet, gridOf(wb, s.sheet)]),
);

function rowTag(
  sheet: string,
  r: { row: number; label: string; measureId?: string; role?: RowTag['role'] },
): RowTag {
  return {
    id: `t-${sheet}-${r.row}`,
    kind: 'row',
    role: r.role ?? 'value',
    measureId: r.measureId ?? 'X01',
    sheet,
    row: r.row,
    label: r.label,
    created: '2025-04-01T09:00:00Z',
  };
}

function read(info: RowSheetInfo, r: RowOfInterest) {
  return readRowSeries({ tag: rowTag(info.sheet, r), grid: grids[info.sheet], unit: r.unit });
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

describe('readRowSeries on the fixture workbooks', () => {
  for (const info of [MONTHLY, QUARTERLY, ANNUAL]) {
    it(`reads every row of interest of '${info.sheet}' to the expected figures and comparators`, () => {
      for (const r of Object.values(info.rows)) {
        const s = read(info, r);
        expect(s.label).toBe(r.label);
        expect(s.headerRow).toBe(info.headerRow);
        expect(s.labelColumn).toBe(info.labelColumn);
        expect(s.observations.map((o) => o.period.key)).toEqual(info.periods);
        expect(s.observations.map((o) => round1(o.value))).toEqual(r.values);
        expect(s.target?.value ?? undefined).toEqual(r.target);
        expect(s.england?.value ?? undefined).toEqual(r.england);
        expect(s.statNeighbours?.value ?? undefined).toEqual(r.statNeighbours);
        expect(s.region?.value ?? undefined).toEqual(r.region);
        expect(s.polarityText?.text).toEqual(r.goodIs);
      }
    });
  }

  it('reads a percent row held as fractions with a % format, keeping the cells', () => {
    const r = MONTHLY.rows['% with 3+ placements in last 12 months'];
    const s = read(MONTHLY, r);
    expect(s.observations.at(0).read).toMatchObject({ kind: 'number', source: 'percentFormat' });
    expect(s.observations.at(0).cell).toEqual({
      sheet: MONTHLY.sheet,
      row: r.row,
      col: 3,
      address: `C${r.row}`,
    });
    expect(s.observations.at(0).header).toBe('Jan-24');
    expect(s.notes).toEqual([]);
  });

  it('reads text percentages', () => {
    const s = read(MONTHLY, MONTHLY.rows['Long term stability']);
    expect(
      s.observations.toArray().every((o) => o.read.kind === 'number' && o.read.source === 'percentText'),
    ).toBe(true);
  });

  it('reads plain fractions in a percent row as percentages, with a note', () => {
    const r = MONTHLY.rows['IHA within 20 working days'];
    const s = read(MONTHLY, r);
    expect(s.observations.at(0).read).toMatchObject({ source: 'fractionAsPercent' });
    expect(s.target?.value).toBe(75);
    expect(s.notes.map((n) => n.code)).toEqual(['fractionsAsPercent']);
    expect(s.notes[0].cell?.row).toBe(r.row);
  });

  it('does not scale fractions in a row that is not a percentage', () => {
    const grid = handGrid([
      ['Measure', 'Q1 2024/25', 'Q2 2024/25'],
      ['Missing incidents per child', 0.5, 0.8],
    ]);
    const s = readRowSeries({ tag: rowTag('Sheet1', { row: 2, label: 'x' }), grid, unit: 'ratio' });
    expect(s.observations.map((o) => o.value)).toEqual([0.5, 0.8]);
    expect(s.notes).toEqual([]);
  });

  it('keeps suppressed and error cells as missing, with the marker or error', () => {
    const missing = read(MONTHLY, MONTHLY.rows['No. of children missing']).observations.at(4);
    expect(missing.read).toEqual({ kind: 'missing', reason: 'suppressed', raw: '*' });
    const peps = read(MONTHLY, MONTHLY.rows['PEPs up to date']).observations.at(6);
    expect(peps.read).toEqual({ kind: 'missing', reason: 'error', raw: '#DIV/0!' });
    expect(peps.value).toBeNull();
    const a1 = read(
      QUARTERLY,
      QUARTERLY.rows['Avg days entering care to adoptive placement (A1)'],
    ).observations.at(2);
    expect(a1.read).toMatchObject({ reason: 'suppressed', raw: 'c' });
  });

  it('reads currency as numbers and as text', () => {
    const f2 = read(QUARTERLY, QUARTERLY.rows['Avg weekly cost external placement']);
    expect(f2.observations.at(0).read).toMatchObject({ source: 'numericText' });
    const f1 = read(QUARTERLY, QUARTERLY.rows['Avg weekly cost in-house placement']);
    expect(f1.observations.at(0).read).toMatchObject({ source: 'number' });
  });

  it('reads the row the caller resolved, with the state it was given', () => {
    const r = MONTHLY.rows['Missing episodes'];
    const tag = rowTag(MONTHLY.sheet, { row: r.row - 3, label: r.label });
    const s = readRowSeries({
      tag,
      grid: grids[MONTHLY.sheet],
      state: { status: 'moved', row: r.row, from: r.row - 3 },
    });
    expect(s.row).toBe(r.row);
    expect(s.state.status).toBe('moved');
    expect(s.observations.map((o) => o.value)).toEqual(r.values);
  });

  it('returns an empty series for a tag whose row is gone', () => {
    const tag = rowTag(MONTHLY.sheet, { row: 999, label: 'Gone' });
    const s = readRowSeries({
      tag,
      grid: grids[MONTHLY.sheet],
      state: { status: 'rowGone', message: 'gone' },
    });
    expect(s.observations.toArray()).toEqual([]);
    expect(s.row).toBeUndefined();
    expect(s.notes).toEqual([]);
  });
});

describe('readRowSeries on awkward sheets', () => {
  it('notes a row with no header above it', () => {
    const grid = handGrid([
      ['Missing episodes', 12, 15, 9],
      ['Children missing', 5, 6, 4],
    ]);
    const s = readRowSeries({
      tag: rowTag('Sheet1', { row: 2, label: 'Children missing' }),
      grid,
      unit: 'count',
    });
    expect(s.observations.toArray()).toEqual([]);
    expect(s.notes).toHaveLength(1);
    expect(s.notes[0]).toMatchObject({ code: 'noHeader', cell: { address: 'A2' } });
  });

  it('reads text percentages mixed with numbers in % format and in points', () => {
    const grid = handGrid([
      ['Indicator', 'Apr-24', 'May-24', 'Jun-24', 'Jul-24', 'Target'],
      ['PEPs up to date', '91.5%', [0.925, '0.0%'], 93, 'n/a', '95%'],
    ]);
    const s = readRowSeries({ tag: rowTag('Sheet1', { row: 2, label: 'PEPs' }), grid, unit: 'percent' });
    expect(s.observations.map((o) => o.value)).toEqual([91.5, 92.5, 93, null]);
    expect(s.observations.map((o) => (o.read.kind === 'number' ? o.read.source : o.read.reason))).toEqual([
      'percentText',
      'percentFormat',
      'number',
      'suppressed',
    ]);
    expect(s.target?.value).toBe(95);
    expect(s.notes).toEqual([]);
  });

  it('reads newest-first periods oldest first, and carries layout notes', () => {
    const grid = handGrid([
      ['Indicator', '2024/25', '2023/24', '2023/24', '2022/23'],
      ['Staying put', 0.31, 0.29, 0.28, 0.27],
    ]);
    const s = readRowSeries({
      tag: rowTag('Sheet1', { row: 2, label: 'Staying put' }),
      grid,
      unit: 'percent',
    });
    expect(s.observations.map((o) => o.period.key)).toEqual(['2022/23', '2023/24', '2024/25']);
    expect(s.observations.map((o) => o.value)).toEqual([27, 29, 31]);
    expect(s.notes.map((n) => n.code).sort()).toEqual(['duplicatePeriod', 'fractionsAsPercent']);
  });

  it('uses an officer-chosen header row when given', () => {
    const grid = handGrid([
      ['Indicator', 'Q1 2023/24', 'Q2 2023/24'],
      ['Indicator', 'Q1 2024/25', 'Q2 2024/25'],
      ['UASC', 30, 31],
    ]);
    const tag = rowTag('Sheet1', { row: 3, label: 'UASC' });
    expect(readRowSeries({ tag, grid }).observations.at(0).period.key).toBe('2024/25 Q1');
    expect(readRowSeries({ tag, grid, headerRow: 1 }).observations.at(0).period.key).toBe('2023/24 Q1');
  });
});

describe('readRecordSeries', () => {
  function columnTag(info: typeof MISSING_CHILDREN): ColumnTag {
    return {
      id: 't-rec',
      kind: 'column',
      role: 'records',
      measureId: 'M04',
      sheet: info.sheet,
      column: info.column,
      firstRow: info.firstRow,
      lastRow: info.lastRow,
      label: info.header,
      created: '2025-04-01T09:00:00Z',
    };
  }

  it('reads one number per child, skipping blanks and keeping unreadable cells as missing', () => {
    const s = readRecordSeries(columnTag(MISSING_CHILDREN), grids[MISSING_CHILDREN.sheet]);
    expect(s.records.map((r) => r.value)).toEqual(MISSING_CHILDREN.values);
    const bad = s.records.toArray().filter((r) => r.read.kind === 'missing');
    expect(bad.map((r) => r.cell.row)).toEqual(MISSING_CHILDREN.unreadableRows);
    expect(bad[0].read).toEqual({ kind: 'missing', reason: 'text', raw: 'TBC' });
    expect(s.records.toArray().some((r) => MISSING_CHILDREN.blankRows.includes(r.cell.row))).toBe(false);
    expect(s.label).toBe('Missing incidents');
  });

  it('reads worker caseloads', () => {
    const s = readRecordSeries(columnTag(CASELOADS), grids[CASELOADS.sheet]);
    expect(s.records.map((r) => r.value)).toEqual(CASELOADS.values);
  });

  it('reads nothing for a column whose sheet is gone', () => {
    const s = readRecordSeries(columnTag(CASELOADS), grids[CASELOADS.sheet], {
      state: { status: 'sheetGone' },
    });
    expect(s.records.toArray()).toEqual([]);
  });
});

describe('at scale', () => {
  it('reads 2,000 tagged rows over 60 periods (timed by the bench)', () => {
    const months = Array.from({ length: 60 }, (_, i) => {
      const y = 2020 + Math.floor(i / 12);
      return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][i % 12]}-${y % 100}`;
    });
    const rows: (string | number)[][] = [
      ['Title 2024/25'],
      [],
      ['Ref', 'Indicator', ...months, 'Target', 'England'],
    ];
    for (let i = 0; i < 2000; i++) {
      if (i % 50 === 0) rows.push([`Section ${i / 50}`], []);
      rows.push([`R${i}`, `Measure number ${i}`, ...months.map((_, j) => (i * 7 + j) % 100), 50, 48]);
    }
    const grid = handGrid(rows);
    const reader = createSheetReader(grid);
    const dataRows: number[] = [];
    grid.values.forEach((line, i) => {
      if (typeof line[0] === 'string' && /^R\d+$/.test(line[0])) dataRows.push(i + 1);
    });
    expect(dataRows).toHaveLength(2000);
    let n = 0;
    for (const row of dataRows) {
      const s = readRowSeries({ tag: rowTag('Sheet1', { row, label: '' }), grid, reader, unit: 'count' });
      n += s.observations.length;
    }
    expect(n).toBe(2000 * 60);
  });
});
