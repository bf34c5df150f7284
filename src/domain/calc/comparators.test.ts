import { computeFigures } from './figures';
import { rankAmongPeers } from './comparators';
import type { Polarity } from '../framework/types';
import { comparatorSeries, framework, measure, period, rowSeries } from '../../../test/domain/builders';

const FY = ['2021/22', '2022/23', '2023/24', '2024/25'];
const years = (values: readonly (number | string | null)[]) =>
  Object.fromEntries(values.map((v, i) => [FY[i], v]));

function figuresOf(o: {
  unit?: 'percent' | 'count' | 'score' | 'days';
  polarity?: Polarity;
  ours: readonly (number | string | null)[];
  benchmarks: ReturnType<typeof comparatorSeries>[];
  settings?: { target?: number; statNeighbours?: number };
  statNeighboursColumn?: number;
}) {
  const fw = framework({
    measures: [
      measure({
        id: 'C02',
        unit: o.unit ?? 'percent',
        polarity: o.polarity ?? 'higher',
        frequency: 'annual',
      }),
    ],
    settings: o.settings ? { C02: o.settings } : {},
  });
  const ours = rowSeries({
    measureId: 'C02',
    values: years(o.ours),
    ...(o.statNeighboursColumn !== undefined ? { statNeighbours: o.statNeighboursColumn } : {}),
  });
  const [f] = computeFigures({ framework: fw, series: [ours, ...o.benchmarks], asAt: '2025-06-30' });
  return f;
}

const peers = (areas: Record<string, readonly (number | string | null)[]>) =>
  comparatorSeries({
    measureId: 'C02',
    role: 'peers',
    areas: Object.fromEntries(Object.entries(areas).map(([k, v]) => [k, years(v)])),
  });

describe('comparators per period', () => {
  it("sets England's figure for our latest period beside ours, with the period it is for", () => {
    const f = figuresOf({
      ours: [51, 54, 57, 58],
      benchmarks: [
        comparatorSeries({ measureId: 'C02', role: 'england', areas: { England: years([53, 55, 56, 57]) } }),
      ],
    });
    expect(f.comparators.england).toMatchObject({
      value: 57,
      period: '2024/25',
      periodLabel: '2024/25',
      gap: 1,
    });
    expect(f.notes.some((n) => n.code === 'comparatorPeriod')).toBe(false);
  });

  it("falls back to the comparator's newest earlier period when ours is not published, and says which", () => {
    const f = figuresOf({
      ours: [51, 54, 57, 58],
      benchmarks: [
        comparatorSeries({
          measureId: 'C02',
          role: 'england',
          areas: { England: years([53, 55, 56, null]) },
        }),
      ],
    });
    expect(f.comparators.england).toMatchObject({ value: 56, period: '2023/24', gap: 2, versus: 'better' });
    const note = f.notes.find((n) => n.code === 'comparatorPeriod');
    expect(note?.text).toBe(
      "England's figure is for 2023/24, its newest before 2024/25: for 2024/25 it has no figure.",
    );
  });

  it('says a suppressed comparator figure is why an earlier period is used', () => {
    const f = figuresOf({
      ours: [51, 54, 57, 58],
      benchmarks: [
        comparatorSeries({
          measureId: 'C02',
          role: 'region',
          areas: { 'North East': years([50, 52, 'c', 'c']) },
        }),
      ],
    });
    expect(f.comparators.region).toMatchObject({ value: 52, period: '2022/23' });
    expect(f.notes.map((n) => n.text)).toContain(
      "The region's figure is for 2022/23, its newest before 2024/25: for 2024/25 it is suppressed ('c').",
    );
  });

  it('never uses a comparator period after ours, and then tries the next source (the setting)', () => {
    const f = figuresOf({
      ours: [51, 54, null, null],
      settings: { statNeighbours: 50 },
      benchmarks: [
        comparatorSeries({
          measureId: 'C02',
          role: 'statNeighbours',
          areas: { 'SN average': years([null, null, 56, 57]) },
        }),
      ],
    });
    expect(f.latest?.period).toBe('2022/23');
    expect(f.comparators.statNeighbours).toMatchObject({ value: 50, source: 'setting' });
    expect(f.comparators.statNeighbours?.period).toBeUndefined();
  });

  it('a tagged comparator row comes before the comparator column of our own row', () => {
    const f = figuresOf({
      ours: [51, 54, 57, 58],
      statNeighboursColumn: 49,
      benchmarks: [
        comparatorSeries({
          measureId: 'C02',
          role: 'statNeighbours',
          areas: { 'SN average': years([50, 52, 54, 55]) },
        }),
      ],
    });
    expect(f.comparators.statNeighbours).toMatchObject({ value: 55, period: '2024/25' });
  });
});

