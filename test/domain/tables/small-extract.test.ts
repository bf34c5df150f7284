/**
 * The small SSDA903 extract (test/fixtures/ssda903-small.ts) through the whole pipeline: every figure worked
 * out by hand here, and every check at source with its cell.
 */
import { defaultFramework } from '../../../src/domain/framework';
import type { SheetGrid } from '../../../src/domain/grid';
import { analyse, type Analysis } from '../../../src/domain/pipeline';
import { createTableTag } from '../../../src/domain/tables/create';
import type { TableSource } from '../../../src/domain/tables/types';
import type { MeasureFigures } from '../../../src/domain/calc/types';
import type { TableTag } from '../../../src/domain/tags/types';
import { buildSummaryModel } from '../../../src/domain/summary/model';
import { DERIVED_DEFINITIONS } from '../../../src/domain/tables/definitions';
import { gridOf } from '../../fixtures/grid';
import { SMALL_903_AS_AT, SMALL_REVIEWS_RANGE, small903Workbook } from '../../fixtures/ssda903-small';

const TABLES: readonly [string, TableSource, string?][] = [
  ['Header', 'header'],
  ['Episodes', 'episodes'],
  ['Missing', 'missing'],
  ['OC2', 'oc2'],
  ['OC3', 'oc3'],
  ['Reviews', 'reviews', SMALL_REVIEWS_RANGE],
];

function run(asAt = SMALL_903_AS_AT, framework = defaultFramework()): Analysis {
  const wb = small903Workbook();
  const grids = new Map<string, SheetGrid>();
  const tags: TableTag[] = [];
  TABLES.forEach(([sheet, source, range], i) => {
    const grid = gridOf(wb, sheet);
    grids.set(sheet, grid);
    const made = createTableTag({
      grid,
      source,
      ...(range ? { range } : {}),
      id: `t-${i}`,
      created: '2025-04-01T09:00:00Z',
    });
    if ('error' in made) throw new Error(made.error);
    tags.push(made.tag);
  });
  return analyse({
    framework,
    tags,
    brokenTagRows: [],
    tagSheetName: 'PMF Tags',
    grids,
    sheetNames: [...grids.keys()],
    asAt,
  });
}

const analysis = run();
const fig = (id: string): MeasureFigures => {
  const f = analysis.figures.find((x) => x.measureId === id);
  if (!f) throw new Error(`no figures for ${id}`);
  return f;
};
const round = (n: number | null | undefined) =>
  n === null || n === undefined ? n : Math.round(n * 100) / 100;
const latest = (id: string) => {
  const l = fig(id).latest;
  return l && [l.period, round(l.value), l.numerator, l.denominator];
};
const previous = (id: string) => {
  const p = fig(id).previous;
  return p && [p.period, round(p.value), p.numerator, p.denominator];
};

