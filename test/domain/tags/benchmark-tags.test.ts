// Tagging benchmarks: the tag sheet keeps them (roles, a block's last row, a long table's details), and
// the refusals keep a wrong tag out, each naming the sheet, the column or rows, and what to do.
import { readDetails, tagFromRow, tagToRow } from '../../../src/domain/tags/codec';
import { createBenchmarkRowTag, createLongTableTag } from '../../../src/domain/tags/createBenchmark';
import type { ColumnTag, RowTag } from '../../../src/domain/tags/types';
import { gridOf } from '../../fixtures';
import { LAIT, SN_TABLE, TIDY, benchmarkWorkbook, tidyWorkbook } from '../../fixtures/benchmarks';

const areas = benchmarkWorkbook();
const lait = gridOf(areas, LAIT.sheet);
const sn = gridOf(areas, SN_TABLE.sheet);
const tidy = gridOf(tidyWorkbook(), TIDY.sheet);
const made = { id: 't-1', created: '2025-01-01T00:00:00Z' };

function long(o: Partial<Parameters<typeof createLongTableTag>[0]>) {
  return createLongTableTag({
    grid: tidy,
    column: 14,
    measureId: 'C02',
    role: 'value',
    periodColumn: 'time_period',
    ...made,
    ...o,
  });
}

describe('the tag sheet keeps benchmark tags', () => {
  it('round-trips a block of peers (its last row in column I) and a named comparator', () => {
    const peers = createBenchmarkRowTag({
      grid: sn,
      row: 4,
      lastRow: 14,
      measureId: 'S05',
      role: 'peers',
      ...made,
    });
    const named = createBenchmarkRowTag({
      grid: sn,
      row: 16,
      measureId: 'S05',
      role: 'comparator',
      name: 'The North East',
      ...made,
    });
    for (const r of [peers, named]) {
      if ('error' in r) throw new Error(r.error);
      expect(tagFromRow(tagToRow(r.tag))).toEqual(r.tag);
    }
    expect(tagToRow((peers as { tag: RowTag }).tag)[8]).toBe(14);
    expect(tagToRow((named as { tag: RowTag }).tag)[12]).toBe('{"name":"The North East"}');
  });

  it("round-trips a long table's period column, filters and `by`", () => {
    const r = long({
      role: 'peers',
      where: [
        { column: 'geographic_level', values: ['Local authority'] },
        { column: 'L', values: [TIDY.eet] },
      ],
      by: 'la_name',
    });
    if ('error' in r) throw new Error(r.error);
    expect(r.tag.details).toEqual({
      periodColumn: { column: 'A', header: 'time_period' },
      where: [
        { column: 'C', header: 'geographic_level', values: ['Local authority'] },
        { column: 'L', header: 'characteristic', values: [TIDY.eet] },
      ],
      by: { column: 'J', header: 'la_name' },
    });
    expect(tagFromRow(tagToRow(r.tag))).toEqual(r.tag);
  });

  it('reads roles ignoring case, as an officer may type them on the sheet', () => {
    const t = tagFromRow([
      't-2',
      'row',
      'S05',
      'StatNeighbours',
      'SN benchmarking',
      15,
      '',
      '',
      '',
      '',
      'SN average',
      '',
    ]);
    expect((t as RowTag).role).toBe('statNeighbours');
  });

  it.each([
    ['{"periodColumn":"A"}', /the period column is not a column/],
    ['{"periodColumn":{"column":"A1","header":"x"}}', /has no column letter/],
    ['{"periodColumn":{"column":"A"},"where":[]}', /'where' is not a list of filters/],
    [
      '{"periodColumn":{"column":"A"},"where":[{"column":"B","values":[]}]}',
      /filter 1 has no values to keep/,
    ],
    ['{"where":[{"column":"B","values":["x"]}]}', /filters and 'by' need a period column/],
    ['{"name":"  "}', /the comparator name is empty/],
  ])('refuses details %s (the row is kept as broken)', (json, message) => {
    expect(readDetails(json)).toMatch(message);
    const row = tagFromRow([
      't-3',
      'column',
      'C02',
      'value',
      TIDY.sheet,
      '',
      'N',
      4,
      113,
      '',
      'percentage',
      '',
      json,
    ]);
    expect(typeof row).toBe('string');
  });
});

