import { computeFigures } from './figures';
import type { Series } from '../series/types';
import type { Framework } from '../framework/types';
import { framework, measure, recordSeries, rowSeries } from '../../../test/domain/builders';

const S01 = measure({
  id: 'S01',
  name: 'Children with three or more placements',
  unit: 'percent',
  polarity: 'lower',
});
const H01 = measure({ id: 'H01', name: 'Health assessments', unit: 'percent', polarity: 'higher' });

function one(fw: Framework, series: Series[], asAt = '2025-04-15') {
  const out = computeFigures({ framework: fw, series, asAt });
  expect(out).toHaveLength(1);
  return out[0];
}

function byId(fw: Framework, series: Series[], asAt = '2025-04-15') {
  return new Map(computeFigures({ framework: fw, series, asAt }).map((f) => [f.measureId, f]));
}

describe('latest, previous and change', () => {
  it('takes the newest value and the one before, with change in points and relative change', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', values: { '2025-01': 80, '2025-02': 84, '2025-03': 90 } }),
    ]);
    expect(f.latest).toMatchObject({ period: '2025-03', label: 'Mar-25', value: 90 });
    expect(f.previous).toMatchObject({ period: '2025-02', value: 84 });
    expect(f.change).toBe(6);
    expect(f.relativeChange).toBeCloseTo(7.142857, 5);
    expect(f.direction).toBe('improving');
    expect(f.source).toMatchObject({ sheet: 'Monthly PMF', address: 'E10' });
    expect(f.tagIds).toEqual(['t-H01-value-10']);
  });

  it('calls a fall improving for a lower-is-better measure', () => {
    const f = one(framework({ measures: [S01] }), [
      rowSeries({ measureId: 'S01', values: { '2025-02': 12, '2025-03': 9 } }),
    ]);
    expect(f.change).toBe(-3);
    expect(f.direction).toBe('improving');
  });

  it('calls a rise worsening for a lower-is-better measure', () => {
    const f = one(framework({ measures: [S01] }), [
      rowSeries({ measureId: 'S01', values: { '2025-02': 9, '2025-03': 12 } }),
    ]);
    expect(f.direction).toBe('worsening');
  });

  it('calls a percentage change within the band (points) stable', () => {
    const f = one(framework({ measures: [H01], defaults: { stableBand: 1 } }), [
      rowSeries({ measureId: 'H01', values: { '2025-02': 80, '2025-03': 80.8 } }),
    ]);
    expect(f.direction).toBe('stable');
  });

  it('judges counts against a relative band: 1% of 200 is 2', () => {
    const m = measure({ id: 'V02', unit: 'count', polarity: 'higher', frequency: 'quarterly' });
    const fw = framework({ measures: [m] });
    const stable = one(fw, [
      rowSeries({ measureId: 'V02', values: { '2024/25 Q3': 200, '2024/25 Q4': 202 } }),
    ]);
    expect(stable.direction).toBe('stable');
    const up = one(fw, [rowSeries({ measureId: 'V02', values: { '2024/25 Q3': 200, '2024/25 Q4': 203 } })]);
    expect(up.direction).toBe('improving');
  });

  it('has no previous, change or direction with one period only', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', values: { '2025-03': 90 } }),
    ]);
    expect(f.latest?.value).toBe(90);
    expect(f.previous).toBeNull();
    expect(f.change).toBeNull();
    expect(f.relativeChange).toBeNull();
    expect(f.direction).toBeNull();
  });

  it('gives no relative change when the previous value is 0', () => {
    const m = measure({ id: 'M01', unit: 'count', polarity: 'lower' });
    const f = one(framework({ measures: [m] }), [
      rowSeries({ measureId: 'M01', values: { '2025-02': 0, '2025-03': 4 } }),
    ]);
    expect(f.change).toBe(4);
    expect(f.relativeChange).toBeNull();
    expect(f.direction).toBe('worsening');
  });

  it('reports a blank newest month as latestMissing and shows the newest available value with its period', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', values: { '2025-01': 80, '2025-02': 84, '2025-03': null } }),
    ]);
    expect(f.latest).toMatchObject({ period: '2025-02', value: 84 });
    expect(f.previous).toMatchObject({ period: '2025-01', value: 80 });
    const note = f.notes.find((n) => n.code === 'latestMissing');
    expect(note?.text).toContain('Mar-25');
    expect(note?.text).toContain('Feb-25');
    expect(f.trend).toEqual([80, 84, null]);
  });

  it('ignores blank columns for periods not yet ended at the as-at date', () => {
    const f = one(
      framework({ measures: [H01] }),
      [
        rowSeries({
          measureId: 'H01',
          values: { '2025-04': 80, '2025-05': 82, '2025-06': null, '2025-07': null },
        }),
      ],
      '2025-06-20',
    );
    expect(f.latest?.period).toBe('2025-05');
    expect(f.notes).toEqual([]);
    expect(f.trend).toEqual([80, 82]);
  });

  it('notes a suppressed latest period', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', values: { '2025-02': 84, '2025-03': 'c' } }),
    ]);
    expect(f.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['latestMissing', 'suppressed']));
  });

  it('skips a gap to find the previous value', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', values: { '2025-01': 70, '2025-02': 'TBC', '2025-03': 75 } }),
    ]);
    expect(f.previous).toMatchObject({ period: '2025-01', value: 70 });
  });

  it('finds the same period last year and the change on the year', () => {
    const values: Record<string, number> = {};
    for (let m = 1; m <= 12; m++) values[`2024-${String(m).padStart(2, '0')}`] = 50 + m;
    values['2025-01'] = 70;
    const f = one(framework({ measures: [H01] }), [rowSeries({ measureId: 'H01', values })], '2025-02-10');
    expect(f.sameLastYear).toMatchObject({ period: '2024-01', value: 51 });
    expect(f.changeOnYear).toBe(19);
    expect(f.trend).toHaveLength(12);
    expect(f.trend[0]).toBe(52);
    expect(f.trendPeriods[11].key).toBe('2025-01');
  });

  it('has no same period last year when the data does not reach back', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', values: { '2025-02': 1, '2025-03': 2 } }),
    ]);
    expect(f.sameLastYear).toBeNull();
    expect(f.changeOnYear).toBeNull();
  });

  it('ignores series whose sheet or row is gone, and measures with no usable series', () => {
    const out = computeFigures({
      framework: framework({ measures: [H01, S01] }),
      series: [rowSeries({ measureId: 'H01', values: { '2025-03': 1 }, state: { status: 'sheetGone' } })],
      asAt: '2025-04-15',
    });
    expect(out).toEqual([]);
  });

  it('uses a relocated (moved) row', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({
        measureId: 'H01',
        row: 14,
        values: { '2025-03': 60 },
        state: { status: 'moved', row: 14, from: 10 },
      }),
    ]);
    expect(f.latest?.value).toBe(60);
  });

  it('uses only the most common period kind when a row mixes months and a year column', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({
        measureId: 'H01',
        entries: [
          ['2025-01', 10],
          ['2025-02', 20],
          ['2025-03', 30],
          ['2024/25', 99],
        ],
      }),
    ]);
    expect(f.latest).toMatchObject({ period: '2025-03', value: 30 });
  });
});

