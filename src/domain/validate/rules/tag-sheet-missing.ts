import type { Finding, Rule } from '../types';
import { finding, tagPlace } from '../helpers';

/** Error: the tag's figures cannot be read at all until it is re-tagged or the sheet restored. */
export const tagSheetMissing: Rule = {
  id: 'tag-sheet-missing',
  severity: 'error',
  description: 'a tag points at a sheet that is no longer in the workbook',
  run(ctx) {
    const out: Finding[] = [];
    const gone = new Set(ctx.series.filter((s) => s.state.status === 'sheetGone').map((s) => s.tag.id));
    for (const tag of ctx.tags) {
      if (tag.kind === 'table') continue; // table-not-found says it for tables
      const missing = gone.has(tag.id) || (ctx.sheetNames.length > 0 && !ctx.sheetNames.includes(tag.sheet));
      if (!missing) continue;
      out.push(
        finding(tagSheetMissing, ctx, {
          measureId: tag.measureId,
          tagId: tag.id,
          text: `the tagged sheet '${tag.sheet}' is no longer in the workbook (renamed or deleted?), so ${tagPlace(tag)} cannot be read. Restore the sheet or tag the data again.`,
          panelText: `the sheet '${tag.sheet}' this measure was read from is no longer in the workbook, so its figures are not shown.`,
        }),
      );
    }
    return out;
  },
};
