import type { Finding, Rule } from '../types';
import { finding, labelCell, rowAt, seriesRow, usableRows } from '../helpers';

/** Warning: only the most common kind of period is used for the figures; the others are left out. */
export const mixedPeriodKinds: Rule = {
  id: 'mixed-period-kinds',
  severity: 'warning',
  description: 'a row mixes kinds of period (months with quarters or years)',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const note = s.notes.find((n) => n.code === 'mixedPeriodKinds');
      const periods = s.observations.periods;
      const first = periods[0]?.kind;
      if (!note && periods.every((p) => p.kind === first)) continue;
      const kinds = [...new Set(periods.map((p) => p.kind))];
      out.push(
        finding(mixedPeriodKinds, ctx, {
          measureId: s.tag.measureId,
          tagId: s.tag.id,
          cell: note?.cell ?? labelCell(s),
          text: `${rowAt(s.tag.sheet, seriesRow(s))} mixes kinds of period${kinds.length > 1 ? ` (${kinds.join(', ')})` : ''}; only the most common kind is used for the figures.`,
        }),
      );
    }
    return out;
  },
};
