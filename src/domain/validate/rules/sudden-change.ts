import { median } from '../../calc/records';
import type { Unit } from '../../framework/types';
import type { Finding, Rule } from '../types';
import { finding, formatNumber, measureOf } from '../helpers';

/**
 * A latest change is 'sudden' when ALL of:
 *  - there are at least SUDDEN_MIN_HISTORY earlier period-to-period changes in the trend to judge against;
 *  - |latest change| > SUDDEN_CHANGE_FACTOR x the median absolute earlier change;
 *  - |latest change| is over a floor, so flat series do not flag every wobble:
 *    percent: SUDDEN_FLOOR_POINTS (5 points); counts: the larger of 5 and 20% of the previous value;
 *    other units: 20% of the previous value.
 * Changes are between consecutive periods that both have values in the figures' trend (last 12 periods).
 */
export const SUDDEN_CHANGE_FACTOR = 3;
export const SUDDEN_MIN_HISTORY = 3;
export const SUDDEN_FLOOR_POINTS = 5;
export const SUDDEN_FLOOR_RELATIVE = 0.2;
export const SUDDEN_FLOOR_COUNT = 5;

function floorFor(unit: Unit, previous: number): number {
  if (unit === 'percent') return SUDDEN_FLOOR_POINTS;
  const relative = Math.abs(previous) * SUDDEN_FLOOR_RELATIVE;
  return unit === 'count' ? Math.max(SUDDEN_FLOOR_COUNT, relative) : relative;
}

/** Warning: often a keying slip or a change of definition; worth a look before the Panel sees it. */
export const suddenChange: Rule = {
  id: 'sudden-change',
  severity: 'warning',
  description: "the latest change is far beyond the row's usual period-to-period change",
  run(ctx) {
    const out: Finding[] = [];
    for (const f of ctx.figures) {
      const m = measureOf(ctx, f.measureId);
      if (!m || !f.latest || !f.previous || f.change === null) continue;
      // Earlier changes: between consecutive valued periods of the trend before the latest.
      const latestAt = f.trendPeriods.findIndex((p) => p.key === f.latest?.period);
      const before = latestAt >= 0 ? f.trend.slice(0, latestAt) : [];
      const history: number[] = [];
      for (let i = 1; i < before.length; i++) {
        const a = before[i - 1];
        const b = before[i];
        if (a !== null && b !== null) history.push(Math.abs(b - a));
      }
      if (history.length < SUDDEN_MIN_HISTORY) continue;
      const usual = median(history) ?? 0;
      const size = Math.abs(f.change);
      if (size <= SUDDEN_CHANGE_FACTOR * usual || size <= floorFor(m.unit, f.previous.value)) continue;
      const unit = m.unit === 'percent' ? ' points' : '';
      const sign = f.change > 0 ? '+' : '-';
      out.push(
        finding(suddenChange, ctx, {
          measureId: f.measureId,
          ...(f.source ? { cell: f.source } : {}),
          text: `the change from ${f.previous.label} to ${f.latest.label} (${sign}${formatNumber(size, 1)}${unit}, ${formatNumber(f.previous.value, 1)} to ${formatNumber(f.latest.value, 1)}) is far beyond the usual change between periods (median ${formatNumber(usual, 1)}${unit}). Check the ${f.latest.label} value.`,
        }),
      );
    }
    return out;
  },
};
