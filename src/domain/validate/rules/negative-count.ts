import type { Finding, Rule } from '../types';
import { at, finding, formatNumber, isCountRow, measureOf, usableRecords, usableRows } from '../helpers';

/** Error: there cannot be fewer than no children (count rows, numerator/denominator rows, records). */
export const negativeCount: Rule = {
  id: 'negative-count',
  severity: 'error',
  description: 'a count of children (or a child-level record) is negative',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      if (!isCountRow(s, measureOf(ctx, s.tag.measureId))) continue;
      for (const { item: o, value: v } of s.observations.numbersWhere((v) => v < 0)) {
        out.push(
          finding(negativeCount, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `${at(o.cell)} holds ${formatNumber(v)} for ${o.period.label}; a count cannot be negative.`,
          }),
        );
      }
    }
    for (const s of usableRecords(ctx)) {
      for (const { item: r, value: v } of s.records.numbersWhere((v) => v < 0)) {
        out.push(
          finding(negativeCount, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: r.cell,
            text: `${at(r.cell)} holds ${formatNumber(v)}; a child-level count cannot be negative.`,
          }),
        );
      }
    }
    return out;
  },
};
