import type { MeasureTag } from '../../tags/types';
import type { Finding, Rule } from '../types';
import { finding, tagCell, tagPlace } from '../helpers';

const ROLE_WORDS: Record<string, string> = {
  value: 'its value',
  numerator: 'its numerator',
  denominator: 'its denominator',
  records: 'its child-level records',
};

/** Warning: figures are still produced (from the first tag), but maybe from the wrong row. */
export const tagDuplicateValue: Rule = {
  id: 'tag-duplicate-value',
  severity: 'warning',
  description: 'more than one row (or column) is tagged as the same part of one measure',
  run(ctx) {
    const groups = new Map<string, MeasureTag[]>();
    for (const tag of ctx.tags) {
      if (tag.kind === 'table') continue;
      const key = `${tag.measureId}\u0000${tag.role}`;
      groups.set(key, [...(groups.get(key) ?? []), tag]);
    }
    const out: Finding[] = [];
    for (const tags of groups.values()) {
      if (tags.length < 2) continue;
      const [first, ...others] = tags;
      out.push(
        finding(tagDuplicateValue, ctx, {
          measureId: first.measureId,
          tagId: others[0].id,
          cell: tagCell(others[0]),
          text: `${tags.length} places are tagged as ${ROLE_WORDS[first.role]}: ${tags.map(tagPlace).join('; ')}. Only the first (${tagPlace(first)}) is used; remove the other tags.`,
        }),
      );
    }
    return out;
  },
};
