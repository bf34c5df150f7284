import { CODE_RULES } from '../../tables/codes';
import type { Rule } from '../types';
import { examples, findingsPerField, issueAddress, rows, tableName } from '../tables';

/** Error: a code outside the 903 lists cannot be read as anything; its row is left out of every figure. */
export const tableCodeOutsideList: Rule = {
  id: 'table-code-outside-list',
  severity: 'error',
  description:
    'a code in a child-level table is not one of the 903 codes (the row is left out of every figure)',
  run(ctx) {
    return findingsPerField(tableCodeOutsideList, ctx, 'codeOutsideList', (s, field, issues) => {
      const shown = examples(issues, (i) => `${i.raw ? `'${i.raw}'` : 'blank'} (${issueAddress(i)})`);
      const one = issues.length === 1;
      const list = CODE_RULES[field]?.listText;
      return (
        `${rows(issues.length)} of ${tableName(s)} ${one ? 'has' : 'have'} a ${field} that is not a 903 code` +
        `${list ? ` (${list})` : ''}: ${shown}. ${one ? 'It is' : 'They are'} left out of every figure. ` +
        `Correct the code, or map the table's own word to a code when you tag the table.`
      );
    });
  },
};
