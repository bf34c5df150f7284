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
      const obs = s.observations;
      for (let i = 0; i < obs.length; i++) {
        const v = obs.value(i);
        if (v === null || v >= 0) continue;
        const o = obs.at(i);
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
      const records = s.records;
      for (let i = 0; i < records.length; i++) {
        const v = records.value(i);
        if (v === null || v >= 0) continue;
        const r = records.at(i);
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
