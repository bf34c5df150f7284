/**
 * A long (tidy) table in the Tag view: our area (the selected row's) as the measure's value, and the
 * comparator areas the officer picks from the areas found, as tag requests. Pure: the view's hook keeps the
 * choices, this turns them into requests.
 */
import type { LongTableArea, LongTableShape } from '../../../domain/layout/longTableShape';
import { filterKey } from '../../../domain/layout/longTable';
import type { ComparatorRole } from '../../../domain/tags/types';
import type { TagRequest } from '../../../excel/operations-types';

/** What an area is set beside ours as: nothing, England, the neighbours' average, the region, or a peer. */
export type AreaChoice = '' | Exclude<ComparatorRole, 'comparator'>;

export const AREA_CHOICE_LABEL: Record<AreaChoice, string> = {
  '': 'Not used',
  england: 'England',
  statNeighbours: "Neighbours' average",
  region: 'Region',
  peers: 'Peer',
};

/**
 * The choice proposed for an area: England's row as England, our area's region as the region (the one the
 * table gives beside our area, else the only region), the neighbours' average as such; authorities none.
 */
export function proposedChoice(shape: LongTableShape, area: LongTableArea): AreaChoice {
  const ourRegion = shape.ourRegion;
  if (filterKey(area.name) === filterKey(shape.ourArea.name)) return '';
  if (area.kind === 'england') return 'england';
  if (area.kind === 'statNeighbours') return 'statNeighbours';
  if (area.kind === 'region') {
    const regions = shape.areas.filter((a) => a.kind === 'region');
    return regions.length === 1 || (ourRegion !== null && filterKey(ourRegion) === filterKey(area.name))
      ? 'region'
      : '';
  }
  return '';
}

/** Each area's proposed choice, by name. */
export function proposedChoices(shape: LongTableShape): Record<string, AreaChoice> {
  return Object.fromEntries(shape.areas.map((a) => [a.name, proposedChoice(shape, a)]));
}

/**
 * The requests for our area (when asked) and the chosen comparators: one tag per England, neighbours'
 * average and region area; the peers as one tag that keeps their names and makes each a peer (`by`).
 */
export function longTableRequests(
  sheet: string,
  measureId: string,
  shape: LongTableShape,
  choices: Readonly<Record<string, AreaChoice>>,
  tagOurs: boolean,
): TagRequest[] {
  const base = {
    kind: 'longTable' as const,
    sheet,
    column: shape.valueColumn,
    measureId,
    periodColumn: shape.periodColumn,
    firstRow: shape.firstRow,
    lastRow: shape.lastRow,
  };
  const out: TagRequest[] = [];
  if (tagOurs) out.push({ ...base, role: 'value', where: shape.ourArea.where });
  const peers: string[] = [];
  for (const area of shape.areas) {
    const choice = choices[area.name] ?? '';
    if (choice === '') continue;
    if (choice === 'peers') peers.push(area.name);
    else out.push({ ...base, role: choice, where: area.where });
  }
  if (peers.length > 0) {
    out.push({
      ...base,
      role: 'peers',
      where: [{ column: shape.areaColumn, values: peers }, ...shape.breakdown],
      by: shape.areaColumn,
    });
  }
  return out;
}
