import { period } from '../../../../test/domain/builders';
import { addMonths } from '../periodKeys';
import type { Polarity } from '../../framework/types';
import {
  assuranceOf,
  fromBaseline,
  measureSpc,
  SPC_FIRM_POINTS,
  SPC_MIN_POINTS,
  variationOf,
} from './measure';
import type { SpcInput } from './measure';

/** Monthly points from April 2023, one per value. */
function months(values: readonly number[], from = '2023-04') {
  return values.map((value, i) => ({ period: period(addMonths(from, i) as string), value }));
}

function spcOf(values: readonly number[], o: Partial<SpcInput> = {}) {
  return measureSpc({ points: months(values), polarity: 'higher', target: null, tolerance: 5, ...o });
}

/** 10, 11 alternating: mean 10.5, limits about 7.8 and 13.2. */
const calm = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 11 : 10));
/** 6, 14 alternating, then 60, then 6, 14 again: only the 60 is special (mean 12.9, upper limit 48.2). */
const spike = [6, 14, 6, 14, 6, 14, 6, 14, 60, 6, 14, 6, 14, 6, 14, 6, 14];

describe('measureSpc: how many points', () => {
  it('has no SPC with fewer than 12 points, and says how many there are', () => {
    const r = spcOf(calm(11));
    expect(r).toEqual({ spc: null, points: 11 });
    expect(SPC_MIN_POINTS).toBe(12);
  });

  it('is provisional from 12 to 19 points and firm from 20', () => {
    expect(spcOf(calm(12)).spc?.provisional).toBe(true);
    expect(spcOf(calm(19)).spc?.provisional).toBe(true);
    expect(spcOf(calm(20)).spc?.provisional).toBe(false);
    expect(SPC_FIRM_POINTS).toBe(20);
  });

  it('gives the seven figures of the contract and the chart behind them', () => {
    const spc = spcOf(calm(12))?.spc;
    expect(spc).toMatchObject({
      points: 12,
      mean: 10.5,
      movingRangeMean: 1,
      lowerLimit: 10.5 - 2.66,
      upperLimit: 10.5 + 2.66,
      variation: 'commonCause',
      assurance: null,
      provisional: true,
      baseline: null,
    });
    expect(spc?.chartPoints()).toHaveLength(12);
    expect(spc?.chartPoints()[0]).toEqual({
      period: '2023-04',
      label: 'Apr-23',
      value: 10,
      rules: [],
      variation: 'commonCause',
    });
  });
});

describe('measureSpc: variation of the latest point', () => {
  // The latest point far above the rest.
  const high = [...calm(15), 20];
  const low = [...calm(15), 1];

  it.each<[Polarity, readonly number[], string]>([
    ['higher', high, 'improvement'],
    ['higher', low, 'concern'],
    ['lower', high, 'concern'],
    ['lower', low, 'improvement'],
    ['contextual', high, 'neutralHigh'],
    ['contextual', low, 'neutralLow'],
    // Closest to target without a target: neither side is better.
    ['target', high, 'neutralHigh'],
    ['target', low, 'neutralLow'],
  ])('%s is better: a special cause %#', (polarity, values, variation) => {
    const spc = spcOf(values, { polarity }).spc;
    expect(spc?.chartPoints()[values.length - 1].rules).toContain('outsideLimits');
    expect(spc?.variation).toBe(variation);
  });

  it('closest to target: towards a target away from the mean is an improvement, away from it a concern', () => {
    // calm(15) has its mean at 10.5; tolerance 5% of the target.
    expect(spcOf(high, { polarity: 'target', target: 20 }).spc?.variation).toBe('improvement');
    expect(spcOf(low, { polarity: 'target', target: 20 }).spc?.variation).toBe('concern');
    expect(spcOf(low, { polarity: 'target', target: 2 }).spc?.variation).toBe('improvement');
    expect(spcOf(high, { polarity: 'target', target: 2 }).spc?.variation).toBe('concern');
    // A mean already within the target's tolerance: any special cause moves away from the target.
    expect(spcOf(high, { polarity: 'target', target: 10.5 }).spc?.variation).toBe('concern');
    expect(spcOf(low, { polarity: 'target', target: 10.5 }).spc?.variation).toBe('concern');
    // Each point of the chart is judged the same way.
    expect(spcOf(high, { polarity: 'target', target: 20 }).spc?.chartPoints()[15].variation).toBe(
      'improvement',
    );
    expect(variationOf(1, 'target', { target: null, tolerance: 5, mean: 10 })).toBe('neutralHigh');
  });

  it('is common cause when the latest point is ordinary, whatever came before', () => {
    const spc = spcOf(spike, { polarity: 'lower' }).spc;
    expect(spc?.chartPoints()[8].variation).toBe('concern');
    expect(spc?.variation).toBe('commonCause');
  });

  it('reads seven months worse than usual as a concern, though the last month barely moved', () => {
    // Lower is better (children missing from care): seven months a little above the usual level.
    const values = [...calm(14), 12, 12, 12.2, 12.1, 12.3, 12.2, 12.2];
    const spc = spcOf(values, { polarity: 'lower' }).spc;
    expect(
      spc
        ?.chartPoints()
        .slice(-7)
        .every((p) => p.rules.includes('shift')),
    ).toBe(true);
    expect(spc?.variation).toBe('concern');
  });

  it('judges each point of the chart the same way', () => {
    const spc = spcOf(spike, { polarity: 'higher' }).spc;
    expect(
      spc
        ?.chartPoints()
        .map((p) => p.variation)
        .filter((v) => v !== 'commonCause'),
    ).toEqual(['improvement']);
  });
});

