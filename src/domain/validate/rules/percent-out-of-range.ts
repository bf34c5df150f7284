import type { Finding, Rule } from '../types';
import { at, finding, formatNumber, measureOf, usableRows } from '../helpers';

/** Error: a percentage below 0 or above 100 is impossible (often a count in the wrong row, or x100 twice). */
export const percentOutOfRange: Rule = {
  id: 'percent-out-of-range',
  severity: 'error',
  description: 'a percentage is below 0 or above 100',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      if (s.tag.role !== 'value' || measureOf(ctx, s.tag.measureId)?.unit !== 'percent') continue;
      for (const { item: o, value: v } of s.observations.numbersWhere((v) => v < 0 || v > 100)) {
        out.push(
          finding(percentOutOfRange, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `${at(o.cell)} reads as ${formatNumber(v)}% for ${o.period.label}, outside 0-100 for a percentage. Is a count in a percentage row?`,
          }),
        );
      }
    }
    return out;
  },
};