describe('refusals of area-table benchmarks', () => {
  it('asks a named comparator for its name, and no name of any other role', () => {
    expect(
      createBenchmarkRowTag({ grid: sn, row: 16, measureId: 'S05', role: 'comparator', ...made }),
    ).toEqual({
      error: `Cannot tag row 16 of 'SN benchmarking': a named comparator needs a name (--name "All children in the county")`,
    });
    expect(
      createBenchmarkRowTag({
        grid: sn,
        row: 17,
        measureId: 'S05',
        role: 'england',
        name: 'England',
        ...made,
      }),
    ).toEqual({
      error: "Cannot tag row 17 of 'SN benchmarking': a name goes with role comparator, not england",
    });
  });

  it('takes a block of rows for peers only, and only when it holds an authority', () => {
    expect(
      createBenchmarkRowTag({ grid: sn, row: 4, lastRow: 14, measureId: 'S05', role: 'england', ...made }),
    ).toEqual({
      error: "Cannot tag rows 4-14 of 'SN benchmarking' as england: a block of rows is for peers only",
    });
    expect(
      createBenchmarkRowTag({
        grid: lait,
        row: LAIT.englandRow,
        lastRow: LAIT.englandRow + 9,
        measureId: 'C02',
        role: 'peers',
        ...made,
      }),
    ).toEqual({
      error: `Cannot tag rows 5-14 of '${LAIT.sheet}' as peers: none of them is an authority's row of figures`,
    });
    expect(
      createBenchmarkRowTag({ grid: sn, row: 4, lastRow: 99, measureId: 'S05', role: 'peers', ...made }),
    ).toEqual({
      error:
        "Cannot tag rows 4-99 of 'SN benchmarking': they are not a range of the sheet's data (rows 1-17)",
    });
  });

  it('refuses the header or a title row as any tagged row is refused', () => {
    const r = createBenchmarkRowTag({
      grid: lait,
      row: LAIT.headerRow,
      measureId: 'C02',
      role: 'england',
      ...made,
    });
    expect('error' in r && r.error).toMatch(/it is a header row/);
  });
});

describe('refusals of long-table tags', () => {
  const EET = { column: 'characteristic', values: [TIDY.eet] };
  const sheet = `'${TIDY.sheet}'`;

  it('refuses a filter value no row holds, listing values it does hold', () => {
    expect(long({ where: [{ column: 'la_name', values: ['Anyshre'] }, EET] })).toEqual({
      error: `Cannot tag column N of ${sheet}: no row of column J ('la_name') in rows 4-113 is 'Anyshre' (it holds 'Anyshire', 'Darlington', 'Gateshead', 'Hartlepool', 'Middlesbrough', 'Redcar and Cleveland'...)`,
    });
  });

  it('refuses filters that together keep no row', () => {
    expect(
      long({
        where: [
          { column: 'la_name', values: ['Anyshire'] },
          { column: 'geographic_level', values: ['National'] },
        ],
      }),
    ).toEqual({
      error: `Cannot tag column N of ${sheet}: no row in rows 4-113 has la_name = Anyshire and geographic_level = National`,
    });
  });

  it('refuses a column of periods that holds none', () => {
    expect(
      long({ periodColumn: 'la_name', where: [{ column: 'la_name', values: ['Anyshire'] }, EET] }),
    ).toMatchObject({
      error: expect.stringMatching(
        /column J \('la_name'\) holds no periods the add-in reads in the rows kept/,
      ),
    });
  });

  it('refuses `by` on a role other than peers', () => {
    expect(long({ by: 'la_name', where: [EET] })).toEqual({
      error: `Cannot tag column N of ${sheet}: --by makes each of its values one peer: it goes with role peers, not value`,
    });
  });

  it('refuses two indicators in one series, naming the column that tells them apart', () => {
    expect(long({ where: [{ column: 'la_name', values: ['Anyshire'] }] })).toMatchObject({
      error: expect.stringMatching(
        /rows 8 and 9 both give 2019\/20 with la_name = Anyshire; they differ in column L \('characteristic': 'In education, employment or training' \/ 'In suitable accommodation'\): filter on it for the one wanted/,
      ),
    });
  });

  it('refuses a column that is not in the table and a header it does not have', () => {
    expect(long({ periodColumn: 'period', where: [EET] })).toMatchObject({
      error: expect.stringMatching(
        /the column of periods: no column of row 3 is headed 'period' \(the headers are time_period, /,
      ),
    });
    expect(long({ column: 40 })).toEqual({
      error: `Cannot tag column AN of ${sheet}: it is outside the sheet's data`,
    });
  });

  it('takes a filter of several values (a|b) and runs from under the header to the last filled row', () => {
    const r = long({
      role: 'peers',
      where: [{ column: 'la_name', values: ['Darlington', 'Gateshead'] }, EET],
      by: 'la_name',
    });
    if ('error' in r) throw new Error(r.error);
    expect(r.tag as ColumnTag).toMatchObject({
      firstRow: 4,
      lastRow: 113,
      label: 'percentage',
      role: 'peers',
    });
    expect(r.tag.details?.where?.[0].values).toEqual(['Darlington', 'Gateshead']);
  });
});
