/**
 * Statistical process control for one measure: its figures in period order (periods without a figure left
 * out, from the officer's baseline on) read on an XmR chart (./xmr.ts), then judged by the measure's
 * polarity and target, as NHS England's Making Data Count does with its two icons:
 *
 *  - fewer than SPC_MIN_POINTS (12) points: no SPC; 12 to 19: computed and marked provisional.
 *  - variation (of the latest point): 'commonCause' when it is not a special cause; otherwise 'improvement'
 *    or 'concern' by the polarity and the side of the mean the point lies on (higher is better: above is
 *    improvement); closest to target: 'improvement' towards a target beyond the tolerance on that side of
 *    the mean, 'concern' away from it (without a target neither side of the mean is better in itself); for
 *    context-only measures (and closest to target without a target), 'neutralHigh' / 'neutralLow'. A point
 *    on the mean can be special only as part of a trend: the trend's direction is its side.
 *  - assurance (needs a target and a polarity): higher is better: target below the lower process limit ->
 *    'pass' (reliably met), above the upper limit -> 'fail' (reliably missed), otherwise 'hitAndMiss';
 *    lower is better: the mirror. Closest to target: 'pass' when both limits lie within the target's
 *    tolerance band (where RAG is green), 'fail' when the whole band lies outside the limits, otherwise
 *    'hitAndMiss'. No target or context only: null.
 */
import type { Polarity } from '../../framework/types';
import type { Period } from '../../periods/types';
import { periodFromKey } from '../periodKeys';
import type { SpcAssurance, SpcChartFigures, SpcFigures, SpcPoint, SpcRule, SpcVariation } from '../types';
import {
  RULE_OUTSIDE_LIMITS,
  RULE_SHIFT,
  RULE_TREND,
  RULE_TWO_OF_THREE,
  valuesScratch,
  xmr,
  xmrLatest,
  type XmrLimits,
} from './xmr';

/** Fewer points than this: no SPC. */
export const SPC_MIN_POINTS = 12;
/** From this many points the reading is firm; below it (from SPC_MIN_POINTS), provisional. */
export const SPC_FIRM_POINTS = 20;

export interface SpcInputPoint {
  readonly period: Period;
  readonly value: number;
}

export interface SpcInput {
  /** The measure's figures, oldest first; only periods with a (finite) figure. */
  readonly points: readonly SpcInputPoint[];
  readonly polarity: Polarity;
  readonly target: number | null;
  /** The amber band, percent of the target (used by 'closest to target' measures). */
  readonly tolerance: number;
  /** Canonical key of the period to start from; points of periods that end before it starts are left out. */
  readonly baseline?: string | null;
}

export interface SpcResult {
  /** Null with fewer than SPC_MIN_POINTS points. */
  readonly spc: SpcChartFigures | null;
  /** The points SPC could use (from the baseline on). */
  readonly points: number;
}

const RULES: readonly [number, SpcRule][] = [
  [RULE_OUTSIDE_LIMITS, 'outsideLimits'],
  [RULE_SHIFT, 'shift'],
  [RULE_TREND, 'trend'],
  [RULE_TWO_OF_THREE, 'twoOfThree'],
];
const NO_RULES: readonly SpcRule[] = [];

/** The rules in a RULE_* bit set, in SpcRule order. */
export function rulesOf(bits: number): readonly SpcRule[] {
  if (bits === 0) return NO_RULES;
  const out: SpcRule[] = [];
  for (const [bit, rule] of RULES) if (bits & bit) out.push(rule);
  return out;
}

/** Where a 'closest to target' measure's target lies from its mean: the target and its tolerance (percent). */
export interface TargetSide {
  readonly target: number | null;
  readonly tolerance: number;
  readonly mean: number;
}

/**
 * What a special cause on this side of the mean (+1 above, -1 below) means for a measure of this polarity.
 * Closest to target, with a target: an improvement when it moves towards a target that lies beyond the
 * tolerance on that side of the mean, a concern when it moves away (a mean within the tolerance is on
 * target, so any special cause moves away from it); without a target, neither better nor worse.
 */
