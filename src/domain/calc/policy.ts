/**
 * The judgement calls behind the figures, in one place so the pane, the summary and the checks agree.
 *
 * STABLE BAND (direction of travel, and 'similar' against a comparator)
 *   - percent: a change (or gap) of no more than `defaults.stableBand` percentage POINTS is stable/similar.
 *   - every other unit (count, rate10k, ratio, days, score, currency): no more than `defaults.stableBand`
 *     PER CENT of the base value (the previous value for a change, the comparator for a gap). A count of
 *     120 with a band of 1 is stable within +/-1.2; a cost of GBP 1,000 within +/-GBP 10. When the base is
 *     0, only an unchanged value is stable.
 *
 * RAG against a target t with tolerance tol (per cent of the target; settings.tolerance ?? defaults.tolerance):
 *   allowance = |t| x tol / 100
 *   - higher is better: green v >= t; amber v >= t - allowance; red otherwise.
 *   - lower is better:  green v <= t; amber v <= t + allowance; red otherwise.
 *   - 'target' (close to target is best): green |v - t| <= allowance; amber <= 2 x allowance; red beyond.
 *   - contextual with a target: treated as 'target' for the RAG (a Panel that sets a figure for a
 *     contextual measure wants to know how close it is), but the direction of travel and comparator
 *     verdicts stay null because the measure has no good or bad direction.
 *
 * STALE DATA: a latest period is stale when its END is more than the allowance below before the as-at
 * date. The allowance is the larger of the one for the measure's frequency and the one for the period
 * kind actually found (a monthly measure kept on a quarterly sheet is judged as quarterly).
 */
import type { Frequency, Measure, Polarity, Unit } from '../framework/types';
import type { PeriodKind } from '../periods/types';
import type { Direction, Rag, Versus } from './types';
import { daysBetween } from './periodKeys';

const EPSILON = 1e-9;

/** Days after a period's end before its figure is stale, by measure frequency. */
export const STALE_AFTER_DAYS_BY_FREQUENCY: Readonly<Record<Frequency, number>> = {
  /** about two months: March's figure is fine until the end of May. */
  monthly: 62,
  /** one quarter plus a month's grace for the return to be compiled. */
  quarterly: 92 + 31,
  /** one term (about four months) plus a month's grace. */
  termly: 122 + 31,
  /** 18 months: DfE annual statistics (year to 31 March) appear in the autumn, so last year's stays current. */
  annual: 548,
};

/** The same allowances by the kind of the period found in the sheet. */
export const STALE_AFTER_DAYS_BY_KIND: Readonly<Record<PeriodKind, number>> = {
  month: STALE_AFTER_DAYS_BY_FREQUENCY.monthly,
  quarter: STALE_AFTER_DAYS_BY_FREQUENCY.quarterly,
  financialYear: STALE_AFTER_DAYS_BY_FREQUENCY.annual,
  academicYear: STALE_AFTER_DAYS_BY_FREQUENCY.annual,
  calendarYear: STALE_AFTER_DAYS_BY_FREQUENCY.annual,
};

export function staleAllowanceDays(frequency: Frequency, kind: PeriodKind): number {
  return Math.max(STALE_AFTER_DAYS_BY_FREQUENCY[frequency], STALE_AFTER_DAYS_BY_KIND[kind]);
}

/** Days the period end lies beyond its allowance at the as-at date (> 0 means stale), else 0. */
export function staleByDays(frequency: Frequency, kind: PeriodKind, periodEnd: string, asAt: string): number {
  const age = daysBetween(periodEnd, asAt);
  const over = age - staleAllowanceDays(frequency, kind);
  return over > 0 ? over : 0;
}

/**
 * Is a period due at the as-at date: has it ended? A blank cell for a period that has not ended yet (a
 * sheet laid out for the whole year ahead) is not 'missing': it is ignored. A value there is still used.
 */
export function isDue(period: { readonly end: string }, asAt: string): boolean {
  return period.end <= asAt.slice(0, 10);
}

