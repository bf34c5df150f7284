import type { Finding, Rule } from '../types';
import { at, finding, formatNumber, usableRows } from '../helpers';

/** Difference (in the unit) under which the sheet's own total and ours are taken to agree. */
export const YTD_TOLERANCE = 0.5;

/**
 * Warning: the sheet's own 'YTD' or 'Rolling 12 months' column disagrees with the sum of its months. The
 * figures always use the sum of the months; the column is only checked against it.
 */
export const ytdDisagrees: Rule = {
  id: 'ytd-disagrees',
  severity: 'warning',
  description: "the sheet's YTD or rolling 12-month column disagrees with the sum of its months",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      if (s.tag.role !== 'value') continue;
      const f = ctx.figures.find((x) => x.measureId === s.tag.measureId && x.tagIds[0] === s.tag.id);
      if (!f || !f.latest) continue;
      const pairs = [
        { col: s.ytd, ours: f.ytd, words: `April to ${f.latest.label}`, name: 'year-to-date' },
        {
          col: s.rolling12,
          ours: f.rolling12,
          words: `the 12 months to ${f.latest.label}`,
          name: 'rolling 12-month',
        },
      ];
      for (const p of pairs) {
        if (!p.col || p.col.value === null || p.ours === null) continue;
        if (Math.abs(p.col.value - p.ours) <= YTD_TOLERANCE) continue;
        out.push(
          finding(ytdDisagrees, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: p.col.cell,
            text: `the sheet's ${p.name} total at ${at(p.col.cell)} is ${formatNumber(p.col.value)}, but the months from ${p.words} add up to ${formatNumber(p.ours)}. The figures use the sum of the months.`,
          }),
        );
      }
    }
    return out;
  },
};
