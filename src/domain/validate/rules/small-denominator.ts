import { countNoun } from '../../calc/policy';
import type { Finding, Rule } from '../types';
import { finding, formatNumber, measureOf, usableRows } from '../helpers';

/**
 * Info: small numbers are a fact of the data, not an error; the Panel is told how far one child moves the
 * percentage. Judged on the latest figure, against defaults.smallDenominator (10).
 */
export const smallDenominator: Rule = {
  id: 'small-denominator',
  severity: 'info',
  description: 'the latest percentage rests on fewer children than the small-numbers threshold',
  run(ctx) {
    const out: Finding[] = [];
    const limit = ctx.framework.defaults.smallDenominator;
    for (const f of ctx.figures) {
      const p = f.latest;
      if (!p || p.denominator === null || p.denominator <= 0 || p.denominator >= limit) continue;
      const m = measureOf(ctx, f.measureId);
      if (m?.unit !== 'percent') continue;
      const noun = countNoun(m);
      const one = noun === 'children' ? 'child' : 'worker';
      const den = usableRows(ctx).find(
        (s) => s.tag.measureId === f.measureId && s.tag.role === 'denominator',
      );
      const at = den ? den.observations.periods.findIndex((q) => q.key === p.period) : -1;
      const cell =
        (den && at >= 0 ? den.observations.cell(at) : undefined) ?? p.cell ?? f.source ?? undefined;
      const d = formatNumber(p.denominator, 0);
      const counts =
        p.numerator !== null ? `${formatNumber(p.numerator, 0)} of ${d}` : `a denominator of ${d}`;
      out.push(
        finding(smallDenominator, ctx, {
          measureId: f.measureId,
          ...(cell ? { cell } : {}),
          text: `the ${p.label} figure is ${counts} (${formatNumber(p.value, 0)}%): on ${d} ${noun} one ${one} is ${formatNumber(100 / p.denominator, 0)} points, so the percentage moves a lot on one ${one}.`,
        }),
      );
    }
    return out;
  },
};
