import type { Finding, Rule } from '../types';
import { finding, tagCell } from '../helpers';

/** Error: the add-in will not guess between rows, so the measure has no figures from this tag. */
export const tagAmbiguous: Rule = {
  id: 'tag-ambiguous',
  severity: 'error',
  description: 'a moved tag matches more than one row and the add-in cannot tell which to read',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.series) {
      if (s.state.status !== 'ambiguous' || s.kind === 'table') continue;
      const rows = s.state.rows;
      const list =
        rows.length > 1 ? `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}` : `${rows[0]}`;
      out.push(
        finding(tagAmbiguous, ctx, {
          measureId: s.tag.measureId,
          tagId: s.tag.id,
          cell: tagCell(s.tag, rows[0]),
          text: `the label '${s.tag.label}' is now on rows ${list} of '${s.tag.sheet}', so the tag cannot tell which row to read. Tag the right row again.`,
          panelText: `the label '${s.tag.label}' is now on rows ${list} of '${s.tag.sheet}', so it is not known which row holds this measure and its figures are not shown.`,
        }),
      );
    }
    return out;
  },
};
