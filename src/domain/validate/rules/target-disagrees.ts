import { formatValue } from '../../summary/format';
import type { Finding, Rule } from '../types';
import { at, finding, measureOf } from '../helpers';

/**
 * Warning: the officer's framework target and the sheet's own Target column give different targets. The
 * framework's wins (see calc/figures), so the RAG may not be the one the sheet's author expects.
 */
export const targetDisagrees: Rule = {
  id: 'target-disagrees',
  severity: 'warning',
  description: "the framework's target for a measure differs from the one in the sheet's Target column",
  run(ctx) {
    const out: Finding[] = [];
    for (const f of ctx.figures) {
      const source = f.targetSource;
      const m = measureOf(ctx, f.measureId);
      if (!m || !source || source.from !== 'setting' || !source.sheet || f.target === null) continue;
      const sheet = source.sheet;
      if (Math.abs(sheet.value - f.target) <= 1e-9 * Math.max(1, Math.abs(f.target))) continue;
      const ours = formatValue(f.target, m.unit);
      const theirs = formatValue(sheet.value, m.unit);
      out.push(
        finding(targetDisagrees, ctx, {
          measureId: m.id,
          cell: sheet.cell,
          text: `the framework's target (${ours}) differs from the sheet's (${theirs} at ${at(sheet.cell)}). The framework's is used for the RAG; change one so they agree.`,
          panelText: `two different targets are recorded (${ours} and ${theirs}); the RAG rating uses ${ours}.`,
        }),
      );
    }
    return out;
  },
};
