import type { Rule } from '../types';
import { examples, findingsPerField, issueAddress, rows, tableName } from '../tables';

/** Error: a row with no CHILD cannot be counted as any child; it is left out of every figure. */
export const tableBlankChild: Rule = {
  id: 'table-blank-child',
  severity: 'error',
  description: 'a row of a child-level table has no CHILD (the row is left out of every figure)',
  run(ctx) {
    return findingsPerField(tableBlankChild, ctx, 'blankChild', (s, _field, issues) => {
      const one = issues.length === 1;
      return (
        `${rows(issues.length)} of ${tableName(s)} ${one ? 'has' : 'have'} no CHILD: ` +
        `${examples(issues, issueAddress)}. ${one ? 'It is' : 'They are'} left out of every figure.`
      );
    });
  },
};
