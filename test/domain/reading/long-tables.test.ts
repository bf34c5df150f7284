// Long (tidy) tables as the DfE's Explore Education Statistics files give them: periods with their time
// identifier, filters, markers, two indicators in one table, one series per area for peers, and the shape the
// pane recognises from one selected value.
import { parseTimePeriod } from '../../../src/domain/periods/timePeriod';
import { readLongTable } from '../../../src/domain/series/long';
import { recogniseLongTable } from '../../../src/domain/layout/longTableShape';
import { createLongTableTag } from '../../../src/domain/tags/createBenchmark';
import type { ComparatorRole, LongTableTag, RowRole } from '../../../src/domain/tags/types';
import { gridOf, handGrid } from '../../fixtures';
import {
  TIDY,
  TIDY_ANYSHIRE_EET,
  TIDY_EET_2024,
  TIDY_LAST_ROW,
  tidyWorkbook,
} from '../../fixtures/benchmarks';

const grid = gridOf(tidyWorkbook(), TIDY.sheet);
const N = 14; // column N: percentage

function tag(o: {
  role?: RowRole | ComparatorRole;
  where?: { column: string; values: string[] }[];
  by?: string;
}): LongTableTag {
  const made = createLongTableTag({
    grid,
    column: N,
    measureId: 'C02',
    role: o.role ?? 'value',
    periodColumn: 'time_period',
    where: o.where ?? [],
    ...(o.by ? { by: o.by } : {}),
    id: 't-1',
    created: '2025-01-01T00:00:00Z',
  });
  if ('error' in made) throw new Error(made.error);
  return made.tag as LongTableTag;
}

const EET = { column: 'characteristic', values: [TIDY.eet] };

describe('periods of a long table', () => {
  it.each([
    [202324, 'Financial year', '2023/24'],
    ['202324', 'Academic year', 'AY 2023/24'],
    [2024, 'Reporting year', '2023/24'],
    [2024, 'Calendar year', '2024'],
    [202425, 'Financial year Q2', '2024/25 Q2'],
    [2024, 'Calendar year Q1', '2023/24 Q4'],
    [2025, 'March', '2025-03'],
    ['202324', '', '2023/24'],
    ['2023/24', undefined, '2023/24'],
    ['Mar-25', undefined, '2025-03'],
  ])('%p with %p is %p', (value, identifier, key) => {
    expect(parseTimePeriod(value, 'General', identifier)?.key).toBe(key);
  });

  it('refuses what is not a period the add-in reads: terms, weeks, spans that do not follow on', () => {
    expect(parseTimePeriod(202324, 'General', 'Autumn term')).toBeNull();
    expect(parseTimePeriod('202326', 'General', 'Financial year')).toBeNull();
    expect(parseTimePeriod('', 'General', 'Financial year')).toBeNull();
  });
});

