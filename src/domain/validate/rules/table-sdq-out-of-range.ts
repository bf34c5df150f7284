import type { Rule } from '../types';
import { examples, findingsPerField, issueAddress, rows, tableName } from '../tables';

/** Warning: an SDQ score outside 0-40 leaves that score out of H06 and H07; the row stays in the rest. */
export const tableSdqOutOfRange: Rule = {
  id: 'table-sdq-out-of-range',
  severity: 'warning',
  description: 'an SDQ score in the OC2 table is not a number from 0 to 40 (left out of H06 and H07 only)',
  run(ctx) {
    return findingsPerField(tableSdqOutOfRange, ctx, 'sdqOutOfRange', (s, field, issues) => {
      const one = issues.length === 1;
      return (
        `${rows(issues.length)} of ${tableName(s)} ${one ? 'has' : 'have'} a ${field} that is not a score ` +
        `from 0 to 40: ${examples(issues, (i) => `'${i.raw ?? ''}' (${issueAddress(i)})`)}. ` +
        `${one ? 'That score is' : 'Those scores are'} left out of H06 and H07; the rows count in the other figures.`
      );
    });
  },
};
