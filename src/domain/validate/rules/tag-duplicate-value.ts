import type { MeasureTag } from '../../tags/types';
import type { Finding, Rule } from '../types';
import { finding, tagCell, tagPlace } from '../helpers';

const ROLE_WORDS: Record<string, string> = {
  value: 'its value',
  numerator: 'its numerator',
  denominator: 'its denominator',
  records: 'its child-level records',
  england: 'its England figure',
  statNeighbours: "its statistical neighbours' average",
  region: 'its region',
  comparator: 'the same named comparator',
};

function timesWord(n: number): string {
  return n === 2 ? 'twice' : `${n} times`;
}

/** Warning: figures are still produced (from the first tag), but maybe from the wrong row. */
export const tagDuplicateValue: Rule = {
  id: 'tag-duplicate-value',
  severity: 'warning',
  description: 'more than one row (or column) is tagged as the same part of one measure',
  run(ctx) {
    const groups = new Map<string, MeasureTag[]>();
    for (const tag of ctx.tags) {
      if (tag.kind === 'table') continue;
      // Peers may be tagged in several blocks; named comparators differ by name.
      if (tag.role === 'peers') continue;
      const name = tag.role === 'comparator' ? (tag.details?.name ?? '').trim().toLowerCase() : '';
      const key = `${tag.measureId}\u0000${tag.role}\u0000${name}`;
      groups.set(key, [...(groups.get(key) ?? []), tag]);
    }
    const out: Finding[] = [];
    for (const tags of groups.values()) {
      if (tags.length < 2) continue;
      const [first, ...others] = tags;
      // The same place tagged twice (made before tags were checked for repeats) is said once, with a count.
      const counts = new Map<string, number>();
      for (const t of tags) counts.set(tagPlace(t), (counts.get(tagPlace(t)) ?? 0) + 1);
      const places = [...counts].map(([place, n]) => (n > 1 ? `${place} (${timesWord(n)})` : place));
      out.push(
        finding(tagDuplicateValue, ctx, {
          measureId: first.measureId,
          tagId: others[0].id,
          cell: tagCell(others[0]),
          text:
            counts.size === 1
              ? `${tagPlace(first)} is tagged ${timesWord(tags.length)} as ${ROLE_WORDS[first.role]}. Only one tag is used; remove the ${tags.length === 2 ? 'other' : 'others'}.`
              : `${tags.length} tags give ${ROLE_WORDS[first.role]}: ${places.join('; ')}. Only the first (${tagPlace(first)}) is used; remove the other tags.`,
          panelText: `more than one place gives ${ROLE_WORDS[first.role]}; the figures use ${tagPlace(first)}.`,
        }),
      );
    }
    return out;
  },
};
