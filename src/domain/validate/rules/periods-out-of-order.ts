import type { Finding, Rule } from '../types';
import { at, finding, onePerCell, labelCell, rowAt, seriesRow, usableRows } from '../helpers';

/**
 * Warning: figures use date order anyway, but a sheet out of order misleads its readers and formulas.
 * Oldest-first and newest-first sheets are both in order.
 */
export const periodsOutOfOrder: Rule = {
  id: 'periods-out-of-order',
  severity: 'warning',
  description: 'the period columns are not in date order',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const note = s.notes.find((n) => n.code === 'periodsOutOfOrder');
      // Going from one observation to the next, time and columns must move together the same way
      // throughout: left to right oldest first, or newest first (which many sheets use). One pass, no sort.
      const obs = s.observations;
      const periods = obs.periods;
      let where: string | null = null;
      let cell = note?.cell;
      let way = 0;
      for (let i = 1; i < obs.length && where === null; i++) {
        const p = periods[i];
        const q = periods[i - 1];
        if (p.kind !== q.kind) continue;
        const step =
          Math.sign(obs.col(i) - obs.col(i - 1)) * (p.start > q.start ? 1 : p.start < q.start ? -1 : 0);
        if (way === 0) way = step;
        else if (step !== way) {
          where = `${q.label} (${at(obs.cell(i - 1))}) and ${p.label} (${at(obs.cell(i))}) break the order of the columns`;
          cell = cell ?? obs.cell(i);
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
