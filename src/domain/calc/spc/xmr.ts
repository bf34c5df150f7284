/**
 * The XmR chart (individuals and moving range), on plain numbers: the mean, the moving ranges, the process
 * limits and two-sigma lines, and the four rules of special cause. The method is NHS England's Making Data
 * Count reading of an XmR chart:
 *
 *  - moving ranges |x(i) - x(i-1)| of consecutive points, and their mean MR;
 *  - process limits: mean ± 2.66 × MR; two-sigma lines: mean ± (2/3) × 2.66 × MR;
 *  - a point is a special cause when any of these holds:
 *    1. outsideLimits: it lies above the upper or below the lower process limit;
 *    2. shift: it is one of a run of 7 or more consecutive points all strictly above, or all strictly below,
 *       the mean (a point on the mean breaks the run);
 *    3. trend: it is one of 7 or more consecutive points each strictly higher, or each strictly lower, than
 *       the one before (an equal value breaks it; the first point of the 7 is part of the trend);
 *    4. twoOfThree: it lies beyond a two-sigma line in a window of 3 consecutive points that are all on the
 *       same side of the mean and of which at least 2 lie beyond that side's two-sigma line.
 *
 * "Strictly" allows for binary rounding: two numbers closer than 1e-10 of the chart's scale (the larger
 * of |mean| and MR) count as equal, so a point on the mean stays on it when every point is shifted or
 * scaled, and 0.1 + 0.2 is not 'above' 0.3.
 */

/** The constant that turns the mean moving range into three-sigma limits for individual values. */
export const XMR_SIGMA3 = 2.66;
/** Points in a run (rule 2) or a trend (rule 3) that make it a special cause. */
export const RUN_LENGTH = 7;

/** Rule flags of a point, as bits (a point may meet several rules). */
export const RULE_OUTSIDE_LIMITS = 1;
export const RULE_SHIFT = 2;
export const RULE_TREND = 4;
export const RULE_TWO_OF_THREE = 8;

export interface XmrLimits {
  readonly mean: number;
  readonly movingRangeMean: number;
  readonly lowerLimit: number;
  readonly upperLimit: number;
  readonly lowerTwoSigma: number;
  readonly upperTwoSigma: number;
}

export interface XmrResult extends XmrLimits {
  /** Per point: the rules it meets, as RULE_* bits (0 = common cause). */
  readonly rules: Uint8Array;
  /**
   * Per point: +1 above the mean, -1 below, 0 on it; for a point on the mean that is part of a trend, the
   * trend's direction (so every special cause has a side).
   */
  readonly sides: Int8Array;
}

/** Mean, moving-range mean, process limits and two-sigma lines of the values (at least one). */
export function xmrLimits(values: ArrayLike<number>, n = values.length): XmrLimits {
  if (n === 0) throw new RangeError('an XmR chart needs at least one point');
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let mrSum = 0;
  for (let i = 1; i < n; i++) mrSum += Math.abs(values[i] - values[i - 1]);
  const movingRangeMean = n > 1 ? mrSum / (n - 1) : 0;
  const sigma3 = XMR_SIGMA3 * movingRangeMean;
  const sigma2 = (2 / 3) * sigma3;
  return {
    mean,
    movingRangeMean,
    lowerLimit: mean - sigma3,
    upperLimit: mean + sigma3,
    lowerTwoSigma: mean - sigma2,
    upperTwoSigma: mean + sigma2,
  };
}

/** The XmR chart of the values, oldest first: limits and each point's special-cause rules. */
export function xmr(values: ArrayLike<number>): XmrResult {
  const n = values.length;
  const rules = new Uint8Array(n);
  const sides = new Int8Array(n);
  return { ...scan(values, n, rules, sides), rules, sides };
}

/**
 * The limits, and the rules and side of the latest point only: what a refresh needs of every measure,
 * worked out without allocating per point (the working arrays are reused). Reads the first n values.
 */
export function xmrLatest(
  values: ArrayLike<number>,
  n = values.length,
): XmrLimits & { latestRules: number; latestSide: number } {
  const rules = scratchRules(n);
  const sides = scratch(n, 2);
  const l = scan(values, n, rules, sides);
  // Written out rather than spread: spreading an object of numbers is slow in V8.
  return {
    mean: l.mean,
    movingRangeMean: l.movingRangeMean,
    lowerLimit: l.lowerLimit,
    upperLimit: l.upperLimit,
    lowerTwoSigma: l.lowerTwoSigma,
    upperTwoSigma: l.upperTwoSigma,
    latestRules: rules[n - 1],
    latestSide: sides[n - 1],
  };
}