describe('reading a long table', () => {
  it("keeps the rows every filter holds for, as a series of our area's values by period", () => {
    const read = readLongTable(tag({ where: [{ column: 'la_name', values: ['Anyshire'] }, EET] }), grid);
    expect(read.label).toBe('percentage');
    expect(read.headerRow).toBe(TIDY.headerRow);
    expect(read.groups).toHaveLength(1);
    const obs = read.groups[0].observations;
    expect(obs.periods.map((p) => p.key)).toEqual(['2019/20', '2020/21', '2021/22', '2022/23', '2023/24']);
    expect(obs.map((o) => o.value)).toEqual([...TIDY_ANYSHIRE_EET]);
    expect(obs.header(4)).toBe('2024 Reporting year');
  });

  it('reads the markers of statistics files as suppressed: c, x, u, NA and : (and low)', () => {
    const read = readLongTable(
      tag({
        role: 'peers',
        where: [{ column: 'geographic_level', values: ['Local authority'] }, EET],
        by: 'la_name',
      }),
      grid,
    );
    const area = (name: string) => read.groups.find((g) => g.name === name)!.observations;
    expect(area('Hartlepool').read(4)).toEqual({ kind: 'missing', reason: 'suppressed', raw: 'c' });
    expect(area('Doncaster').read(4)).toEqual({ kind: 'missing', reason: 'suppressed', raw: 'x' });
    expect(area('Middlesbrough').read(1)).toEqual({ kind: 'missing', reason: 'suppressed', raw: 'u' });
    expect(area('Gateshead').read(0)).toEqual({ kind: 'missing', reason: 'suppressed', raw: 'NA' });
    const accommodation = readLongTable(
      tag({
        role: 'england',
        where: [
          { column: 'geographic_level', values: ['National'] },
          { column: 'characteristic', values: [TIDY.accommodation] },
        ],
      }),
      grid,
    );
    expect(accommodation.groups[0].observations.read(0)).toEqual({
      kind: 'missing',
      reason: 'suppressed',
      raw: ':',
    });
  });

  it('makes one series per value of `by` (each area a peer), leaving out areas tagged otherwise', () => {
    const t = tag({
      role: 'peers',
      where: [{ column: 'geographic_level', values: ['Local authority'] }, EET],
      by: 'la_name',
    });
    const all = readLongTable(t, grid);
    expect(all.groups.map((g) => g.name)).toEqual(['Anyshire', ...TIDY.neighbours]);
    const peers = readLongTable(t, grid, { exclude: new Set(['anyshire']) });
    expect(peers.groups.map((g) => g.name)).toEqual([...TIDY.neighbours]);
    const latest = Object.fromEntries(peers.groups.map((g) => [g.name, g.observations.value(4)]));
    expect(latest).toEqual(
      Object.fromEntries(
        TIDY.neighbours.map((n) => [n, typeof TIDY_EET_2024[n] === 'number' ? TIDY_EET_2024[n] : null]),
      ),
    );
  });

  it('says so when the filters let two indicators through: the first row of each period is read', () => {
    // Tagged with the indicator filter, then read as if the filter were gone (the file changed under it).
    const t = tag({ where: [{ column: 'la_name', values: ['Anyshire'] }, EET] });
    const loose: LongTableTag = { ...t, details: { ...t.details, where: [t.details.where![0]] } };
    const read = readLongTable(loose, grid);
    expect(read.groups[0].observations.length).toBe(5);
    expect(read.notes.filter((n) => n.code === 'duplicatePeriod')).toHaveLength(5);
    expect(read.notes[0].message).toMatch(
      /rows \d+ and \d+ both give 2019\/20; the first is read\. Add a filter/,
    );
  });

  it('finds its columns again by their headers when columns are inserted before them', () => {
    const t = tag({ where: [{ column: 'la_name', values: ['Anyshire'] }, EET] });
    const shifted = handGrid(
      grid.values.map((line, i) => (i === 0 ? ['', ...line] : ['', ...line])),
      {
        name: grid.name,
        top: grid.top,
      },
    );
    const read = readLongTable(t, shifted, { column: N + 1 });
    expect(read.groups[0].observations.map((o) => o.value)).toEqual([...TIDY_ANYSHIRE_EET]);
  });

  it('says which column it cannot find any more, and reads nothing rather than guess', () => {
    const t = tag({ where: [{ column: 'la_name', values: ['Anyshire'] }, EET] });
    const renamed = handGrid(
      grid.values.map((line, i) =>
        grid.top + i === TIDY.headerRow ? line.map((v) => (v === 'la_name' ? 'authority' : v)) : line,
      ),
      { name: grid.name, top: grid.top },
    );
    const read = readLongTable(t, renamed);
    expect(read.groups).toEqual([]);
    expect(read.notes[0].message).toMatch(
      /the filter column headed 'la_name' \(column J when tagged\) is not in row 3/,
    );
  });
});

describe('recognising a long table from a selected value', () => {
  // The selected cell: Anyshire's EET percentage for 2024.
  const anyshire2024 = (() => {
    for (let r = TIDY.firstRow; r <= TIDY_LAST_ROW; r++) {
      const line = grid.values[r - grid.top];
      if (line[0] === 2024 && line[9] === 'Anyshire' && line[11] === TIDY.eet) return r;
    }
    throw new Error('no row');
  })();
  const shape = recogniseLongTable(grid, anyshire2024, N)!;

  it('finds the columns of periods and areas, and our area from the selected row', () => {
    expect(shape).toMatchObject({
      headerRow: 3,
      firstRow: 4,
      lastRow: TIDY_LAST_ROW,
      valueHeader: 'percentage',
      periodColumn: 'time_period',
      periodCount: 5,
      areaColumn: 'la_name',
      ourRegion: 'North East',
    });
    expect(shape.ourArea).toEqual({
      name: 'Anyshire',
      kind: 'authority',
      where: [
        { column: 'geographic_level', values: ['Local authority'] },
        { column: 'la_name', values: ['Anyshire'] },
        { column: 'characteristic', values: [TIDY.eet] },
      ],
    });
  });

  it('lists every area with its kind: England and the region from their level, not from a word in a name', () => {
    expect(shape.areas.map((a) => [a.name, a.kind])).toEqual([
      ['England', 'england'],
      ['North East', 'region'],
      ['Anyshire', 'authority'],
      ...TIDY.neighbours.map((n) => [n, 'authority']),
    ]);
    expect(shape.areas[0].where).toEqual([
      { column: 'geographic_level', values: ['National'] },
      { column: 'country_name', values: ['England'] },
      { column: 'characteristic', values: [TIDY.eet] },
    ]);
  });

  it('is not a long table when there is no column of repeating periods', () => {
    const wide = handGrid([
      ['Indicator', '2022/23', '2023/24'],
      ['EET', 55, 58],
      ['Accommodation', 86, 88],
      ['In touch', 90, 92],
    ]);
    expect(recogniseLongTable(wide, 3, 3)).toBeUndefined();
  });
});