describe('RAG against target', () => {
  const fwWith = (
    polarity: 'higher' | 'lower' | 'target' | 'contextual',
    target: number,
    tolerance?: number,
  ) =>
    framework({
      measures: [measure({ id: 'X01', unit: 'percent', polarity })],
      settings: { X01: { target, ...(tolerance !== undefined ? { tolerance } : {}) } },
    });
  const rag = (fw: Framework, v: number) =>
    one(fw, [rowSeries({ measureId: 'X01', values: { '2025-03': v } })]).rag;

  it('higher is better: green when met, amber within 5% of the target, red beyond', () => {
    const fw = fwWith('higher', 80);
    expect(rag(fw, 80)).toBe('green');
    expect(rag(fw, 76)).toBe('amber'); // 5% of 80 = 4
    expect(rag(fw, 75.9)).toBe('red');
  });

  it('lower is better mirrors it, with a per-measure tolerance', () => {
    const fw = fwWith('lower', 10, 20);
    expect(rag(fw, 9)).toBe('green');
    expect(rag(fw, 12)).toBe('amber');
    expect(rag(fw, 12.5)).toBe('red');
    expect(one(fw, [rowSeries({ measureId: 'X01', values: { '2025-03': 9 } })]).tolerance).toBe(20);
  });

  it("polarity 'target': green within tolerance either side, amber within twice it, red beyond", () => {
    const fw = fwWith('target', 100, 5);
    expect(rag(fw, 96)).toBe('green');
    expect(rag(fw, 104)).toBe('green');
    expect(rag(fw, 109)).toBe('amber');
    expect(rag(fw, 89)).toBe('red');
  });

  it("polarity 'target': direction compares the distance to the target", () => {
    const fw = fwWith('target', 50);
    const closer = one(fw, [rowSeries({ measureId: 'X01', values: { '2025-02': 60, '2025-03': 45 } })]);
    expect(closer.direction).toBe('improving');
    const further = one(fw, [rowSeries({ measureId: 'X01', values: { '2025-02': 52, '2025-03': 40 } })]);
    expect(further.direction).toBe('worsening');
  });

  it('contextual with a target: closeness RAG, no direction', () => {
    const fw = fwWith('contextual', 100, 5);
    const f = one(fw, [rowSeries({ measureId: 'X01', values: { '2025-02': 80, '2025-03': 108 } })]);
    expect(f.rag).toBe('amber');
    expect(f.direction).toBeNull();
  });

  it('no target, no RAG; the workbook target column is used when there is no setting', () => {
    const fw = framework({ measures: [H01] });
    expect(one(fw, [rowSeries({ measureId: 'H01', values: { '2025-03': 80 } })]).rag).toBeNull();
    const f = one(fw, [rowSeries({ measureId: 'H01', values: { '2025-03': 80 }, target: 90 })]);
    expect(f.target).toBe(90);
    expect(f.rag).toBe('red');
  });
});