/** Fills rules and sides (zeroed, at least n long) for the values; returns the limits. */
function scan(values: ArrayLike<number>, n: number, rules: Uint8Array, sides: Int8Array): XmrLimits {
  const limits = xmrLimits(values, n);
  const { mean, movingRangeMean: mr } = limits;
  const eps = 1e-10 * Math.max(Math.abs(mean), mr);
  const beyond2 = scratch(n, 0);

  for (let i = 0; i < n; i++) {
    const x = values[i];
    sides[i] = x > mean + eps ? 1 : x < mean - eps ? -1 : 0;
    // Rule 1: beyond a process limit.
    if (x > limits.upperLimit + eps || x < limits.lowerLimit - eps) rules[i] |= RULE_OUTSIDE_LIMITS;
    if (x > limits.upperTwoSigma + eps) beyond2[i] = 1;
    else if (x < limits.lowerTwoSigma - eps) beyond2[i] = -1;
  }

  // Rule 2: runs of RUN_LENGTH or more on one side of the mean.
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && sides[end] === sides[start]) end++;
    if (sides[start] !== 0 && end - start >= RUN_LENGTH) {
      for (let i = start; i < end; i++) rules[i] |= RULE_SHIFT;
    }
    start = end;
  }

  // Rule 3: RUN_LENGTH or more points each strictly higher (or lower) than the one before. steps[i] is the
  // move from point i - 1 to point i; a trend of k points is k - 1 equal, non-zero steps.
  const trendSide = scratch(n, 1);
  for (let start = 1; start < n;) {
    const step = stepOf(values, start, eps);
    let end = start + 1;
    while (end < n && stepOf(values, end, eps) === step) end++;
    if (step !== 0 && end - start >= RUN_LENGTH - 1) {
      for (let i = start - 1; i < end; i++) {
        rules[i] |= RULE_TREND;
        if (trendSide[i] === 0) trendSide[i] = step;
      }
    }
    start = end;
  }

  // Rule 4: in any 3 consecutive points on one side of the mean, 2 or more beyond that side's two-sigma line:
  // those beyond it are special causes.
  for (let i = 0; i + 2 < n; i++) {
    const side = sides[i];
    if (side === 0 || sides[i + 1] !== side || sides[i + 2] !== side) continue;
    let beyond = 0;
    for (let j = i; j < i + 3; j++) if (beyond2[j] === side) beyond++;
    if (beyond < 2) continue;
    for (let j = i; j < i + 3; j++) if (beyond2[j] === side) rules[j] |= RULE_TWO_OF_THREE;
  }

  for (let i = 0; i < n; i++) if (sides[i] === 0 && rules[i] !== 0) sides[i] = trendSide[i];
  return limits;
}

/** Working arrays reused from call to call (zeroed to n), so a chart allocates only what it returns. */
let scratchValues = new Float64Array(64);

/** A reused array of at least n numbers, for a measure's values while its latest point is read. */
export function valuesScratch(n: number): Float64Array {
  if (scratchValues.length < n) scratchValues = new Float64Array(Math.max(n, scratchValues.length * 2));
  return scratchValues;
}

const scratchArrays: Int8Array[] = [0, 1, 2].map(() => new Int8Array(64));
let scratchRuleBits = new Uint8Array(64);

function scratchRules(n: number): Uint8Array {
  if (scratchRuleBits.length < n) scratchRuleBits = new Uint8Array(Math.max(n, scratchRuleBits.length * 2));
  scratchRuleBits.fill(0, 0, n);
  return scratchRuleBits;
}

function scratch(n: number, which: 0 | 1 | 2): Int8Array {
  let a = scratchArrays[which];
  if (a.length < n) a = scratchArrays[which] = new Int8Array(Math.max(n, a.length * 2));
  a.fill(0, 0, n);
  return a;
}

/** +1 when point i is strictly higher than point i - 1, -1 when strictly lower, 0 when equal. */
function stepOf(values: ArrayLike<number>, i: number, eps: number): number {
  const d = values[i] - values[i - 1];
  return d > eps ? 1 : d < -eps ? -1 : 0;
}
