import type { Finding, Rule } from '../types';
import { at, finding, formatNumber, isCountRow, measureOf, usableRecords, usableRows } from '../helpers';

const isWhole = (v: number) => Math.abs(v - Math.round(v)) < 1e-9;

/**
 * Warning (not error): a fraction in a count row is usually a percentage or average in the wrong row, but
 * some teams keep weighted caseloads, so it is flagged for a look rather than rejected.
 */
export const fractionalCount: Rule = {
  id: 'fractional-count',
  severity: 'warning',
  description: 'a count of children (or a child-level record) is not a whole number',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      if (!isCountRow(s, measureOf(ctx, s.tag.measureId))) continue;
      for (const { item: o, value: v } of s.observations.numbersWhere((v) => !isWhole(v))) {
        out.push(
          finding(fractionalCount, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `${at(o.cell)} holds ${formatNumber(v, 4)} for ${o.period.label}, but a count should be a whole number. Is a percentage or average in a count row?`,
          }),
        );
      }
    }
    for (const s of usableRecords(ctx)) {
      for (const { item: r, value: v } of s.records.numbersWhere((v) => !isWhole(v))) {
        out.push(
          finding(fractionalCount, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: r.cell,
            text: `${at(r.cell)} holds ${formatNumber(v, 4)}, but a child-level count should be a whole number.`,
          }),
        );
      }
    }
    return out;
  },
};
