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
      let where: string | null = null;
      let cell = note?.cell;
      let way = 0;
      for (let i = 1; i < obs.length && where === null; i++) {
        if (obs[i].period.kind !== obs[i - 1].period.kind) continue;
        const step =
          Math.sign(obs[i].cell.col - obs[i - 1].cell.col) *
          (obs[i].period.start > obs[i - 1].period.start
            ? 1
            : obs[i].period.start < obs[i - 1].period.start
              ? -1
              : 0);
        if (way === 0) way = step;
        else if (step !== way) {
          where = `${obs[i - 1].period.label} (${at(obs[i - 1].cell)}) and ${obs[i].period.label} (${at(obs[i].cell)}) break the order of the columns`;
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
