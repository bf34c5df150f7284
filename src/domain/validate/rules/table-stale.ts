import type { Finding, Rule } from '../types';
import { finding, tagCell } from '../helpers';

/**
 * Warning: a table that holds nothing dated in the as-at year (last year's extract pasted again?) gives no
 * figures for that year rather than last year's counted as this year's.
 */
export const tableStale: Rule = {
  id: 'table-stale',
  severity: 'warning',
  description: 'a child-level table holds nothing dated in the year of the as-at date',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.series) {
      if (s.kind !== 'table' || !s.stale) continue;
      out.push(
        finding(tableStale, ctx, {
          tagId: s.tag.id,
          cell: s.from?.cell ?? tagCell(s.tag),
          text: `${s.stale.charAt(0).toUpperCase()}${s.stale.slice(1)} Paste this year's extract, or check the as-at date.`,
          panelText: `${s.stale.charAt(0).toUpperCase()}${s.stale.slice(1)}`,
        }),
      );
    }
    return out;
  },
};
