import type { Framework, Kloe, Measure } from '../../domain/framework/types';

export interface PickerGroup {
  readonly key: string;
  readonly title: string;
  readonly suggested: boolean;
  readonly measures: readonly Measure[];
}

/** True when every word of the query appears in the measure's id, name, or one of its KLOEs' id or title. */
export function measureMatches(measure: Measure, kloes: ReadonlyMap<string, Kloe>, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = [measure.id, measure.name, ...measure.kloes.flatMap((k) => [k, kloes.get(k)?.title ?? ''])]
    .join(' ')
    .toLowerCase();
  return words.every((w) => hay.includes(w));
}

/**
 * The picker's groups: suggestions first (best first), then each KLOE in framework order with the measures whose
 * home (first) KLOE it is. A measure appears once. Empty groups are dropped.
 */
export function pickerGroups(
  framework: Framework,
  query: string,
  suggestions: readonly { readonly measureId: string; readonly score: number }[] = [],
): PickerGroup[] {
  const kloes = new Map(framework.kloes.map((k) => [k.id, k]));
  const byId = new Map(framework.measures.map((m) => [m.id, m]));
  const suggestedIds = [...suggestions]
    .sort((a, b) => b.score - a.score)
    .map((s) => s.measureId)
    .filter((id, i, all) => byId.has(id) && all.indexOf(id) === i);
  const suggestedSet = new Set(suggestedIds);
  const groups: PickerGroup[] = [];
  const suggested = suggestedIds.map((id) => byId.get(id)!).filter((m) => measureMatches(m, kloes, query));
  if (suggested.length)
    groups.push({ key: 'suggested', title: 'Suggested for this row', suggested: true, measures: suggested });
  const homeless: Measure[] = [];
  const byKloe = new Map<string, Measure[]>();
  for (const m of framework.measures) {
    if (suggestedSet.has(m.id) || !measureMatches(m, kloes, query)) continue;
    const home = m.kloes.find((k) => kloes.has(k));
    if (!home) homeless.push(m);
    else byKloe.set(home, [...(byKloe.get(home) ?? []), m]);
  }
  for (const k of framework.kloes) {
    const ms = byKloe.get(k.id);
    if (ms?.length) groups.push({ key: k.id, title: `${k.id} ${k.title}`, suggested: false, measures: ms });
  }
  if (homeless.length)
    groups.push({ key: 'other', title: 'Other measures', suggested: false, measures: homeless });
  return groups;
}
