import type { Finding, Rule } from '../types';
import { isLongTableTag } from '../../tags/types';
import type { ObservationList } from '../../series/readings';
import { at, finding, onePerCell, labelCell, usableRows } from '../helpers';

/**
 * Whether any period could appear twice: observations in strictly increasing period order (as the reader
 * gives them) cannot repeat one, which one pass without allocation shows.
 */
function mayRepeat(obs: ObservationList): boolean {
  const periods = obs.periods;
  for (let i = 1; i < periods.length; i++) if (!(periods[i].start > periods[i - 1].start)) return true;
  return false;
}

/** Warning: two columns claim the same period, so one of them is not what its header says. */
export const duplicatePeriod: Rule = {
  id: 'duplicate-period',
  severity: 'warning',
  description: 'the same period appears in more than one column header',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const notes = s.notes.filter((n) => n.code === 'duplicatePeriod');
      for (const n of notes) {
        const cell = n.cell ?? labelCell(s);
        out.push(
          finding(duplicatePeriod, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell,
            // A long table's rows say what to do in their own words.
            text: isLongTableTag(s.tag)
              ? n.message
              : `a period appears twice in the header row (${n.message}; see ${at(cell)}). Correct the header so each period has one column.`,
            panelText: isLongTableTag(s.tag)
              ? `two rows of the table at ${at(cell)} give the same period, so one of its figures may not be the one shown.`
              : `a period appears twice in the sheet's header row (${at(cell)}), so one of its figures may not be the one shown.`,
          }),
        );
      }
      if (notes.length > 0 || !mayRepeat(s.observations)) continue;
      const obs = s.observations;
      const seen = new Map<string, number>();
      for (let i = 0; i < obs.length; i++) {
        const firstAt = seen.get(obs.period(i).key);
        if (firstAt === undefined) {
          seen.set(obs.period(i).key, i);
          continue;
        }
        const first = obs.at(firstAt);
        const o = obs.at(i);
        out.push(
          finding(duplicatePeriod, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `${o.period.label} appears twice in the header row (${at(first.cell)} and ${at(o.cell)}). Correct the header so each period has one column.`,
            panelText: `${o.period.label} appears twice in the sheet's header row (${at(first.cell)} and ${at(o.cell)}), so one of its figures may not be the one shown.`,
          }),
        );
      }
    }
    return onePerCell(out);
  },
};
