import { showDay } from '../../tables/dates';
import type { Rule } from '../types';
import { examples, findingsPerField, issueAddress, rows, tableName } from '../tables';

/** Error: an episode that ends before it starts cannot be counted; its row is left out of every figure. */
export const tableDecBeforeDecom: Rule = {
  id: 'table-dec-before-decom',
  severity: 'error',
  description: 'an episode ceases (DEC) before it began (DECOM); the row is left out of every figure',
  run(ctx) {
    return findingsPerField(tableDecBeforeDecom, ctx, 'decBeforeDecom', (s, _field, issues) => {
      const dec = s.table.dates.get('DEC');
      const indexOf = new Map<number, number>();
      for (let i = 0; i < s.table.length; i++) indexOf.set(s.table.rows[i], i);
      const shown = examples(issues, (i) => {
        const k = indexOf.get(i.row);
        const end = k !== undefined && dec ? dec[k] : NaN;
        const start = typeof i.other === 'number' ? i.other : NaN;
        return Number.isFinite(end) && Number.isFinite(start)
          ? `${issueAddress(i)} (DEC ${showDay(end)}, DECOM ${showDay(start)})`
          : issueAddress(i);
      });
      const one = issues.length === 1;
      return (
        `${rows(issues.length)} of ${tableName(s)} ${one ? 'has' : 'have'} a DEC before the DECOM: ${shown}. ` +
        `${one ? 'It is' : 'They are'} left out of every figure. Correct the dates in the case system's extract.`
      );
    });
  },
};
