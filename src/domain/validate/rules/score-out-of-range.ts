import type { Finding, Rule } from '../types';
import { at, finding, formatNumber, measureOf, usableRows } from '../helpers';

/** Error: a value outside the measure's plausible range (SDQ total difficulties 0-40) cannot be right. */
export const scoreOutOfRange: Rule = {
  id: 'score-out-of-range',
  severity: 'error',
  description: "a value is outside the measure's plausible range (e.g. an SDQ score outside 0-40)",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const range = measureOf(ctx, s.tag.measureId)?.range;
      if (!range || s.tag.role !== 'value') continue;
      const [lo, hi] = range;
      for (const { item: o, value: v } of s.observations.numbersWhere((v) => v < lo || v > hi)) {
        out.push(
          finding(scoreOutOfRange, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `${at(o.cell)} holds ${formatNumber(v)} for ${o.period.label}, outside the possible range ${lo}-${hi}.`,
          }),
        );
      }
    }
    return out;
  },
};