describe('the small 903 extract, as at 31 March 2025', () => {
  it('children looked after: D02 7 (C01, C02, C03, C05, C10, C11, C12), 5 a year before', () => {
    // 31 Mar 2025: C04 and C09 ceased, C06 is on a short break (V4), C07 ceased in 2023; C13-C15 are errors.
    // 31 Mar 2024: C01, C02 (S Jan 2024), C05, C09 (S Oct 2023), C11 (S Mar 2024).
    expect(latest('D02')).toEqual(['2024/25', 7, null, null]);
    expect(previous('D02')).toEqual(['2023/24', 5, null, null]);
    expect(fig('D02').change).toBe(2);
  });

  it('started (D03): C03, C04, C10, C12 (C06 is a short break); 2023/24: C02, C09, C11', () => {
    expect(latest('D03')).toEqual(['2024/25', 4, null, null]);
    expect(previous('D03')).toEqual(['2023/24', 3, null, null]);
  });

  it('ceased (D04): C04 (E11) and C09 (E13), never an X1; none in 2023/24 (C07 ceased March 2023)', () => {
    expect(latest('D04')).toEqual(['2024/25', 2, null, null]);
    expect(previous('D04')).toEqual(['2023/24', 0, null, null]);
  });

  it('foster (P01) 3 of 7 (C01, C03, C11; C10 is counted in K2, its later episode); parents (P03) 1 of 7', () => {
    expect(latest('P01')).toEqual(['2024/25', 42.86, 3, 7]);
    expect(previous('P01')).toEqual(['2023/24', 80, 4, 5]);
    expect(latest('P03')).toEqual(['2024/25', 14.29, 1, 7]);
    expect(previous('P03')).toEqual(['2023/24', 20, 1, 5]);
  });

  it('three or more placements (S01): C02 alone (S, P, B count; L, T, U do not) of 7; none in 2023/24', () => {
    expect(latest('S01')).toEqual(['2024/25', 14.29, 1, 7]);
    expect(previous('S01')).toEqual(['2023/24', 0, 0, 5]);
  });

  it('missing: 4 children (C03 3, C05 1, C10 5, C11 2) went missing 11 times; away incidents apart', () => {
    expect(latest('M01')).toEqual(['2024/25', 4, null, null]);
    expect(latest('M02')).toEqual(['2024/25', 11, null, null]);
    expect(latest('M03')).toEqual(['2024/25', 2.75, 11, 4]);
    expect(latest('M04')).toEqual(['2024/25', 50, 2, 4]);
    // The most frequently missing tenth: ceil(0.4) = 1 child, C10 with 5 of 11.
    expect(latest('M05')).toEqual(['2024/25', 45.45, 5, 11]);
    // The missing table holds only 2024/25 (C01's March 2024 incident does not reach back past 1 April 2023).
    expect(fig('M02').previous).toBeNull();
  });

  it('says plainly who went missing, and how many away incidents were counted apart', () => {
    const sentence =
      '4 children went missing 11 times; 2 of them three or more times; the most frequently missing child ' +
      'accounts for 45% of incidents. 3 away incidents are not counted as missing.';
    for (const id of ['M04', 'M05']) {
      expect(fig(id).notes.map((n) => n.text)).toContain(sentence);
      expect(fig(id).repeatMissing).toMatchObject({
        period: '2024/25',
        children: 4,
        incidents: 11,
        threeOrMore: 2,
        topChildren: 1,
        topIncidents: 5,
        away: 3,
        text: sentence,
      });
    }
    expect(fig('M02').notes.map((n) => n.text)).toContain('3 away incidents are not counted as missing.');
    expect(fig('M04').records).toMatchObject({ count: 4, total: 11, median: 2.5, shareAtLeast3: 50 });
  });

  it('health (OC2): H01 4 of 5, H02 3 of 5, H03 4 of 5; SDQ of C01 18, C02 12, C11 25 (C05 is 3, C03 45)', () => {
    expect(latest('H01')).toEqual(['2024/25', 80, 4, 5]);
    expect(latest('H02')).toEqual(['2024/25', 60, 3, 5]);
    expect(latest('H03')).toEqual(['2024/25', 80, 4, 5]);
    expect(latest('H06')).toEqual(['2024/25', 18.33, 55, 3]);
    expect(latest('H07')).toEqual(['2024/25', 66.67, 2, 3]);
  });

  it('convicted (O01): C01 of C01, C11, C03 (aged 10 or over)', () => {
    expect(latest('O01')).toEqual(['2024/25', 33.33, 1, 3]);
  });

  it('care leavers (OC3): 19-21 are L1, L2, L3, L9 (L4 died, L5 returned home); 17-18 are L6, L7, L8', () => {
    expect(latest('C01')).toEqual(['2024/25', 50, 2, 4]);
    expect(latest('C02')).toEqual(['2024/25', 25, 1, 4]);
    expect(latest('C03')).toEqual(['2024/25', 50, 2, 4]);
    expect(latest('C04')).toEqual(['2024/25', 66.67, 2, 3]);
    expect(latest('C05')).toEqual(['2024/25', 33.33, 1, 3]);
  });

  it('reviews (V01): PN1-PN6 took part (6) of PN1-PN7 (8); PN0 and the March 2024 review left out', () => {
    expect(latest('V01')).toEqual(['2024/25', 75, 6, 8]);
  });

  it('names the table each figure is derived from, and links to its header', () => {
    expect(fig('S01').notes.map((n) => n.text)).toContain(
      'Derived from the 903 episodes table (Episodes!A1:M24).',
    );
    expect(fig('S01').derivedFrom).toEqual({
      source: 'episodes',
      sheet: 'Episodes',
      range: 'A1:M24',
      text: 'the 903 episodes table (Episodes!A1:M24)',
    });
    expect(fig('V01').derivedFrom?.range).toBe('A3:D13');
    expect(fig('S01').source).toMatchObject({ sheet: 'Episodes', address: 'A1' });
    expect(fig('S01').tagIds).toEqual(['t-1']);
  });

  it('works out D01 (per 10,000) from the derived D02 when the population is set', () => {
    const fw = { ...defaultFramework(), population: 35000 };
    const wb = small903Workbook();
    const grid = gridOf(wb, 'Episodes');
    const made = createTableTag({ grid, source: 'episodes', id: 't-e', created: 'x' });
    if ('error' in made) throw new Error(made.error);
    const a = analyse({
      framework: fw,
      tags: [made.tag],
      brokenTagRows: [],
      tagSheetName: 'PMF Tags',
      grids: new Map([['Episodes', grid]]),
      sheetNames: ['Episodes'],
      asAt: SMALL_903_AS_AT,
    });
    expect(a.figures.find((f) => f.measureId === 'D01')?.latest?.value).toBeCloseTo(2, 6);
  });
});

