import type { Finding, Rule } from '../types';
import { finding } from '../helpers';

/**
 * Warning: the Panel should see every line of enquiry; one with neither a tagged measure (nor a figure
 * derived from tagged data) nor an evidence note shows up empty on the summary.
 */
export const kloeNoCoverage: Rule = {
  id: 'kloe-no-coverage',
  severity: 'warning',
  description: 'a line of enquiry has no tagged measure and no evidence note',
  run(ctx) {
    const out: Finding[] = [];
    const withData = new Set([...ctx.tags.map((t) => t.measureId), ...ctx.figures.map((f) => f.measureId)]);
    for (const k of ctx.framework.kloes) {
      const measures = ctx.framework.measures.filter((m) => m.kloes.includes(k.id));
      if (measures.some((m) => withData.has(m.id))) continue;
      if (ctx.framework.evidence.some((e) => e.kloeId === k.id && e.text.trim() !== '')) continue;
      out.push(
        finding(kloeNoCoverage, ctx, {
          kloeId: k.id,
          text: `${k.id} ${k.title}: no measure is tagged and no evidence is recorded for this line of enquiry${measures.length > 0 ? ` (measures: ${measures.map((m) => m.id).join(', ')})` : ''}. Tag a measure or record evidence for it.`,
          panelText: `${k.id} ${k.title}: no measure and no evidence is recorded for this line of enquiry.`,
        }),
      );
    }
    return out;
  },
};
