import type { Rule } from '../types';
import { examples, findingsPerField, issueAddress, rows, tableName } from '../tables';

/** Warning: an exact copy of an earlier row (pasted twice) counts once. */
export const tableDuplicateRow: Rule = {
  id: 'table-duplicate-row',
  severity: 'warning',
  description: 'a row of a child-level table is an exact copy of an earlier row (it counts once)',
  run(ctx) {
    return findingsPerField(tableDuplicateRow, ctx, 'duplicateRow', (s, _field, issues) => {
      const one = issues.length === 1;
      return (
        `${rows(issues.length)} of ${tableName(s)} ${one ? 'is an exact copy' : 'are exact copies'} of an ` +
        `earlier row: ${examples(issues, (i) => `row ${i.row} (copy of row ${String(i.other)}, ${issueAddress(i)})`)}. ` +
        `Each copy counts once; remove the copies.`
      );
    });
  },
};
