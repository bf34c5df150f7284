import type { Finding, Rule } from '../types';
import { isLongTableTag } from '../../tags/types';
import { at, finding, onePerCell, labelCell, usableRows } from '../helpers';

/** Warning: one column is left out; the rest of the row is read. */
export const unreadablePeriod: Rule = {
  id: 'unreadable-period',
  severity: 'warning',
  description: 'a column header could not be read as a period, so that column is left out',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      for (const n of s.notes) {
        if (n.code !== 'unreadablePeriod') continue;
        const cell = n.cell ?? labelCell(s);
        out.push(
          finding(unreadablePeriod, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell,
            text: isLongTableTag(s.tag)
              ? `${n.message} Write periods as a month, quarter or year (e.g. 'Mar-25', 'Q4 2024/25', '2024/25', or time_period 202425 with its time_identifier).`
              : `the header at ${at(cell)} could not be read as a period (${n.message}); that column is left out. Write it as a month, quarter or year (e.g. 'Mar-25', 'Q4 2024/25', '2024/25').`,
            panelText: isLongTableTag(s.tag)
              ? `a period at ${at(cell)} could not be read, so that row's figure is left out.`
              : `the header at ${at(cell)} could not be read as a period, so that column's figures are left out.`,
          }),
        );
      }
    }
    return onePerCell(out);
  },
};