describe('which target wins', () => {
  const S01t = (target?: number) =>
    framework({ measures: [S01], ...(target !== undefined ? { settings: { S01: { target } } } : {}) });

  it("the officer's framework setting wins over the sheet's Target column, and both are known", () => {
    const f = one(S01t(10), [
      rowSeries({ measureId: 'S01', row: 11, values: { '2025-03': 9.5 }, target: 9 }),
    ]);
    expect(f.target).toBe(10);
    expect(f.rag).toBe('green');
    expect(f.targetSource).toEqual({
      from: 'setting',
      sheet: { value: 9, cell: expect.objectContaining({ sheet: 'Monthly PMF', row: 11, address: 'D11' }) },
    });
  });

  it("without a setting the sheet's target is used, and says where it is", () => {
    const f = one(S01t(), [rowSeries({ measureId: 'S01', row: 11, values: { '2025-03': 9.4 }, target: 9 })]);
    expect(f.target).toBe(9);
    expect(f.rag).toBe('amber');
    expect(f.targetSource).toMatchObject({ from: 'sheet', sheet: { value: 9, cell: { address: 'D11' } } });
  });

  it('a setting alone is the source; no target at all has none', () => {
    expect(one(S01t(10), [rowSeries({ measureId: 'S01', values: { '2025-03': 9 } })]).targetSource).toEqual({
      from: 'setting',
    });
    expect(one(S01t(), [rowSeries({ measureId: 'S01', values: { '2025-03': 9 } })]).targetSource).toBeNull();
  });
});

