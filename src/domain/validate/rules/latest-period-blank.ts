import type { Finding, Rule } from '../types';
import type { Observation } from '../../series/types';
import { at, finding, isDue, missingWords, usableRows } from '../helpers';

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
      let newest: Observation | null = null;
      for (const o of s.observations) {
        if (
          (o.value !== null || isDue(o, ctx.asAt)) &&
          (newest === null || o.period.start > newest.period.start)
        ) {
          newest = o;
        }
      }
      if (newest === null || newest.value !== null) continue;
      let older: Observation | null = null;
      for (const o of s.observations) {
        if (
          o.value !== null &&
          o.period.kind === newest.period.kind &&
          (older === null || o.period.start > older.period.start)
        ) {
          older = o;
        }
      }
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
