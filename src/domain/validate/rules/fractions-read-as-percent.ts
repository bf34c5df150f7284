import type { Finding, Rule } from '../types';
import { at, finding, labelCell, rowAt, seriesRow, usableRows } from '../helpers';

/**
 * Warning: plain fractions (0.93) in a percentage row were read as percentages (93%). Usually right, but a
 * row of genuinely tiny percentages (0.5%) would be inflated a hundredfold, so a person should confirm.
 */
export const fractionsReadAsPercent: Rule = {
  id: 'fractions-read-as-percent',
  severity: 'warning',
  description: 'fractions in a percentage row without a % format were read as percentages',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const note = s.notes.find((n) => n.code === 'fractionsAsPercent');
      const obs = s.observations;
      let read = -1;
      for (let i = 0; i < obs.length && read < 0; i++) if (obs.source(i) === 'fractionAsPercent') read = i;
      if (!note && read < 0) continue;
      const cell = read >= 0 ? obs.cell(read) : (note?.cell ?? labelCell(s));
      out.push(
        finding(fractionsReadAsPercent, ctx, {
          measureId: s.tag.measureId,
          tagId: s.tag.id,
          cell,
          text: `the values in ${rowAt(s.tag.sheet, seriesRow(s))} are fractions without a % format (e.g. ${at(cell)}) and were read as percentages (0.93 as 93%). Give the cells a % format to confirm, or correct them if they are already percentages.`,
          panelText: `the values in ${rowAt(s.tag.sheet, seriesRow(s))} are kept as fractions (such as 0.93) and have been read as percentages (93%); this has not been confirmed in the sheet.`,
        }),
      );
    }
    return out;
  },
};
