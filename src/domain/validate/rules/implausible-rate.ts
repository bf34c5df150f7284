import type { Finding, Rule } from '../types';
import { at, finding, formatNumber, measureOf, usableRows } from '../helpers';

/** Above 1,000 per 10,000 is one child in ten: almost certainly a count in a rate row or a wrong population. */
export const IMPLAUSIBLE_RATE_PER_10K = 1000;

/** Warning: implausible, not impossible; the officer should look. */
export const implausibleRate: Rule = {
  id: 'implausible-rate',
  severity: 'warning',
  description: 'a rate per 10,000 children is over 1,000',
  run(ctx) {
    const out: Finding[] = [];
    const flagged = new Set<string>();
    for (const s of usableRows(ctx)) {
      if (s.tag.role !== 'value' || measureOf(ctx, s.tag.measureId)?.unit !== 'rate10k') continue;
      for (const { item: o, value: v } of s.observations.numbersWhere((v) => v > IMPLAUSIBLE_RATE_PER_10K)) {
        flagged.add(s.tag.measureId);
        out.push(
          finding(implausibleRate, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `${at(o.cell)} gives ${formatNumber(v, 1)} per 10,000 children for ${o.period.label}, more than one child in ten. Is a count in a rate row?`,
          }),
        );
      }
    }
    for (const f of ctx.figures) {
      if (flagged.has(f.measureId) || f.ratePer10k === null || f.ratePer10k <= IMPLAUSIBLE_RATE_PER_10K)
        continue;
      out.push(
        finding(implausibleRate, ctx, {
          measureId: f.measureId,
          ...(f.source ? { cell: f.source } : {}),
          text: `the worked-out rate is ${formatNumber(f.ratePer10k, 1)} per 10,000 children${f.latest ? ` for ${f.latest.label}` : ''}, more than one child in ten. Check the 0-17 population setting (${ctx.framework.population ?? 'not set'}).`,
        }),
      );
    }
    return out;
  },
};
