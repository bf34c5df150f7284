import type { Rule } from '../types';
import { examples, findingsPerField, issueAddress, rows, tableName } from '../tables';

/** Error: a date the add-in cannot read leaves its row out of every figure; nothing is guessed. */
export const tableUnreadableDate: Rule = {
  id: 'table-unreadable-date',
  severity: 'error',
  description: 'a date in a child-level table cannot be read (the row is left out of every figure)',
  run(ctx) {
    return findingsPerField(tableUnreadableDate, ctx, 'unreadableDate', (s, field, issues) => {
      const shown = examples(issues, (i) => `${i.raw ? `'${i.raw}'` : 'blank'} (${issueAddress(i)})`);
      const one = issues.length === 1;
      return (
        `${rows(issues.length)} of ${tableName(s)} ${one ? 'has' : 'have'} a ${field} that cannot be read as ` +
        `a date: ${shown}. ${one ? 'It is' : 'They are'} left out of every figure. Enter the date as a real ` +
        `date or as dd/mm/yyyy.`
      );
    });
  },
};