export function variationOf(side: number, polarity: Polarity, near?: TargetSide): SpcVariation {
  if (side === 0) return 'commonCause';
  if (polarity === 'higher') return side > 0 ? 'improvement' : 'concern';
  if (polarity === 'lower') return side < 0 ? 'improvement' : 'concern';
  if (polarity === 'target' && near && near.target !== null && Number.isFinite(near.target)) {
    const allowance = (Math.abs(near.target) * near.tolerance) / 100;
    const towards = side > 0 ? near.target > near.mean + allowance : near.target < near.mean - allowance;
    return towards ? 'improvement' : 'concern';
  }
  return side > 0 ? 'neutralHigh' : 'neutralLow';
}

/** Whether the process will reliably meet the target; null without a target or for context-only measures. */
export function assuranceOf(
  polarity: Polarity,
  target: number | null,
  tolerance: number,
  limits: Pick<XmrLimits, 'lowerLimit' | 'upperLimit'>,
): SpcAssurance | null {
  if (target === null || !Number.isFinite(target) || polarity === 'contextual') return null;
  const { lowerLimit: lo, upperLimit: hi } = limits;
  if (polarity === 'higher') return target < lo ? 'pass' : target > hi ? 'fail' : 'hitAndMiss';
  if (polarity === 'lower') return target > hi ? 'pass' : target < lo ? 'fail' : 'hitAndMiss';
  const allowance = (Math.abs(target) * tolerance) / 100;
  if (lo >= target - allowance && hi <= target + allowance) return 'pass';
  if (target + allowance < lo || target - allowance > hi) return 'fail';
  return 'hitAndMiss';
}

/** The points from the baseline on: those whose period ends on or after the baseline period starts. */
export function fromBaseline(
  points: readonly SpcInputPoint[],
  baseline: Period | null | undefined,
): readonly SpcInputPoint[] {
  if (!baseline) return points;
  const first = points.findIndex((p) => p.period.end >= baseline.start);
  return first < 0 ? [] : first === 0 ? points : points.slice(first);
}

/** The figures with their chart, or null when they came without one (SPC figures written by hand). */
export function withChart(spc: SpcFigures | null | undefined): SpcChartFigures | null {
  return spc &&
    spc.chartPoints !== undefined &&
    spc.movingRangeMean !== undefined &&
    spc.lowerTwoSigma !== undefined &&
    spc.upperTwoSigma !== undefined
    ? (spc as SpcChartFigures)
    : null;
}

/** SPC of a measure's figures (see the module header). */
export function measureSpc(input: SpcInput): SpcResult {
  const baselinePeriod = input.baseline ? periodFromKey(input.baseline) : null;
  const used = fromBaseline(input.points, baselinePeriod);
  const n = used.length;
  if (n < SPC_MIN_POINTS) return { spc: null, points: n };

  // The values go into a reused array: allocating them per measure made garbage collection much of SPC's cost.
  const values = valuesScratch(n);
  for (let i = 0; i < n; i++) values[i] = used[i].value;
  const chart = xmrLatest(values, n);
  const near: TargetSide = { target: input.target, tolerance: input.tolerance, mean: chart.mean };
  // The chart's points are made on the first call (the pane's chart, the words of a special cause).
  let chartPoints: SpcPoint[] | undefined;
  const spc: SpcChartFigures = {
    points: n,
    mean: chart.mean,
    lowerLimit: chart.lowerLimit,
    upperLimit: chart.upperLimit,
    variation: chart.latestRules === 0 ? 'commonCause' : variationOf(chart.latestSide, input.polarity, near),
    assurance: assuranceOf(input.polarity, input.target, input.tolerance, chart),
    provisional: n < SPC_FIRM_POINTS,
    movingRangeMean: chart.movingRangeMean,
    lowerTwoSigma: chart.lowerTwoSigma,
    upperTwoSigma: chart.upperTwoSigma,
    chartPoints: () => {
      if (!chartPoints) {
        const full = xmr(used.map((p) => p.value));
        chartPoints = new Array<SpcPoint>(n);
        for (let i = 0; i < n; i++) {
          const bits = full.rules[i];
          chartPoints[i] = {
            period: used[i].period.key,
            label: used[i].period.label,
            value: used[i].value,
            rules: rulesOf(bits),
            variation: bits === 0 ? 'commonCause' : variationOf(full.sides[i], input.polarity, near),
          };
        }
      }
      return chartPoints;
    },
    baseline: baselinePeriod ? baselinePeriod.key : null,
  };
  return { spc, points: n };
}
