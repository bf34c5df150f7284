import type { Finding, Rule } from '../types';
import { at, finding, usableRows, missingObservations } from '../helpers';

/** Info: suppression is deliberate (small numbers); the Panel is told, nothing needs fixing. */
export const suppressedValue: Rule = {
  id: 'suppressed-value',
  severity: 'info',
  description: 'a value is suppressed (c, x, z, k, *, .. and similar markers)',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      for (const o of missingObservations(s)) {
        if (o.read.kind !== 'missing' || o.read.reason !== 'suppressed') continue;
        out.push(
          finding(suppressedValue, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `${at(o.cell)} is suppressed ('${o.read.raw}') for ${o.period.label}, so no figure is shown for that period.`,
          }),
        );
      }
    }
    return out;
  },
};
