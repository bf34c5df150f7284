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
      const first = s.observations[0]?.period.kind;
      if (!note && s.observations.every((o) => o.period.kind === first)) continue;
      const kinds = [...new Set(s.observations.map((o) => o.period.kind))];
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