describe('the summary of the small extract', () => {
  const framework = { ...defaultFramework(), population: 35000 };
  const model = buildSummaryModel({
    framework,
    figures: run(SMALL_903_AS_AT, framework).figures,
    findings: [],
    asAt: SMALL_903_AS_AT,
    producedAt: '2025-04-10T09:00:00Z',
    workbookName: 'return.xlsx',
  });
  const need = <T>(found: T | undefined, what: string): T => {
    if (found === undefined) throw new Error(`no ${what} on the summary`);
    return found;
  };
  const rowOf = (id: string) =>
    need(
      model.sections.flatMap((s) => s.rows).find((r) => r.measure.id === id),
      `row for ${id}`,
    );
  const definitionOf = (id: string) =>
    need(
      model.definitions.find((m) => m.id === id),
      `definition of ${id}`,
    );

  it("says who went missing in M04's and M05's sentences, away incidents apart", () => {
    const who =
      '4 children went missing 11 times; 2 of them three or more times; the most frequently missing child ' +
      'accounts for 45% of incidents. 3 away incidents are not counted as missing.';
    expect(rowOf('M04').sentence).toBe(
      `2 of 4 children who went missing (50.0%) in 2024/25. ${who} Small numbers: each one moves the percentage by about 25 points.`,
    );
    expect(rowOf('M05').sentence).toContain(`in 2024/25. ${who}`);
    expect(rowOf('M02').sentence).toBe('11 incidents in 2024/25.');
  });

  it('defines each derived figure as the add-in worked it out, naming its table; others as the catalogue', () => {
    expect(definitionOf('S01').definition).toBe(DERIVED_DEFINITIONS.S01);
    expect(definitionOf('S01').dataSource).toMatch(
      /^Worked out by the add-in from the 903 episodes table \(Episodes!A1:M24\), by the definition beside it/,
    );
    expect(definitionOf('V01').dataSource).toContain('the 903 reviews table (Reviews!A3:D13)');
    // D01 is worked out from D02 and the population, not read from a table: the catalogue's definition.
    const d01 = framework.measures.find((m) => m.id === 'D01');
    expect(rowOf('D01').figures.derivedFrom).toBeUndefined();
    expect(definitionOf('D01')).toBe(d01);
  });
});