describe('comparators', () => {
  const S01e = measure({
    id: 'S01',
    unit: 'percent',
    polarity: 'lower',
    england: { value: 10, year: '2024' },
  });

  it('uses the workbook England column, with gap and polarity-aware verdict', () => {
    const f = one(framework({ measures: [S01e] }), [
      rowSeries({ measureId: 'S01', values: { '2025-03': 8 }, england: 11, statNeighbours: 8.5, region: 6 }),
    ]);
    expect(f.comparators.england).toMatchObject({ value: 11, source: 'workbook', gap: -3, versus: 'better' });
    expect(f.comparators.england?.cell?.address).toBeDefined();
    expect(f.comparators.statNeighbours).toMatchObject({ value: 8.5, versus: 'similar' });
    expect(f.comparators.region).toMatchObject({ value: 6, gap: 2, versus: 'worse' });
  });

  it('never turns a suppressed comparator into 0: it falls back to the setting, then the framework', () => {
    const fw = framework({ measures: [S01e], settings: { S01: { statNeighbours: 9.5 } } });
    const f = one(fw, [
      rowSeries({
        measureId: 'S01',
        values: { '2025-03': 8 },
        england: 'c',
        statNeighbours: 'x',
        region: '',
      }),
    ]);
    expect(f.comparators.england).toMatchObject({ value: 10, source: 'framework', year: '2024' });
    expect(f.comparators.statNeighbours).toMatchObject({
      value: 9.5,
      source: 'setting',
      versus: 'better',
      gap: -1.5,
    });
    expect(f.comparators.region).toBeNull();
  });

  it('does not compare a local count with the national count from the catalogue', () => {
    const D02 = measure({
      id: 'D02',
      unit: 'count',
      polarity: 'contextual',
      england: { value: 81770, year: '2025' },
    });
    const f = one(framework({ measures: [D02] }), [
      rowSeries({ measureId: 'D02', values: { '2025-03': 420 } }),
    ]);
    expect(f.comparators.england).toBeNull();
  });

  it('gives no verdict for a contextual measure but keeps the gap', () => {
    const D01 = measure({
      id: 'D01',
      unit: 'rate10k',
      polarity: 'contextual',
      england: { value: 67, year: '2025' },
    });
    const f = one(framework({ measures: [D01] }), [
      rowSeries({ measureId: 'D01', values: { '2025-03': 70 } }),
    ]);
    expect(f.comparators.england).toMatchObject({ value: 67, versus: null, gap: 3 });
  });
});

describe('percentages from numerator and denominator rows', () => {
  it('divides per period and keeps both counts (79 of 85)', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', role: 'numerator', row: 11, values: { '2025-02': 70, '2025-03': 79 } }),
      rowSeries({ measureId: 'H01', role: 'denominator', row: 12, values: { '2025-02': 80, '2025-03': 85 } }),
    ]);
    expect(f.latest).toMatchObject({ value: (79 / 85) * 100, numerator: 79, denominator: 85 });
    expect(f.latest?.cell?.address).toBe('D11');
    expect(f.previous?.value).toBe(87.5);
    expect(f.tagIds).toHaveLength(2);
  });

  it('gives no value and a note for a zero denominator', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', role: 'numerator', values: { '2025-02': 3, '2025-03': 0 } }),
      rowSeries({ measureId: 'H01', role: 'denominator', row: 11, values: { '2025-02': 12, '2025-03': 0 } }),
    ]);
    expect(f.latest).toMatchObject({ period: '2025-02', value: 25 });
    expect(f.notes.find((n) => n.text.includes('denominator is 0'))?.text).toContain('Mar-25');
    expect(f.notes.some((n) => n.code === 'latestMissing')).toBe(true);
  });

  it('flags small denominators with how far one child moves the percentage', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', role: 'numerator', values: { '2025-03': 5 } }),
      rowSeries({ measureId: 'H01', role: 'denominator', row: 11, values: { '2025-03': 7 } }),
    ]);
    const note = f.notes.find((n) => n.code === 'smallNumbers');
    expect(note?.text).toContain('5 of 7');
    expect(note?.text).toContain('14 points');
  });

  it('adds the counts to a tagged value row', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', values: { '2025-03': 93 } }),
      rowSeries({ measureId: 'H01', role: 'numerator', row: 11, values: { '2025-03': 79 } }),
      rowSeries({ measureId: 'H01', role: 'denominator', row: 12, values: { '2025-03': 85 } }),
    ]);
    expect(f.latest).toMatchObject({ value: 93, numerator: 79, denominator: 85 });
    expect(f.notes.some((n) => n.code === 'smallNumbers')).toBe(false);
  });

  it('gives no figure for a numerator without a denominator, and says why', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', role: 'numerator', values: { '2025-03': 5 } }),
    ]);
    expect(f.latest).toBeNull();
    expect(f.notes[0]).toMatchObject({ code: 'noData' });
    expect(f.notes[0].text).toContain('without a denominator');
  });
});

