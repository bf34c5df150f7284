import type { Finding, Rule } from '../types';
import { finding, measureOf, tagCell, tagPlace } from '../helpers';

/** Error: data is tagged but goes nowhere (a measure deleted from the framework, or a typing slip). */
export const tagUnknownMeasure: Rule = {
  id: 'tag-unknown-measure',
  severity: 'error',
  description: 'a tag names a measure that is not in the framework',
  run(ctx) {
    const out: Finding[] = [];
    for (const tag of ctx.tags) {
      if (tag.kind === 'table' || measureOf(ctx, tag.measureId)) continue;
      out.push(
        finding(tagUnknownMeasure, ctx, {
          measureId: tag.measureId,
          tagId: tag.id,
          cell: tagCell(tag),
          text: `${tagPlace(tag)} ('${tag.label}') is tagged to measure '${tag.measureId}', which is not in the framework, so it is not used. Tag it to a framework measure or add the measure.`,
          panelText: `${tagPlace(tag)} ('${tag.label}') is marked for a measure '${tag.measureId}' that is not in the framework, so it is not used.`,
        }),
      );
    }
    return out;
  },
};
