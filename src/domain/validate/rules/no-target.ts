import type { Finding, Rule } from '../types';
import { formatValue, yearText } from '../../summary/format';
import { finding, measureOf } from '../helpers';

/** Info: not an error, but without a target there is no RAG. Only measures with a good direction. */
export const noTarget: Rule = {
  id: 'no-target',
  severity: 'info',
  description: 'a measure with a good direction (higher or lower is better) has figures but no target',
  run(ctx) {
    const out: Finding[] = [];
    for (const f of ctx.figures) {
      const m = measureOf(ctx, f.measureId);
      if (!m || (m.polarity !== 'higher' && m.polarity !== 'lower') || f.target !== null) continue;
      const e = f.comparators.england;
      const hint = e
        ? ` England's figure, ${formatValue(e.value, m.unit)}${e.year ? ` (${yearText(e.year)})` : ''}, could be a starting point.`
        : '';
      out.push(
        finding(noTarget, ctx, {
          measureId: m.id,
          ...(f.source ? { cell: f.source } : {}),
          text: `there is no target, so no RAG rating is shown. Set one in the Framework view.${hint}`,
          panelText: 'no target has been set, so there is no RAG rating.',
        }),
      );
    }
    return out;
  },
};