describe('rates per 10,000', () => {
  const D01 = measure({ id: 'D01', unit: 'rate10k', polarity: 'contextual' });
  const D02 = measure({
    id: 'D02',
    unit: 'count',
    polarity: 'contextual',
    definition: 'snapshot count at period end',
  });

  it('works out a rate from a count tagged as numerator and the population', () => {
    const f = one(framework({ measures: [D01], population: 60000 }), [
      rowSeries({ measureId: 'D01', role: 'numerator', values: { '2025-03': 420 } }),
    ]);
    expect(f.latest).toMatchObject({ value: 70, numerator: 420, denominator: 60000 });
    expect(f.ratePer10k).toBe(70);
  });

  it('gives D02 a rate per 10,000 and derives D01 from it when the population is set', () => {
    const m = byId(framework({ measures: [D01, D02], population: 60000 }), [
      rowSeries({ measureId: 'D02', values: { '2025-02': 414, '2025-03': 420 } }),
    ]);
    expect(m.get('D02')?.ratePer10k).toBe(70);
    expect(m.get('D02')?.ytd).toBeNull(); // a snapshot is not summed
    expect(m.get('D01')?.latest).toMatchObject({ value: 70, numerator: 420 });
    expect(m.get('D01')?.previous?.value).toBeCloseTo(69, 6);
  });

  it('has no rate without a population', () => {
    const m = byId(framework({ measures: [D01, D02] }), [
      rowSeries({ measureId: 'D02', values: { '2025-03': 420 } }),
    ]);
    expect(m.get('D02')?.ratePer10k).toBeNull();
    expect(m.has('D01')).toBe(false);
  });
});

