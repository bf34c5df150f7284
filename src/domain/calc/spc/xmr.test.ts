import fc from 'fast-check';
import { RUN_LENGTH, XMR_SIGMA3, xmr, xmrLimits } from './xmr';
import { rulesOf } from './measure';

/** 'index:rule+rule' for every special-cause point, e.g. ['19:outsideLimits']. */
function flagged(values: readonly number[]): string[] {
  const r = xmr(values);
  const out: string[] = [];
  r.rules.forEach((bits, i) => {
    if (bits) out.push(`${i}:${rulesOf(bits).join('+')}`);
  });
  return out;
}

const range = (from: number, to: number, rule: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${from + i}:${rule}`);

/** Alternating around the mean, so no run, trend or near-limit pattern of its own. */
const CALM = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10];

describe('xmr: mean, moving range and limits', () => {
  it('works out the mean, the mean moving range, the process limits and the two-sigma lines', () => {
    // 8, 12 alternating (19 points) then 40: sum 228 / 20 = 11.4; moving ranges 18 × 4 + 32 = 104 / 19.
    const values = [8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 40];
    const r = xmrLimits(values);
    expect(r.mean).toBeCloseTo(11.4, 12);
    expect(r.movingRangeMean).toBeCloseTo(104 / 19, 12);
    expect(r.upperLimit).toBeCloseTo(11.4 + 2.66 * (104 / 19), 12);
    expect(r.lowerLimit).toBeCloseTo(11.4 - 2.66 * (104 / 19), 12);
    expect(r.upperTwoSigma).toBeCloseTo(11.4 + (2 / 3) * 2.66 * (104 / 19), 12);
    expect(r.lowerTwoSigma).toBeCloseTo(11.4 - (2 / 3) * 2.66 * (104 / 19), 12);
    expect(XMR_SIGMA3).toBe(2.66);
  });

  it('refuses an empty series and reads a single point as its own mean', () => {
    expect(() => xmrLimits([])).toThrow(RangeError);
    expect(xmrLimits([7])).toMatchObject({ mean: 7, movingRangeMean: 0, lowerLimit: 7, upperLimit: 7 });
  });
});

describe('xmr: rule 1, a point beyond a process limit', () => {
  it('flags a point above the upper limit, and only it', () => {
    // Upper limit 25.96: 40 is above it.
    expect(flagged([8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 40])).toEqual([
      '19:outsideLimits',
    ]);
  });

  it('flags a point below the lower limit', () => {
    // The mirror image: -40 among -8 and -12.
    expect(
      flagged([-8, -12, -8, -12, -8, -12, -8, -12, -8, -12, -8, -12, -8, -12, -8, -12, -8, -12, -8, -40]),
    ).toEqual(['19:outsideLimits']);
  });
});

describe('xmr: rule 2, a run of 7 or more on one side of the mean', () => {
  it('flags exactly 7 points in a row above the mean', () => {
    // Mean 12.47: seven 13s after a 10 below it.
    expect(flagged([14, 10, 14, 10, 14, 10, 14, 10, 13, 13, 13, 13, 13, 13, 13])).toEqual(
      range(8, 14, 'shift'),
    );
  });

  it('does not flag a run of exactly 6', () => {
    // Mean 12.27: six 13s after a 10.
    expect(flagged([10, 14, 10, 14, 10, 14, 10, 14, 10, 13, 13, 13, 13, 13, 13])).toEqual([]);
  });

  it('flags 7 in a row below the mean the same way', () => {
    expect(flagged([-14, -10, -14, -10, -14, -10, -14, -10, -13, -13, -13, -13, -13, -13, -13])).toEqual(
      range(8, 14, 'shift'),
    );
  });

  it('breaks a run at a point on the mean', () => {
    // Mean exactly 12: 13, 13, 13, 12, 13, 13, 13 is two runs of 3.
    const onMean = [10, 14, 10, 14, 10, 14, 10, 12, 8, 13, 13, 13, 12, 13, 13, 13];
    expect(xmrLimits(onMean).mean).toBe(12);
    expect(flagged(onMean)).toEqual([]);
    // The same with a 13 in its place is seven in a row.
    const through = [...onMean];
    through[12] = 13;
    expect(flagged(through)).toEqual(range(9, 15, 'shift'));
  });
});

describe('xmr: rule 3, 7 or more points each higher (or lower) than the one before', () => {
  it('flags exactly 7 rising points (the first included)', () => {
    // 7, 8, ..., 13: six rises, seven points; mean 9.875, so no run on one side.
    expect(flagged([12, 8, 12, 8, 12, 8, 7, 8, 9, 10, 11, 12, 13, 8, 12, 8])).toEqual(range(6, 12, 'trend'));
  });

  it('does not flag 6 rising points', () => {
    expect(flagged([12, 8, 12, 8, 12, 8, 7, 8, 9, 10, 11, 12, 8, 12, 8, 12])).toEqual([]);
  });

  it('flags 7 falling points', () => {
    expect(flagged([8, 12, 8, 12, 8, 12, 13, 12, 11, 10, 9, 8, 7, 12, 8, 12])).toEqual(range(6, 12, 'trend'));
  });

  it('breaks a trend at equal neighbours', () => {
    // 7, 8, 9, 9, 10, 11, 12, 13: eight points rising overall, but the repeated 9 leaves 3 and 5.
    expect(flagged([12, 8, 12, 8, 12, 8, 7, 8, 9, 9, 10, 11, 12, 13, 8, 12])).toEqual([]);
  });
});

describe('xmr: rule 4, two of three beyond a two-sigma line', () => {
  it('flags the two points beyond the line in three on one side, not the one between', () => {
    // Mean 10.78, upper two-sigma line 12.97, upper limit 14.06: 13, 11, 13 are all above the mean.
    const values = [...CALM, 13, 11, 13];
    const r = xmr(values);
    expect(r.upperTwoSigma).toBeCloseTo(12.968, 3);
    expect(r.upperLimit).toBeGreaterThan(13);
    expect(flagged(values)).toEqual(['15:twoOfThree', '17:twoOfThree']);
  });

  it('flags two beyond the line side by side', () => {
    expect(flagged([...CALM, 13, 13, 11])).toEqual(['15:twoOfThree', '16:twoOfThree']);
  });

  it('does not flag two beyond the line when the point between them is on the other side of the mean', () => {
    // Upper two-sigma line 13.33: both 13.5s are beyond it, but 10 is below the mean (10.78).
    const values = [...CALM, 13.5, 10, 13.5];
    expect(xmr(values).upperTwoSigma).toBeLessThan(13.5);
    expect(flagged(values)).toEqual([]);
  });

  it('does not flag one point beyond the line', () => {
    expect(flagged([...CALM, 13, 11, 12])).toEqual([]);
  });
});

describe('xmr: a point meets several rules', () => {
  it('lists every rule a point meets', () => {
    // A steady climb far above the calm start (mean 13.3, upper limit 18.6): eight rising points above the
    // mean, the last three beyond the two-sigma line and the last far beyond the limit.
    const values = [...CALM, 14, 15, 16, 17, 18, 19, 20, 40];
    const last = xmr(values).rules[values.length - 1];
    expect(rulesOf(last)).toEqual(['outsideLimits', 'shift', 'trend', 'twoOfThree']);
  });
});

describe('xmr: sides of the mean', () => {
  it('gives a point on the mean the direction of the trend it is part of', () => {
    // Mean exactly 10; the rising trend 7..13 passes through it at index 9.
    const values = [12, 8, 12, 8, 12, 8, 7, 8, 9, 10, 11, 12, 13, 8, 12, 10];
    const r = xmr(values);
    expect(r.mean).toBe(10);
    expect(flagged(values)).toEqual(range(6, 12, 'trend'));
    expect(r.sides[9]).toBe(1);
    expect(r.sides[6]).toBe(-1);
    expect(r.sides[12]).toBe(1);
    // A point on the mean that is not a special cause has no side.
    expect(r.sides[15]).toBe(0);
  });
});

/* ---------- properties ---------- */

const series = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 80 });
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('xmr: properties', () => {
  it('scales with the data: multiplying every point by k > 0 multiplies the mean and limits by k and flags the same points', () => {
    const factor = fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(0.5, 0.25, 0.125));
    fc.assert(
      fc.property(series, factor, (values, k) => {
        const a = xmr(values);
        const b = xmr(values.map((v) => v * k));
        expect(near(b.mean, a.mean * k)).toBe(true);
        expect(near(b.movingRangeMean, a.movingRangeMean * k)).toBe(true);
        expect(near(b.lowerLimit, a.lowerLimit * k)).toBe(true);
        expect(near(b.upperLimit, a.upperLimit * k)).toBe(true);
        expect(near(b.upperTwoSigma, a.upperTwoSigma * k)).toBe(true);
        expect(Array.from(b.rules)).toEqual(Array.from(a.rules));
        expect(Array.from(b.sides)).toEqual(Array.from(a.sides));
      }),
      { numRuns: 300 },
    );
  });

  it('mirrors with the data: negating every point swaps the limits and flags the same points on the other side', () => {
    fc.assert(
      fc.property(series, (values) => {
        const a = xmr(values);
        const b = xmr(values.map((v) => -v));
        expect(near(b.mean, -a.mean)).toBe(true);
        expect(near(b.upperLimit, -a.lowerLimit)).toBe(true);
        expect(near(b.lowerLimit, -a.upperLimit)).toBe(true);
        expect(Array.from(b.rules)).toEqual(Array.from(a.rules));
        expect(Array.from(b.sides)).toEqual(Array.from(a.sides).map((s) => -s || 0));
      }),
      { numRuns: 300 },
    );
  });

  it('shifting every point moves the mean and limits by the shift and changes nothing else', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -100000, max: 100000 }), (values, c) => {
        const a = xmr(values);
        const b = xmr(values.map((v) => v + c));
        expect(near(b.mean, a.mean + c)).toBe(true);
        expect(near(b.lowerLimit, a.lowerLimit + c)).toBe(true);
        expect(near(b.upperLimit, a.upperLimit + c)).toBe(true);
        expect(near(b.lowerTwoSigma, a.lowerTwoSigma + c)).toBe(true);
        expect(near(b.upperTwoSigma, a.upperTwoSigma + c)).toBe(true);
        expect(b.movingRangeMean).toBe(a.movingRangeMean);
        expect(Array.from(b.rules)).toEqual(Array.from(a.rules));
        expect(Array.from(b.sides)).toEqual(Array.from(a.sides));
      }),
      { numRuns: 300 },
    );
  });

  it('finds no special cause in a constant series, whose limits close on its mean', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 80 }),
        (v, n) => {
          const r = xmr(new Array<number>(n).fill(v));
          expect(Array.from(r.rules).every((b) => b === 0)).toBe(true);
          expect(r.movingRangeMean).toBe(0);
          expect(near(r.lowerLimit, v) && near(r.upperLimit, v)).toBe(true);
        },
      ),
    );
  });

  it('reads the same backwards: reversing the series flags the same points', () => {
    fc.assert(
      fc.property(series, (values) => {
        const a = Array.from(xmr(values).rules);
        const b = Array.from(xmr([...values].reverse()).rules).reverse();
        expect(b).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('flags every point beyond a limit, and a run only when it is at least 7 long', () => {
    fc.assert(
      fc.property(series, (values) => {
        const r = xmr(values);
        values.forEach((v, i) => {
          const beyond = v > r.upperLimit + 1e-6 || v < r.lowerLimit - 1e-6;
          if (beyond) expect(rulesOf(r.rules[i])).toContain('outsideLimits');
        });
        // Every maximal block of 'shift' points is at least RUN_LENGTH long.
        let run = 0;
        for (let i = 0; i <= values.length; i++) {
          const shift = i < values.length && rulesOf(r.rules[i]).includes('shift');
          if (shift && (run === 0 || r.sides[i] === r.sides[i - 1])) run++;
          else {
            if (run > 0) expect(run).toBeGreaterThanOrEqual(RUN_LENGTH);
            run = shift ? 1 : 0;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