describe('variationOf', () => {
  it('has no special cause without a side', () => {
    expect(variationOf(0, 'higher')).toBe('commonCause');
  });
});

describe('assuranceOf', () => {
  const limits = { lowerLimit: 80, upperLimit: 90 };

  it('higher is better: met when the target is below the lower limit, missed above the upper, else hit and miss', () => {
    expect(assuranceOf('higher', 75, 5, limits)).toBe('pass');
    expect(assuranceOf('higher', 95, 5, limits)).toBe('fail');
    expect(assuranceOf('higher', 85, 5, limits)).toBe('hitAndMiss');
    expect(assuranceOf('higher', 80, 5, limits)).toBe('hitAndMiss');
  });

  it('lower is better: the mirror', () => {
    expect(assuranceOf('lower', 95, 5, limits)).toBe('pass');
    expect(assuranceOf('lower', 75, 5, limits)).toBe('fail');
    expect(assuranceOf('lower', 85, 5, limits)).toBe('hitAndMiss');
    expect(assuranceOf('lower', 90, 5, limits)).toBe('hitAndMiss');
  });

  it('closest to target: met when the whole range is within the tolerance band, missed when the band is outside it', () => {
    // Target 85 with 10%: the band is 76.5 to 93.5.
    expect(assuranceOf('target', 85, 10, limits)).toBe('pass');
    expect(assuranceOf('target', 85, 5, limits)).toBe('hitAndMiss');
    expect(assuranceOf('target', 100, 5, limits)).toBe('fail');
    expect(assuranceOf('target', 70, 5, limits)).toBe('fail');
  });

  it('has no assurance without a target or for a context-only measure', () => {
    expect(assuranceOf('higher', null, 5, limits)).toBeNull();
    expect(assuranceOf('contextual', 85, 5, limits)).toBeNull();
  });

  it('comes out of measureSpc with the measure’s target', () => {
    expect(spcOf(calm(20), { target: 5 }).spc?.assurance).toBe('pass');
    expect(spcOf(calm(20), { target: 15 }).spc?.assurance).toBe('fail');
    expect(spcOf(calm(20), { target: 10.5 }).spc?.assurance).toBe('hitAndMiss');
    expect(spcOf(calm(20), { target: 15, polarity: 'lower' }).spc?.assurance).toBe('pass');
  });
});

describe('measureSpc: the baseline', () => {
  it('leaves out the points before the baseline', () => {
    // 30 months; from Apr-24 on there are 18, the earlier high months no longer count.
    const values = [...Array<number>(12).fill(50), ...calm(18)];
    const all = spcOf(values).spc;
    const since = spcOf(values, { baseline: '2024-04' }).spc;
    expect(all?.points).toBe(30);
    expect(since?.points).toBe(18);
    expect(since?.mean).toBe(10.5);
    expect(since?.chartPoints()[0].period).toBe('2024-04');
    expect(since?.baseline).toBe('2024-04');
  });

  it('counts the points since the baseline against the 12 needed', () => {
    // April 2023 + 30 months runs to September 2025: from December 2024 that is 10.
    expect(spcOf(calm(30), { baseline: '2024-12' })).toEqual({ spc: null, points: 10 });
    expect(spcOf(calm(30), { baseline: '2030-01' })).toEqual({ spc: null, points: 0 });
  });

  it('takes a baseline of another kind by date: a quarter that ends after the baseline month starts is in', () => {
    const quarters = ['2023/24 Q1', '2023/24 Q2', '2023/24 Q3', '2023/24 Q4'].map((k, i) => ({
      period: period(k),
      value: i,
    }));
    expect(fromBaseline(quarters, period('2023-08')).map((p) => p.period.key)).toEqual([
      '2023/24 Q2',
      '2023/24 Q3',
      '2023/24 Q4',
    ]);
    expect(fromBaseline(quarters, null)).toBe(quarters);
  });

  it('ignores a baseline key it cannot read (the settings reader reports it)', () => {
    expect(spcOf(calm(12), { baseline: 'soon' }).spc?.points).toBe(12);
  });
});
