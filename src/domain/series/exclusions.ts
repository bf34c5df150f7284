/**
 * Peers are the other authorities: a block of peer rows, or a long table's areas `by` a column, leaves out the
 * areas tagged to the same measure with another role (our own row or area, England, the region...), so that
 * we are never ranked against ourselves.
 */
import { filterKey } from '../layout/longTable';
import type { ColumnRef, MeasureTag, Tag, TagState } from '../tags/types';
import { isLongTableTag } from '../tags/types';

export interface PeerExclusions {
  readonly excludeRows?: ReadonlySet<number>;
  readonly excludeAreas?: ReadonlySet<string>;
}

function sameColumn(a: ColumnRef, b: ColumnRef): boolean {
  const ha = filterKey(a.header ?? '');
  const hb = filterKey(b.header ?? '');
  return ha !== '' && hb !== '' ? ha === hb : a.column.toUpperCase() === b.column.toUpperCase();
}

/**
 * For each peers tag (by id), what it leaves out. `states` is in the order of `tags` (null for a table tag,
 * which names no measure and is never a benchmark).
 */
export function comparatorExclusions(
  tags: readonly Tag[],
  states: readonly (TagState | null)[],
): Map<string, PeerExclusions> {
  const out = new Map<string, PeerExclusions>();
  const measureTags = tags.flatMap((t, i): { t: MeasureTag; state: TagState }[] => {
    const state = states[i];
    return t.kind === 'table' || !state ? [] : [{ t, state }];
  });
  measureTags.forEach(({ t: peers }) => {
    if (peers.role !== 'peers') return;
    const others = measureTags.filter(
      ({ t }) => t.measureId === peers.measureId && t.sheet === peers.sheet && t.role !== 'peers',
    );
    if (peers.kind === 'row') {
      const rows = new Set<number>();
      for (const { t, state } of others) if (t.kind === 'row' && 'row' in state) rows.add(state.row);
      if (rows.size > 0) out.set(peers.id, { excludeRows: rows });
      return;
    }
    const by = isLongTableTag(peers) ? peers.details.by : undefined;
    if (!by) return;
    const areas = new Set<string>();
    for (const { t } of others) {
      if (!isLongTableTag(t)) continue;
      for (const f of t.details.where ?? []) {
        if (sameColumn(f, by)) for (const v of f.values) areas.add(filterKey(v));
      }
    }
    if (areas.size > 0) out.set(peers.id, { excludeAreas: areas });
  });
  return out;
}
