import type { Finding, Rule } from '../types';
import { finding, rowAt, tagCell } from '../helpers';

/** Error: the measure has no figures from this tag until it is re-tagged. */
export const tagRowMissing: Rule = {
  id: 'tag-row-missing',
  severity: 'error',
  description: 'a tagged row can no longer be found on its sheet',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.series) {
      if (s.state.status !== 'rowGone' || s.kind === 'table') continue;
      const tag = s.tag;
      const where = tag.kind === 'row' ? rowAt(tag.sheet, tag.row) : `'${tag.sheet}'`;
      out.push(
        finding(tagRowMissing, ctx, {
          measureId: tag.measureId,
          tagId: tag.id,
          cell: tagCell(tag),
          text: `the tagged row '${tag.label}' (${where} when tagged) can no longer be found: ${s.state.message}. Tag the row again.`,
          panelText: `the row this measure was read from ('${tag.label}', ${where} when chosen) can no longer be found, so its figures are not shown.`,
        }),
      );
    }
    return out;
  },
};
