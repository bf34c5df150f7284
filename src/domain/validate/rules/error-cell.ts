import type { Finding, Rule } from '../types';
import { at, finding, usableRecords, usableRows, missingObservations, missingRecords } from '../helpers';

/** Error: a formula is broken (#DIV/0!, #REF!...), so the value is lost. */
export const errorCell: Rule = {
  id: 'error-cell',
  severity: 'error',
  description: 'a cell holds an Excel error value',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      for (const o of missingObservations(s)) {
        if (o.read.kind !== 'missing' || o.read.reason !== 'error') continue;
        out.push(
          finding(errorCell, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `${at(o.cell)} holds the error ${o.read.raw} (${o.period.label}); correct the formula or its inputs.`,
            panelText: `${at(o.cell)} holds the error ${o.read.raw}, so there is no figure for ${o.period.label}.`,
          }),
        );
      }
    }
    for (const s of usableRecords(ctx)) {
      for (const r of missingRecords(s)) {
        if (r.read.kind !== 'missing' || r.read.reason !== 'error') continue;
        out.push(
          finding(errorCell, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: r.cell,
            text: `${at(r.cell)} holds the error ${r.read.raw}; that record is left out.`,
          }),
        );
      }
    }
    return out;
  },
};
