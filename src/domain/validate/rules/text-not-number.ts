import type { Finding, Rule } from '../types';
import { at, finding, usableRecords, usableRows, missingObservations, missingRecords } from '../helpers';

/** Error: a value the Panel should see is unreadable ('TBC', '85 (est)', '12 children'). */
export const textNotNumber: Rule = {
  id: 'text-not-number',
  severity: 'error',
  description: 'a cell holds text where a number belongs',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      for (const o of missingObservations(s)) {
        if (o.read.kind !== 'missing' || o.read.reason !== 'text') continue;
        out.push(
          finding(textNotNumber, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `${at(o.cell)} holds the text '${o.read.raw}' where a number belongs (${o.period.label}).`,
          }),
        );
      }
    }
    for (const s of usableRecords(ctx)) {
      for (const r of missingRecords(s)) {
        if (r.read.kind !== 'missing' || r.read.reason !== 'text') continue;
        out.push(
          finding(textNotNumber, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: r.cell,
            text: `${at(r.cell)} holds the text '${r.read.raw}' where a number belongs; that record is left out.`,
          }),
        );
      }
    }
    return out;
  },
};