describe('year to date and rolling 12 months', () => {
  const M02 = measure({ id: 'M02', unit: 'count', polarity: 'lower' });
  const months = (from: number, n: number, start = '2024-04') => {
    const out: Record<string, number> = {};
    let [y, m] = start.split('-').map(Number);
    for (let i = 0; i < n; i++) {
      out[`${y}-${String(m).padStart(2, '0')}`] = from + i;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
    return out;
  };

  it('sums April to the latest month, and the 12 months to it', () => {
    // 2024-01 .. 2025-03: 15 months valued 1..15; FY 2024/25 = Apr 2024 (4) .. Mar 2025 (15)
    const f = one(framework({ measures: [M02] }), [
      rowSeries({ measureId: 'M02', values: months(1, 15, '2024-01') }),
    ]);
    expect(f.ytd).toBe(4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15);
    expect(f.rolling12).toBe(f.ytd);
  });

  it('restarts the year in April', () => {
    const f = one(
      framework({ measures: [M02] }),
      [rowSeries({ measureId: 'M02', values: months(1, 14) })],
      '2025-06-01',
    );
    expect(f.latest?.period).toBe('2025-05');
    expect(f.ytd).toBe(13 + 14);
    expect(f.rolling12).toBe(3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14);
  });

  it('has no rolling 12 with fewer than 12 months, and no YTD with a gap', () => {
    const values: Record<string, number | string> = months(1, 6);
    values['2024-06'] = 'c';
    const f = one(framework({ measures: [M02] }), [rowSeries({ measureId: 'M02', values })], '2024-10-01');
    expect(f.rolling12).toBeNull();
    expect(f.ytd).toBeNull();
  });

  it('is not worked out for percentages or quarterly counts', () => {
    const f = one(framework({ measures: [H01] }), [rowSeries({ measureId: 'H01', values: months(1, 12) })]);
    expect(f.ytd).toBeNull();
    expect(f.rolling12).toBeNull();
  });
});

describe('derived measures', () => {
  const M01 = measure({ id: 'M01', unit: 'count', polarity: 'lower' });
  const M02 = measure({ id: 'M02', unit: 'count', polarity: 'lower' });
  const M03 = measure({ id: 'M03', unit: 'ratio', polarity: 'lower', derived: true });

  it('works out M03 = M02 / M01 per period when both are tagged', () => {
    const m = byId(framework({ measures: [M01, M02, M03] }), [
      rowSeries({ measureId: 'M01', row: 20, values: { '2025-02': 10, '2025-03': 8 } }),
      rowSeries({ measureId: 'M02', row: 21, values: { '2025-02': 30, '2025-03': 40 } }),
    ]);
    const f = m.get('M03');
    expect(f?.latest).toMatchObject({ value: 5, numerator: 40, denominator: 8 });
    expect(f?.previous?.value).toBe(3);
    expect(f?.direction).toBe('worsening');
    expect(f?.source?.address).toBe('D21');
  });

  it('uses a tag on the derived measure itself when there is one', () => {
    const m = byId(framework({ measures: [M01, M02, M03] }), [
      rowSeries({ measureId: 'M01', row: 20, values: { '2025-03': 8 } }),
      rowSeries({ measureId: 'M02', row: 21, values: { '2025-03': 40 } }),
      rowSeries({ measureId: 'M03', row: 22, values: { '2025-03': 4.2 } }),
    ]);
    expect(m.get('M03')?.latest?.value).toBe(4.2);
  });

  it('gives no ratio where the divisor is 0 and no M03 when an input is missing', () => {
    const m = byId(framework({ measures: [M01, M02, M03] }), [
      rowSeries({ measureId: 'M01', values: { '2025-03': 0 } }),
      rowSeries({ measureId: 'M02', row: 11, values: { '2025-03': 0 } }),
    ]);
    expect(m.get('M03')?.latest).toBeNull();
    const only = byId(framework({ measures: [M01, M02, M03] }), [
      rowSeries({ measureId: 'M01', values: { '2025-03': 3 } }),
    ]);
    expect(only.has('M03')).toBe(false);
  });

  it('works out F03 = F02 / F01', () => {
    const F01 = measure({ id: 'F01', unit: 'currency', polarity: 'lower', frequency: 'quarterly' });
    const F02 = measure({ id: 'F02', unit: 'currency', polarity: 'lower', frequency: 'quarterly' });
    const F03 = measure({ id: 'F03', unit: 'ratio', polarity: 'lower', frequency: 'quarterly' });
    const m = byId(framework({ measures: [F01, F02, F03] }), [
      rowSeries({ measureId: 'F01', values: { '2024/25 Q4': 800 } }),
      rowSeries({ measureId: 'F02', row: 11, values: { '2024/25 Q4': 2000 } }),
    ]);
    expect(m.get('F03')?.latest?.value).toBe(2.5);
  });
});

describe('child-level records', () => {
  const M04 = measure({
    id: 'M04',
    unit: 'percent',
    polarity: 'lower',
    frequency: 'quarterly',
    derived: true,
  });
  const M05 = measure({
    id: 'M05',
    unit: 'percent',
    polarity: 'contextual',
    frequency: 'quarterly',
    derived: true,
  });
  const W02 = measure({ id: 'W02', unit: 'percent', polarity: 'lower' });

  it('counts children with 0 as children but not as going missing (M04)', () => {
    // 12 children, 2 never missing; 10 went missing, 4 of them 3+ times
    const values = [0, 0, 1, 1, 2, 2, 1, 3, 4, 5, 12, 1, 'x'];
    const f = one(framework({ measures: [M04] }), [recordSeries({ measureId: 'M04', values })], '2025-03-31');
    expect(f.records).toMatchObject({ count: 12, total: 32, skipped: 1, shareAtLeast3: 40 });
    expect(f.records?.mean).toBeCloseTo(32 / 12, 9);
    expect(f.records?.median).toBe(1.5);
    expect(f.latest).toMatchObject({ period: '2025-03', value: 40, numerator: 4, denominator: 10 });
    expect(f.source?.address).toBe('C2');
    expect(f.previous).toBeNull();
  });

  it('M05: the top tenth (at least one child) of those who went missing, and their share of incidents', () => {
    // 10 went missing -> top 1 child: 12 of 32 incidents
    const values = [0, 0, 1, 1, 2, 2, 1, 3, 4, 5, 12, 1];
    const f = one(framework({ measures: [M05] }), [recordSeries({ measureId: 'M05', values })]);
    expect(f.latest?.value).toBe(37.5);
    expect(f.latest).toMatchObject({ numerator: 12, denominator: 32 });
  });

  it('M05 with ties at the cut: exactly ceil(10%) children, and the share does not depend on which tied child', () => {
    // 11 children went missing -> top 2 children; three are tied at 6
    const values = [6, 6, 6, 1, 1, 1, 1, 1, 1, 1, 1];
    const f = one(framework({ measures: [M05] }), [recordSeries({ measureId: 'M05', values })]);
    expect(f.latest?.value).toBeCloseTo((12 / 26) * 100, 9);
  });

  it('derives M05 from the records tagged for M04 when M05 is not tagged', () => {
    const m = byId(framework({ measures: [M04, M05] }), [
      recordSeries({ measureId: 'M04', values: [5, 1, 1, 1] }),
    ]);
    expect(m.get('M05')?.latest?.value).toBe(62.5);
    expect(m.get('M04')?.latest?.value).toBe(25);
  });

  it('gives no share when nobody went missing', () => {
    const f = one(framework({ measures: [M04] }), [recordSeries({ measureId: 'M04', values: [0, 0, 0] })]);
    expect(f.records).toMatchObject({ count: 3, total: 0, shareAtLeast3: null, topTenthShare: null });
    expect(f.latest).toBeNull();
  });

  it('W02: share of workers above the threshold (setting, else default)', () => {
    const caseloads = [18, 22, 25, 26, 30];
    const byDefault = one(framework({ measures: [W02] }), [
      recordSeries({ measureId: 'W02', values: caseloads }),
    ]);
    expect(byDefault.records).toMatchObject({ threshold: 25, shareAbove: 40, mean: 24.2 });
    expect(byDefault.latest).toMatchObject({ value: 40, numerator: 2, denominator: 5 });
    const bySetting = one(framework({ measures: [W02], settings: { W02: { threshold: 20 } } }), [
      recordSeries({ measureId: 'W02', values: caseloads }),
    ]);
    expect(bySetting.latest?.value).toBe(80);
  });
});

describe('data notes', () => {
  it('notes stale data against the as-at date for the frequency', () => {
    const fw = framework({ measures: [H01] });
    const fresh = one(fw, [rowSeries({ measureId: 'H01', values: { '2025-02': 1 } })], '2025-04-30');
    expect(fresh.notes.some((n) => n.code === 'stale')).toBe(false);
    const stale = one(fw, [rowSeries({ measureId: 'H01', values: { '2025-01': 1 } })], '2025-04-30');
    expect(stale.notes.find((n) => n.code === 'stale')?.text).toContain('Jan-25');
  });

  it('gives annual data 18 months', () => {
    const S02 = measure({ id: 'S02', frequency: 'annual' });
    const fw = framework({ measures: [S02] });
    expect(one(fw, [rowSeries({ measureId: 'S02', values: { '2023/24': 20 } })], '2025-06-30').notes).toEqual(
      [],
    );
    expect(
      one(fw, [rowSeries({ measureId: 'S02', values: { '2022/23': 20 } })], '2025-06-30').notes.map(
        (n) => n.code,
      ),
    ).toEqual(['stale']);
  });

  it('notes provisional figures from the header and fractions read as percent', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({
        measureId: 'H01',
        values: { '2025-03': 93 },
        headers: { '2025-03': 'Mar-25 (provisional)' },
        sources: { '2025-03': 'fractionAsPercent' },
      }),
    ]);
    expect(f.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['estimated', 'fractionsAsPercent']));
  });

  it('notes no data when a row has no values at all', () => {
    const f = one(framework({ measures: [H01] }), [
      rowSeries({ measureId: 'H01', values: { '2025-03': null } }),
    ]);
    expect(f.latest).toBeNull();
    expect(f.notes.map((n) => n.code)).toEqual(['noData']);
    expect(f.source).toBeNull();
  });
});

