import type { Finding, Rule } from '../types';
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
      const due = s.observations.filter((o) => o.value !== null || isDue(o, ctx.asAt));
      if (due.length === 0) continue;
      const newest = due.reduce((a, b) => (b.period.start > a.period.start ? b : a));
      if (newest.value !== null) continue;
      const older = due
        .filter((o) => o.value !== null && o.period.kind === newest.period.kind)
        .reduce<(typeof due)[number] | null>(
          (a, b) => (a === null || b.period.start > a.period.start ? b : a),
          null,
        );
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
