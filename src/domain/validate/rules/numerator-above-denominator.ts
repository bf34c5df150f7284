import type { RowSeries } from '../../series/types';
import type { Finding, Rule } from '../types';
import { at, finding, formatNumber, measureOf, usableRows } from '../helpers';

/** Error: more children in the numerator than in the group would make a percentage over 100. */
export const numeratorAboveDenominator: Rule = {
  id: 'numerator-above-denominator',
  severity: 'error',
  description: "a percentage's numerator is larger than its denominator",
  run(ctx) {
    const out: Finding[] = [];
    const rows = usableRows(ctx);
    const done = new Set<string>();
    for (const num of rows) {
      const id = num.tag.measureId;
      if (num.tag.role !== 'numerator' || done.has(id) || measureOf(ctx, id)?.unit !== 'percent') continue;
      done.add(id);
      const den = rows.find((s): s is RowSeries => s.tag.measureId === id && s.tag.role === 'denominator');
      if (!den) continue;
      const dens = new Map(den.observations.map((o) => [o.period.key, o]));
      for (const o of num.observations) {
        const d = dens.get(o.period.key);
        if (o.value === null || !d || d.value === null || o.value <= d.value) continue;
        out.push(
          finding(numeratorAboveDenominator, ctx, {
            measureId: id,
            tagId: num.tag.id,
            cell: o.cell,
            text: `for ${o.period.label} the numerator ${formatNumber(o.value)} (${at(o.cell)}) is larger than the denominator ${formatNumber(d.value)} (${at(d.cell)}). Are the rows tagged the right way round?`,
          }),
        );
      }
    }
    return out;
  },
};
