import { readColumnSeries } from '../../../src/domain/series';
import { readAllSeries } from '../../../src/domain/pipeline';
import { defaultFramework } from '../../../src/domain/framework';
import { createColumnTag } from '../../../src/domain/tags/create';
import { tagFromRow, tagToRow } from '../../../src/domain/tags/codec';
import type { ColumnTag } from '../../../src/domain/tags/types';
import { handGrid, monthSerial } from '../../fixtures/handGrid';

const DATE = 'mmm-yy';

function columnTag(
  column: number,
  firstRow: number,
  lastRow: number,
  over: Partial<ColumnTag> = {},
): ColumnTag {
  return {
    id: 't-col',
    kind: 'column',
    role: 'value',
    measureId: 'S01',
    sheet: 'Transposed',
    column,
    firstRow,
    lastRow,
    label: '% with 3+ placements',
    created: '2025-04-01T09:00:00Z',
    ...over,
  };
}

/** Months down column A (date cells and text), two measures across, comparator rows below. */
const monthly = handGrid(
  [
    ['Placement stability, monthly'],
    [],
    ['Month', 'Number of CLA', '% with 3+ placements'],
    [[monthSerial(2025, 1), DATE], 410, 0.1],
    [[monthSerial(2025, 2), DATE], 412, '12.5%'],
    ['Mar-25', 415, 'c'],
    ['Dec-24', 405, 0.09],
    ['Mrach 25', 416, 0.11],
    ['Feb-25', 999, 0.5],
    [],
    ['Target', '', 0.08],
    ['England', 81770, 0.1],
  ],
  { name: 'Transposed' },
);

describe('readColumnSeries (periods down the rows)', () => {
  const s = readColumnSeries(columnTag(3, 4, 12), monthly, { unit: 'percent' });

  it('reads one observation per period row, oldest first, from date and text cells', () => {
    expect(s.kind).toBe('row');
    expect(s.observations.map((o) => o.period.key)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03']);
    expect(s.observations.map((o) => o.cell.address)).toEqual(['C7', 'C4', 'C5', 'C6']);
  });

  it('reads a text percentage and a suppressed cell', () => {
    const feb = s.observations.toArray().find((o) => o.period.key === '2025-02');
    expect(feb?.read).toEqual({ kind: 'number', value: 12.5, source: 'percentText' });
    const mar = s.observations.toArray().find((o) => o.period.key === '2025-03');
    expect(mar?.value).toBeNull();
    expect(mar?.read).toMatchObject({ kind: 'missing', reason: 'suppressed', raw: 'c' });
  });

  it('reads plain fractions of a percent measure as percentages, comparators included', () => {
    const jan = s.observations.toArray().find((o) => o.period.key === '2025-01');
    expect(jan?.read).toEqual({ kind: 'number', value: 10, source: 'fractionAsPercent' });
    expect(s.target?.value).toBe(8);
    expect(s.notes.some((n) => n.code === 'fractionsAsPercent')).toBe(true);
  });

  it('takes the Target and England rows as comparators, not observations', () => {
    expect(s.target).toMatchObject({ cell: { address: 'C11' }, header: 'Target' });
    expect(s.england).toMatchObject({ cell: { address: 'C12' }, value: 10, header: 'England' });
    expect(s.statNeighbours).toBeUndefined();
  });

  it('reports an unreadable period cell and a duplicate period with their cells', () => {
    const unreadable = s.notes.filter((n) => n.code === 'unreadablePeriod');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0].cell?.address).toBe('A8');
    expect(unreadable[0].message).toContain("'Mrach 25'");
    const dup = s.notes.filter((n) => n.code === 'duplicatePeriod');
    expect(dup).toHaveLength(1);
    expect(dup[0].cell?.address).toBe('A9');
    // The first Feb-25 row is the one read.
    expect(s.observations.toArray().find((o) => o.period.key === '2025-02')?.cell.address).toBe('C5');
  });

  it("points the series as a whole at the column's header cell", () => {
    expect(s.row).toBe(3);
    expect(s.labelColumn).toBe(3);
    expect(s.label).toBe('% with 3+ placements');
  });

  it('reads a count column left of the percentages against the same period column', () => {
    const count = readColumnSeries(
      columnTag(2, 4, 12, { measureId: 'D02', label: 'Number of CLA' }),
      monthly,
      {
        unit: 'count',
      },
    );
    expect(count.observations.map((o) => [o.period.key, o.value])).toEqual([
      ['2024-12', 405],
      ['2025-01', 410],
      ['2025-02', 412],
      ['2025-03', 415],
    ]);
    expect(count.england?.value).toBe(81770);
    expect(count.target?.read).toMatchObject({ kind: 'missing', reason: 'blank' });
  });

  it('reads quarters down the rows', () => {
    const grid = handGrid(
      [
        ['Quarter', 'Adoptions'],
        ['Q2 2024/25', 7],
        ['Q1 2024/25', 5],
        ['Q3 2024/25', 6],
        ['Stat neighbours', 6.5],
        ['Region', 5.9],
      ],
      { name: 'Transposed' },
    );
    const q = readColumnSeries(columnTag(2, 2, 6, { label: 'Adoptions' }), grid, { unit: 'count' });
    expect(q.observations.map((o) => [o.period.key, o.value])).toEqual([
      ['2024/25 Q1', 5],
      ['2024/25 Q2', 7],
      ['2024/25 Q3', 6],
    ]);
    expect(q.statNeighbours?.value).toBe(6.5);
    expect(q.region?.value).toBe(5.9);
    expect(q.notes.map((n) => n.code)).toEqual(['periodsOutOfOrder']);
  });

  it('gives a noHeader note naming the column when no column of periods is left of it', () => {
    const grid = handGrid(
      [
        ['Team', 'Caseload'],
        ['North', 18],
        ['South', 21],
      ],
      { name: 'Teams' },
    );
    const none = readColumnSeries(columnTag(2, 2, 3, { sheet: 'Teams' }), grid);
    expect(none.observations.toArray()).toEqual([]);
    expect(none.notes).toHaveLength(1);
    expect(none.notes[0].code).toBe('noHeader');
    expect(none.notes[0].message).toContain("no column of periods found left of column B of 'Teams'");
    expect(none.notes[0].cell?.address).toBe('B1');
  });

  it('is what readAllSeries gives for a column tag with a series role; records stay records', () => {
    const grids = new Map([['Transposed', monthly]]);
    const [series, records] = readAllSeries(
      defaultFramework(),
      [columnTag(3, 4, 12), columnTag(2, 4, 12, { id: 't-rec', role: 'records', label: 'Number of CLA' })],
      grids,
    );
    expect(series.kind).toBe('row');
    expect(series.kind === 'row' && series.observations.at(-1).period.key).toBe('2025-03');
    // The measure (S01) is a percentage: its fractions are read as percentages.
    expect(series.kind === 'row' && series.observations.at(0).value).toBe(9);
    expect(records.kind).toBe('records');
  });
});

