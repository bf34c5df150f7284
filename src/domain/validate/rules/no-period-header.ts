import type { Finding, Rule } from '../types';
import { isLongTableTag } from '../../tags/types';
import { finding, labelCell, rowAt, seriesRow, usableRows } from '../helpers';

/** Error: without period headers none of the row's values can be read. */
export const noPeriodHeader: Rule = {
  id: 'no-period-header',
  severity: 'error',
  description: 'no header row of periods was found above a tagged row',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const note = s.notes.find((n) => n.code === 'noHeader');
      if (!note && (s.observations.length > 0 || s.headerRow !== undefined)) continue;
      out.push(
        finding(noPeriodHeader, ctx, {
          measureId: s.tag.measureId,
          tagId: s.tag.id,
          cell: note?.cell ?? labelCell(s),
          text:
            isLongTableTag(s.tag) && note
              ? note.message
              : `no header row of periods (months, quarters or years) was found above ${rowAt(s.tag.sheet, seriesRow(s))}, so its values cannot be read. Choose the header row when tagging.`,
          panelText: `the periods of ${rowAt(s.tag.sheet, seriesRow(s))} could not be found, so its figures are not shown.`,
        }),
      );
    }
    return out;
  },
};