describe("statistical neighbours from the peers' mean", () => {
  it('is the mean of the peers with a figure for our period, rounded as the unit is, and says from how many', () => {
    const f = figuresOf({
      ours: [51, 54, 57, 58.3],
      benchmarks: [
        peers({ A: [50, 51, 52, 60.1], B: [50, 51, 52, 55.2], C: [50, 51, 52, 'c'], D: [50, 51, 52, 57.0] }),
      ],
    });
    // (60.1 + 55.2 + 57.0) / 3 = 57.4333...
    expect(f.comparators.statNeighbours).toMatchObject({ value: 57.4, from: 3, period: '2024/25', gap: 0.9 });
  });

  it('rounds a count as a whole number', () => {
    const f = figuresOf({
      unit: 'count',
      polarity: 'lower',
      ours: [30, 28, 25, 24],
      benchmarks: [peers({ A: [1, 1, 1, 20], B: [1, 1, 1, 25] })],
    });
    expect(f.comparators.statNeighbours).toMatchObject({ value: 23, from: 2 });
  });

  it("uses the peers' newest earlier period when none of them has ours, and says so", () => {
    const f = figuresOf({
      ours: [51, 54, 57, 58],
      benchmarks: [peers({ A: [50, 52, 54, null], B: [50, 52, 56, 'x'] })],
    });
    expect(f.comparators.statNeighbours).toMatchObject({ value: 55, from: 2, period: '2023/24' });
    expect(f.notes.map((n) => n.text)).toContain(
      "The statistical neighbours' figure is the mean of 2 peers for 2023/24, their newest before 2024/25: none of them has a figure for 2024/25.",
    );
  });

  it('a neighbours average row wins over the mean of the peers', () => {
    const f = figuresOf({
      ours: [51, 54, 57, 58],
      benchmarks: [
        peers({ A: [50, 52, 54, 60], B: [50, 52, 56, 62] }),
        comparatorSeries({
          measureId: 'C02',
          role: 'statNeighbours',
          areas: { 'SN average': years([1, 2, 3, 59.5]) },
        }),
      ],
    });
    expect(f.comparators.statNeighbours).toMatchObject({ value: 59.5 });
    expect(f.comparators.statNeighbours?.from).toBeUndefined();
  });
});

describe('named comparators', () => {
  it('are set beside ours with their names, per period, in tag order', () => {
    const f = figuresOf({
      unit: 'score',
      polarity: 'lower',
      ours: [14.6, 14.1, 13.8, null],
      benchmarks: [
        comparatorSeries({
          measureId: 'C02',
          role: 'comparator',
          name: 'All children in the county',
          areas: { 'All children (school survey)': years([8.2, 8.4, 8.3, null]) },
        }),
      ],
    });
    expect(f.comparators.named).toEqual([
      expect.objectContaining({
        name: 'All children in the county',
        value: 8.3,
        period: '2023/24',
        gap: 5.5,
        versus: 'worse',
      }),
    ]);
  });

  it('are an empty list when none is tagged', () => {
    expect(figuresOf({ ours: [1, 2, 3, 4], benchmarks: [] }).comparators.named).toEqual([]);
  });
});

describe('rank among peers', () => {
  const latest = { value: 93, period: period('2024/25') };
  const rank = (
    values: (number | string | null)[],
    polarity: Polarity,
    target: number | null = null,
    value = 93,
  ) =>
    rankAmongPeers(
      [peers(Object.fromEntries(values.map((v, i) => [`LA ${i}`, [null, null, null, v]])))],
      { ...latest, value },
      { unit: 'percent', polarity },
      target,
    );

  it('shares the better position on ties: 93, 95, 93, 90 with higher better ranks us 2nd of 4', () => {
    expect(rank([95, 93, 90], 'higher')).toEqual({ position: 2, of: 4, quartile: 2, period: '2024/25' });
  });

  it('turns round when lower is better', () => {
    expect(rank([95, 93, 90], 'lower')).toMatchObject({ position: 2, of: 4 });
    expect(rank([95, 94, 99], 'lower')).toMatchObject({ position: 1, of: 4, quartile: 1 });
  });

  it('ranks by distance to the target when closer to target is better, and not at all without one', () => {
    expect(rank([80, 96, 94], 'target', 95, 93)).toMatchObject({ position: 3, of: 4 });
    expect(rank([80, 99, 92], 'target', 95, 93)).toMatchObject({ position: 1, of: 4 });
    expect(rank([80, 99, 92], 'target', null)).toBeNull();
  });

  it('gives context-only measures no rank', () => {
    expect(rank([95, 93, 90], 'contextual')).toBeNull();
  });

  it('compares figures as they are shown: 66.66 and 66.7 tie', () => {
    expect(rank([66.7, 50], 'higher', null, 66.66)).toMatchObject({ position: 1, of: 3 });
  });

  it('leaves out peers with no figure for our period, and gives quartiles as the Panel reads them', () => {
    // 7th of 11: six peers better, four worse, one suppressed.
    const values = [99, 98, 97, 96, 95, 94, 80, 81, 82, 83, 'c'];
    expect(rank(values, 'higher')).toEqual({ position: 7, of: 11, quartile: 3, period: '2024/25' });
    expect(rank([null, 'x'], 'higher')).toBeNull();
  });

  it('is worked out in the figures for our latest period only, never an earlier one', () => {
    const f = figuresOf({
      ours: [51, 54, 57, 58],
      benchmarks: [peers({ A: [60, 60, 60, null], B: [40, 40, 40, 59] })],
    });
    expect(f.rank).toEqual({ position: 2, of: 2, quartile: 4, period: '2024/25' });
    expect(figuresOf({ ours: [51, 54, 57, 58], benchmarks: [] }).rank).toBeNull();
  });
});

describe('a measure with only benchmarks tagged', () => {
  it('is shown with the benchmarks at their newest period and says our own figure is missing', () => {
    const fw = framework({ measures: [measure({ id: 'C02', frequency: 'annual' })] });
    const [f] = computeFigures({
      framework: fw,
      series: [
        comparatorSeries({
          measureId: 'C02',
          role: 'england',
          areas: { England: years([53, 55, 56, null]) },
        }),
      ],
      asAt: '2025-06-30',
    });
    expect(f.latest).toBeNull();
    expect(f.comparators.england).toMatchObject({ value: 56, period: '2023/24', gap: null, versus: null });
    expect(f.tagIds).toEqual(['t-C02-england-20']);
    expect(f.notes[0].text).toMatch(/Only benchmarks .* are tagged/);
  });
});