describe('the checks at source on the small extract', () => {
  const byRule = (id: string) => analysis.findings.filter((f) => f.ruleId === id);

  it('reports each error with its cell, and says the row is left out of every figure', () => {
    const date = byRule('table-unreadable-date');
    expect(date).toHaveLength(1);
    expect(date[0]).toMatchObject({ severity: 'error', cell: { sheet: 'Episodes', address: 'B21' } });
    expect(date[0].message).toContain(
      "1 row of the 903 episodes table on Episodes has a DECOM that cannot be read as a date: '31/02/2024' (B21)",
    );
    expect(date[0].message).toContain('left out of every figure');

    const dec = byRule('table-dec-before-decom');
    expect(dec).toHaveLength(1);
    expect(dec[0].cell?.address).toBe('H22');
    expect(dec[0].message).toContain('H22 (DEC 1 May 2024, DECOM 1 Jun 2024)');

    const codes = byRule('table-code-outside-list');
    expect(codes.map((f) => [f.cell?.sheet, f.cell?.address])).toEqual([
      ['Episodes', 'F23'],
      ['Missing', 'C17'],
    ]);
    expect(codes[0].message).toContain('PLACE that is not a 903 code');
    expect(codes[0].message).toContain("'Q9' (F23)");
    expect(codes[1].message).toContain(
      "MISSING that is not a 903 code (M or A ('Missing', 'Absent' or 'Away')): 'X' (C17)",
    );
  });

  it('counts an exact copy once and reports it', () => {
    const dup = byRule('table-duplicate-row');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: 'warning', cell: { sheet: 'Episodes', address: 'A24' } });
    expect(dup[0].message).toContain('row 24 (copy of row 9, A24)');
  });

  it('warns of overlapping episodes, a child with no header row, OC2 outside the cohort, an SDQ out of range', () => {
    const overlap = byRule('table-overlapping-episodes');
    expect(overlap).toHaveLength(1);
    expect(overlap[0].cell?.address).toBe('A17');
    expect(overlap[0].message).toContain(
      'C10 (rows 16 and 17: the second began 1 Feb 2025, before the first ceased)',
    );

    const header = byRule('table-child-without-header');
    expect(header).toHaveLength(1);
    expect(header[0].cell?.address).toBe('A20');
    expect(header[0].message).toContain('C12 (row 20)');

    const cohort = byRule('table-oc2-outside-cohort');
    expect(cohort).toHaveLength(1);
    expect(cohort[0]).toMatchObject({ severity: 'warning', cell: { sheet: 'OC2', address: 'A6' } });
    expect(cohort[0].message).toContain('from 1 Apr 2024 to 31 Mar 2025');
    expect(cohort[0].message).toContain('C03 (row 6)');

    const sdq = byRule('table-sdq-out-of-range');
    expect(sdq).toHaveLength(1);
    expect(sdq[0].cell?.address).toBe('C6');
    expect(sdq[0].message).toContain('left out of H06 and H07');
  });

  it('reports nothing else about the tables', () => {
    const tableRules = new Set(
      analysis.findings.filter((f) => f.ruleId.startsWith('table-')).map((f) => f.ruleId),
    );
    expect([...tableRules].sort()).toEqual([
      'table-child-without-header',
      'table-code-outside-list',
      'table-dec-before-decom',
      'table-duplicate-row',
      'table-oc2-outside-cohort',
      'table-overlapping-episodes',
      'table-sdq-out-of-range',
      'table-unreadable-date',
    ]);
  });
});

describe('the small extract at another as-at date', () => {
  it('works out the 12 months to 30 September 2024 (and no year before: the extract reaches back to March 2023)', () => {
    const a = run('2024-09-30');
    const d02 = a.figures.find((f) => f.measureId === 'D02');
    // 30 Sep 2024: C01, C02 (T from 1 Sep), C03, C04 (S Aug 2024, ceased Dec), C05, C11 = 6; C09 ceases
    // that day, so it is not open on it.
    expect(d02?.latest).toMatchObject({
      period: '12 months to 2024-09-30',
      label: '12 months to 30 Sep 2024',
      value: 6,
    });
    // The year to 30 Sep 2023 began 1 Oct 2022, before the earliest DEC (15 Mar 2023): not covered.
    expect(d02?.previous).toBeNull();
  });

  it('works out nothing for a year the table holds nothing dated in, and says so', () => {
    const a = run('2027-03-31');
    // Only the years the tables reach: 2024/25 is the latest, and stale at 31 March 2027.
    const m02 = a.figures.find((f) => f.measureId === 'M02');
    expect(m02?.latest).toMatchObject({ period: '2024/25', value: 11 });
    expect(m02?.notes.map((n) => n.code)).toContain('stale');
    const stale = a.findings.filter((f) => f.ruleId === 'table-stale');
    expect(stale.map((f) => f.cell?.sheet).sort()).toEqual(['Episodes', 'Missing', 'Reviews']);
    expect(stale.find((f) => f.cell?.sheet === 'Missing')?.message).toBe(
      "The 903 missing table holds nothing dated in 2026/27 (its latest date is 31 Mar 2025), so no figures for 2026/27 are worked out from it. Paste this year's extract, or check the as-at date.",
    );
  });
});
