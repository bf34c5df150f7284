import { formatDate, monthKeyOfDate, periodFromKey } from '../../calc/periodKeys';
import { staleAllowanceDays, staleByDays } from '../../calc/policy';
import type { Finding, Rule } from '../types';
import { finding, measureOf } from '../helpers';

/**
 * Warning: the latest period ended longer ago than the measure's frequency allows at the as-at date (the
 * allowances are calc/policy.ts STALE_AFTER_DAYS_*: monthly 62 days, quarterly 123, termly 153, annual 548).
 * Child-level figures (dated at the as-at month) are never stale.
 */
export const staleData: Rule = {
  id: 'stale-data',
  severity: 'warning',
  description: 'the latest figure is older than the measure frequency allows at the as-at date',
  run(ctx) {
    const out: Finding[] = [];
    for (const f of ctx.figures) {
      const m = measureOf(ctx, f.measureId);
      if (!m || !f.latest) continue;
      if (f.records !== null && f.latest.period === monthKeyOfDate(ctx.asAt)) continue;
      const p = f.trendPeriods.find((x) => x.key === f.latest?.period) ?? periodFromKey(f.latest.period);
      if (!p || staleByDays(m.frequency, p.kind, p.end, ctx.asAt) <= 0) continue;
      out.push(
        finding(staleData, ctx, {
          measureId: f.measureId,
          ...(f.source ? { cell: f.source } : {}),
          text: `the latest figure is for ${p.label}, which ended on ${formatDate(p.end)}; for a ${m.frequency} measure a figure more than ${staleAllowanceDays(m.frequency, p.kind)} days old at ${formatDate(ctx.asAt)} is out of date. Add the newer periods.`,
          panelText: `the latest figure is for ${p.label}, which ended on ${formatDate(p.end)}: out of date for a ${m.frequency} measure at ${formatDate(ctx.asAt)}.`,
        }),
      );
    }
    return out;
  },
};
