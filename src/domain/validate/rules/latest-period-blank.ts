import type { Finding, Rule } from '../types';
import { isDue } from '../../calc/policy';
import { at, finding, missingWords, usableRows } from '../helpers';

/**
 * Warning: the newest period that has ended by the as-at date has no value, so the figures show an older
 * period. Columns for periods still running (a sheet laid out for the year ahead) are not expected yet.
 */
export const latestPeriodBlank: Rule = {
  id: 'latest-period-blank',
  severity: 'warning',
  description: 'the newest period in the sheet has no value, so the figures show an older one',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      // One pass: the newest period that is due (has a value, or has ended by the as-at date), and the
      // newest valued one of the same kind.
      const obs = s.observations;
      const periods = obs.periods;
      let n = -1;
      for (let i = 0; i < obs.length; i++) {
        if (
          (!obs.isMissing(i) || isDue(periods[i], ctx.asAt)) &&
          (n < 0 || periods[i].start > periods[n].start)
        ) {
          n = i;
        }
      }
      if (n < 0 || !obs.isMissing(n)) continue;
      const newest = obs.at(n);
      let o = -1;
      for (let i = 0; i < obs.length; i++) {
        if (
          !obs.isMissing(i) &&
          periods[i].kind === newest.period.kind &&
          (o < 0 || periods[i].start > periods[o].start)
        ) {
          o = i;
        }
      }
      const older = o >= 0 ? obs.at(o) : null;
      out.push(
        finding(latestPeriodBlank, ctx, {
          measureId: s.tag.measureId,
          tagId: s.tag.id,
          cell: newest.cell,
          text: `the newest period, ${newest.period.label}, has no value (${at(newest.cell)} ${missingWords(newest)}); ${older ? `the figures show ${older.period.label} instead` : 'no earlier value is shown either'}.`,
        }),
      );
    }
    return out;
  },
};