describe('column series tags', () => {
  it('round-trip through the tag sheet codec with their role', () => {
    for (const role of ['value', 'numerator', 'denominator'] as const) {
      const tag = columnTag(3, 4, 12, { role });
      const row = tagToRow(tag);
      expect(row[3]).toBe(role);
      expect(row[6]).toBe('C');
      expect(tagFromRow(row)).toEqual(tag);
    }
    // An empty role on a column still reads as child-level records.
    const row = tagToRow(columnTag(3, 4, 12));
    row[3] = '';
    expect(tagFromRow(row)).toMatchObject({ kind: 'column', role: 'records' });
  });

  it('are made by createColumnTag with a role, header as label, comparator rows in range', () => {
    const made = createColumnTag(monthly, 'C', { measureId: 'S01', role: 'value', existingIds: new Set() });
    expect('tag' in made && made.tag).toMatchObject({
      kind: 'column',
      role: 'value',
      column: 3,
      firstRow: 4,
      lastRow: 12,
      label: '% with 3+ placements',
    });
    const records = createColumnTag(monthly, 'C', { measureId: 'S01', existingIds: new Set() });
    expect('tag' in records && records.tag.role).toBe('records');
  });

  it('are refused when there is no column of periods to the left, naming sheet and column', () => {
    const grid = handGrid(
      [
        ['Team', 'Caseload', 'Month'],
        ['North', 18, 'Apr-24'],
        ['South', 21, 'May-24'],
      ],
      { name: 'Teams' },
    );
    const refused = createColumnTag({ grid, column: 'B', measureId: 'W01', role: 'value' });
    expect(refused).toEqual({
      error:
        "Cannot tag column B of 'Teams' as a series: no column of periods found left of column B of 'Teams' in rows 2-3",
    });
    // The same column as child-level records is fine.
    expect('tag' in createColumnTag({ grid, column: 'B', measureId: 'W01' })).toBe(true);
  });
});