/** Is a difference `delta` from `base` within the stable band for this unit? See the header. */
export function withinBand(unit: Unit, delta: number, base: number, band: number): boolean {
  if (unit === 'percent') return Math.abs(delta) <= band + EPSILON;
  if (base === 0) return Math.abs(delta) <= EPSILON;
  return Math.abs(delta) <= (Math.abs(base) * band) / 100 + EPSILON;
}

/** Direction of travel for a change from `previous` to `latest`. */
export function directionOf(
  unit: Unit,
  polarity: Polarity,
  latest: number,
  previous: number,
  band: number,
  target: number | null,
): Direction | null {
  if (polarity === 'contextual') return null;
  if (polarity === 'target') {
    if (target === null) return null;
    const before = Math.abs(previous - target);
    const now = Math.abs(latest - target);
    // Stable when the distance to the target moved within the band (in the measure's unit).
    if (withinBand(unit, now - before, previous, band)) return 'stable';
    return now < before ? 'improving' : 'worsening';
  }
  const change = latest - previous;
  if (withinBand(unit, change, previous, band)) return 'stable';
  const up = change > 0;
  return up === (polarity === 'higher') ? 'improving' : 'worsening';
}

/** RAG of a value against a target; see the header for the bands. */
export function ragOf(polarity: Polarity, value: number, target: number, tolerance: number): Rag {
  const allowance = (Math.abs(target) * tolerance) / 100;
  if (polarity === 'higher') {
    if (value >= target - EPSILON) return 'green';
    return value >= target - allowance - EPSILON ? 'amber' : 'red';
  }
  if (polarity === 'lower') {
    if (value <= target + EPSILON) return 'green';
    return value <= target + allowance + EPSILON ? 'amber' : 'red';
  }
  // 'target' and contextual: closeness to the target.
  const distance = Math.abs(value - target);
  if (distance <= allowance + EPSILON) return 'green';
  return distance <= 2 * allowance + EPSILON ? 'amber' : 'red';
}

/** The authority against a comparator: 'similar' within the stable band; null when there is no good direction. */
export function versusOf(
  unit: Unit,
  polarity: Polarity,
  value: number,
  comparator: number,
  band: number,
): Versus | null {
  if (polarity === 'contextual' || polarity === 'target') return null;
  const gap = value - comparator;
  if (withinBand(unit, gap, comparator, band)) return 'similar';
  return gap > 0 === (polarity === 'higher') ? 'better' : 'worse';
}

/** Decimals a figure is shown (and a worked-out average rounded) to, by unit: the sheet's number formats. */
export const UNIT_DECIMALS: Readonly<Record<Unit, number>> = {
  percent: 1,
  count: 0,
  rate10k: 1,
  ratio: 2,
  days: 0,
  score: 1,
  currency: 0,
};

/** A figure rounded as its unit is shown (half away from zero): 61.25% -> 61.3, 12.5 children -> 13. */
export function roundAsUnit(value: number, unit: Unit): number {
  const f = 10 ** UNIT_DECIMALS[unit];
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Units where a national (England) figure can be set beside a local one. Never counts. */
export const COMPARABLE_UNITS: readonly Unit[] = ['percent', 'rate10k', 'ratio', 'days', 'score', 'currency'];

/**
 * Count measures that are snapshots at the period end (a stock, not a flow): summing them over months
 * means nothing, so they get no YTD or rolling 12-month total. Also any count whose definition says
 * 'snapshot' or 'at (the) period end'.
 */
export const STOCK_COUNT_MEASURES: readonly string[] = ['D02', 'D06', 'P07', 'V02'];

/** Count measures that also get a rate per 10,000 children when the 0-17 population is set. */
export const RATE_COUNT_MEASURES: readonly string[] = ['D02'];

/** Who a measure's denominator counts, for small-numbers wording: workforce measures count social workers. */
export function countNoun(measure: Pick<Measure, 'kloes'>): string {
  return measure.kloes[0] === 'K09' ? 'social workers' : 'children';
}
