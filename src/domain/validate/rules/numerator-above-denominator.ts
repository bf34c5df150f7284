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
      const dens = new Map<string, number>();
      den.observations.periods.forEach((p, i) => dens.set(p.key, i));
      const nums = num.observations;
      for (let i = 0; i < nums.length; i++) {
        const n = nums.value(i);
        const di = dens.get(nums.period(i).key);
        const dv = di === undefined ? null : den.observations.value(di);
        if (n === null || di === undefined || dv === null || n <= dv) continue;
        const o = nums.at(i);
        const d = den.observations.at(di);
        out.push(
          finding(numeratorAboveDenominator, ctx, {
            measureId: id,
            tagId: num.tag.id,
            cell: o.cell,
            text: `for ${o.period.label} the numerator ${formatNumber(n)} (${at(o.cell)}) is larger than the denominator ${formatNumber(dv)} (${at(d.cell)}). Are the rows tagged the right way round?`,
          }),
        );
      }
    }
    return out;
  },
};
