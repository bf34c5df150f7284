import type { Finding, Rule } from '../types';
import { at, finding, usableRows } from '../helpers';

/**
 * Warning: a blank cell between periods that have values (a gap in the series). Blanks before the first
 * value (the series had not started) and after the last (see latest-period-blank) are not reported here.
 */
export const missingValue: Rule = {
  id: 'missing-value',
  severity: 'warning',
  description: 'a period in the middle of a series has no value',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const obs = s.observations;
      let first = -1;
      for (let i = 0; i < obs.length && first < 0; i++) if (!obs.isMissing(i)) first = i;
      let last = -1;
      for (let i = obs.length - 1; i >= 0; i--) {
        if (!obs.isMissing(i)) {
          last = i;
          break;
        }
      }
      for (let i = first + 1; first >= 0 && i < last; i++) {
        if (obs.missingReason(i) !== 'blank') continue;
        const o = obs.at(i);
        out.push(
          finding(missingValue, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: o.cell,
            text: `there is no value for ${o.period.label} (${at(o.cell)} is blank), between periods that have values.`,
          }),
        );
      }
    }
    return out;
  },
};
