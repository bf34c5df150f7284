import type { Finding, Rule } from '../types';
import { at, finding, onePerCell, labelCell, rowAt, seriesRow, usableRows } from '../helpers';

/** Warning: figures use date order anyway, but a sheet out of order misleads its readers and formulas. */
export const periodsOutOfOrder: Rule = {
  id: 'periods-out-of-order',
  severity: 'warning',
  description: 'the period columns are not in date order',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const note = s.notes.find((n) => n.code === 'periodsOutOfOrder');
      const obs = [...s.observations].sort((a, b) => a.cell.col - b.cell.col);
      let where: string | null = null;
      let cell = note?.cell;
      for (let i = 1; i < obs.length && where === null; i++) {
        if (obs[i].period.kind === obs[i - 1].period.kind && obs[i].period.start < obs[i - 1].period.start) {
          where = `${obs[i - 1].period.label} (${at(obs[i - 1].cell)}) comes before ${obs[i].period.label} (${at(obs[i].cell)})`;
          cell = cell ?? obs[i].cell;
        }
      }
      if (!note && where === null) continue;
      out.push(
        finding(periodsOutOfOrder, ctx, {
          measureId: s.tag.measureId,
          tagId: s.tag.id,
          cell: cell ?? labelCell(s),
          text: `the period columns of ${rowAt(s.tag.sheet, seriesRow(s))} are not in date order${where ? `: ${where}` : ''}. The figures use date order.`,
        }),
      );
    }
    return onePerCell(out);
  },
};