describe('statistical process control', () => {
  /** Monthly values from April 2023 as a row's cells; null leaves the cell blank, 'c' suppresses it. */
  function monthly(values: readonly (number | string | null)[]): Record<string, number | string | null> {
    const out: Record<string, number | string | null> = {};
    values.forEach((v, i) => {
      const d = new Date(Date.UTC(2023, 3 + i, 1));
      out[`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`] = v;
    });
    return out;
  }
  const calm = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 11 : 10));

  it('reads a measure with 12 or more figures on an XmR chart', () => {
    const f = one(framework({ measures: [S01], settings: { S01: { target: 5 } } }), [
      rowSeries({ measureId: 'S01', values: monthly([...calm(16), 20]) }),
    ]);
    expect(f.spcPoints).toBe(17);
    expect(f.spc).toMatchObject({ points: 17, provisional: true, variation: 'concern', assurance: 'fail' });
    expect(f.spc?.chartPoints?.()[16]).toMatchObject({ period: '2024-08', label: 'Aug-24', value: 20 });
  });

  it('has no SPC with 11 figures, and says how many there are', () => {
    const f = one(framework({ measures: [S01] }), [
      rowSeries({ measureId: 'S01', values: monthly(calm(11)) }),
    ]);
    expect(f.spc).toBeNull();
    expect(f.spcPoints).toBe(11);
  });

  it('leaves out periods without a figure (blank, suppressed, not yet due) rather than reading them as 0', () => {
    const values = [...calm(6), null, 'c', ...calm(6)];
    const f = one(framework({ measures: [H01] }), [rowSeries({ measureId: 'H01', values: monthly(values) })]);
    expect(f.spcPoints).toBe(12);
    expect(f.spc?.chartPoints?.().map((p) => p.period)).not.toContain('2023-10');
    expect(f.spc?.chartPoints?.().every((p) => p.value > 0)).toBe(true);
  });

  it('starts from the baseline the officer set', () => {
    const values = [...Array<number>(12).fill(50), ...calm(14)];
    const fw = framework({ measures: [H01], settings: { H01: { spcBaseline: '2024-04' } } });
    const f = one(fw, [rowSeries({ measureId: 'H01', values: monthly(values) })]);
    expect(f.spc).toMatchObject({ points: 14, mean: 10.5, baseline: '2024-04', variation: 'commonCause' });
    const short = one(framework({ measures: [H01], settings: { H01: { spcBaseline: '2025-01' } } }), [
      rowSeries({ measureId: 'H01', values: monthly(values) }),
    ]);
    expect(short.spc).toBeNull();
    expect(short.spcPoints).toBe(5);
  });

  it('gives child-level measures (one figure, at the as-at date) no SPC', () => {
    const M04 = measure({ id: 'M04', unit: 'percent', polarity: 'lower' });
    const f = one(framework({ measures: [M04] }), [recordSeries({ measureId: 'M04', values: [1, 3, 4, 0] })]);
    expect(f.spc).toBeNull();
    expect(f.spcPoints).toBe(1);
  });
});
