/**
 * Benchmarks read as series (comparator rows and long tables, see series/comparator.ts) set beside our latest
 * figure:
 *
 * - PER PERIOD: a comparator's figure is the one for the same period as our latest; when it has none (blank,
 *   suppressed, not yet published), its newest period that ended by then (the period used is kept with the
 *   figure, and a data note says so). With no latest figure of ours, its newest.
 * - STATISTICAL NEIGHBOURS FROM PEERS: with no neighbours' average tagged, the mean of the peers that have a
 *   figure for one period (ours, else the newest earlier period any of them has), rounded as the unit is
 *   shown, and how many authorities it is the mean of.
 * - RANK: our position among us and the peers with a figure for our latest period, 1 = best by the measure's
 *   polarity (for 'closer to target', by distance to the target); figures compared as shown (rounded to the
 *   unit's decimals), ties sharing the better position (93, 95, 93, 90 with higher better ranks us 2nd of 4);
 *   quartile = ceil(4 x position / of). Context-only measures, and 'closer to target' without a target, get
 *   none.
 */
import type { CellRef } from '../grid';
import type { Polarity, Unit } from '../framework/types';
import type { Period } from '../periods/types';
import type { ComparatorSeries } from '../series/types';
import type { ObservationList } from '../series/readings';
import type { ReadValue } from '../values/types';
import { filterKey } from '../layout/longTable';
import { roundAsUnit } from './policy';
import type { ComparatorFigure, DataNote, Rank } from './types';

/** A comparator's figure before it is set beside ours (see figures.ts for versus and gap). */
export interface FoundComparator {
  readonly value: number;
  readonly source: ComparatorFigure['source'];
  readonly year?: string;
  readonly cell?: CellRef;
  /** The period the figure is for (from a series). */
  readonly period?: Period;
  /** A mean of peers: how many. */
  readonly from?: number;
  /** The figure is for an earlier period than ours: why ours was not used. */
  readonly fallback?: { readonly wanted: Period; readonly missing?: ReadValue };
}

/** An area's figure for `target`: that period's, else its newest that ended by then; with no target, its newest. */
export function areaFigure(
  obs: ObservationList,
  target: Period | null,
): { readonly index: number; readonly exact: boolean; readonly missing?: ReadValue } | null {
  let newest = -1;
  let exactMissing: ReadValue | undefined;
  for (let i = 0; i < obs.length; i++) {
    const p = obs.period(i);
    if (target && p.key === target.key) {
      if (obs.value(i) !== null) return { index: i, exact: true };
      exactMissing = obs.read(i);
      continue;
    }
    if (obs.value(i) === null) continue;
    if (target && p.end > target.end) continue;
    if (newest < 0 || p.end > obs.period(newest).end) newest = i;
  }
  if (newest < 0) return null;
  return { index: newest, exact: target === null, ...(exactMissing ? { missing: exactMissing } : {}) };
}

/** The first of the series (in tag order) with a figure for `target` (or an earlier one). */
export function fromSeries(list: readonly ComparatorSeries[], target: Period | null): FoundComparator | null {
  for (const s of list) {
    const area = s.areas[0];
    if (!area) continue;
    const hit = areaFigure(area.observations, target);
    if (!hit) continue;
    const obs = area.observations;
    return {
      value: obs.value(hit.index) as number,
      source: 'workbook',
      cell: obs.cell(hit.index),
      period: obs.period(hit.index),
      ...(!hit.exact && target
        ? { fallback: { wanted: target, ...(hit.missing ? { missing: hit.missing } : {}) } }
        : {}),
    };
  }
  return null;
}

/** Every peer area of the series, once each (by name), in tag order. */
export function peerAreas(peers: readonly ComparatorSeries[]): ComparatorSeries['areas'] {
  const seen = new Set<string>();
  const out: ComparatorSeries['areas'][number][] = [];
  for (const s of peers) {
    for (const a of s.areas) {
      const key = filterKey(a.name);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(a);
    }
  }
  return out;
}

/** Each area's figure for exactly the period `key` (null where it has none). */
function figuresFor(areas: ComparatorSeries['areas'], key: string): (number | null)[] {
  return areas.map((a) => {
    const i = a.observations.periods.findIndex((p) => p.key === key);
    return i < 0 ? null : a.observations.value(i);
  });
}

/** The neighbours' figure as the mean of the peers; see the header. Null when no peer has a figure. */
export function peersMean(
  peers: readonly ComparatorSeries[],
  target: Period | null,
  unit: Unit,
): FoundComparator | null {
  const areas = peerAreas(peers);
  if (areas.length === 0) return null;
  let period: Period | null = null;
  for (const a of areas) {
    const hit = areaFigure(a.observations, target);
    if (!hit) continue;
    if (hit.exact && target) {
      period = target;
      break;
    }
    const p = a.observations.period(hit.index);
    if (!period || p.end > period.end) period = p;
  }
  if (!period) return null;
  const values = figuresFor(areas, period.key).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return {
    value: roundAsUnit(mean, unit),
    source: 'workbook',
    period,
    from: values.length,
    ...(target && period.key !== target.key ? { fallback: { wanted: target } } : {}),
  };
}

/** Our rank among the peers for our latest period; see the header. */
export function rankAmongPeers(
  peers: readonly ComparatorSeries[],
  ours: { readonly value: number; readonly period: Period },
  measure: { readonly unit: Unit; readonly polarity: Polarity },
  target: number | null,
): Rank | null {
  if (measure.polarity === 'contextual') return null;
  if (measure.polarity === 'target' && target === null) return null;
  const shown = (v: number) => roundAsUnit(v, measure.unit);
  const score = (v: number): number => {
    const s = shown(v);
    if (measure.polarity === 'higher') return s;
    if (measure.polarity === 'lower') return -s;
    return -Math.abs(s - shown(target as number));
  };
  const others = figuresFor(peerAreas(peers), ours.period.key).filter((v): v is number => v !== null);
  if (others.length === 0) return null;
  const mine = score(ours.value);
  const better = others.filter((v) => score(v) > mine + 1e-9).length;
  const position = better + 1;
  const of = others.length + 1;
  const quartile = Math.min(4, Math.max(1, Math.ceil((4 * position) / of))) as Rank['quartile'];
  return { position, of, quartile, period: ours.period.key };
}

function missingWhy(read: ReadValue | undefined): string {
  if (!read || read.kind !== 'missing' || read.reason === 'blank') return 'has no figure';
  if (read.reason === 'suppressed') return `is suppressed ('${read.raw}')`;
  if (read.reason === 'error') return `holds an error (${read.raw})`;
  return `holds the text '${read.raw}'`;
}

/** Data notes for the benchmarks used: a figure for an earlier period than ours says which, and why. */
export function benchmarkNotes(used: {
  readonly england: FoundComparator | null;
  readonly statNeighbours: FoundComparator | null;
  readonly region: FoundComparator | null;
  readonly named: readonly { readonly name: string; readonly found: FoundComparator }[];
}): DataNote[] {
  const notes: DataNote[] = [];
  const say = (who: string, f: FoundComparator | null) => {
    if (!f?.fallback || !f.period) return;
    const wanted = f.fallback.wanted.label;
    const whose = capitalise(who.endsWith('s') ? `${who}'` : `${who}'s`);
    notes.push({
      code: 'comparatorPeriod',
      text:
        f.from !== undefined
          ? `${whose} figure is the mean of ${f.from} peers for ${f.period.label}, their newest before ${wanted}: none of them has a figure for ${wanted}.`
          : `${whose} figure is for ${f.period.label}, its newest before ${wanted}: for ${wanted} it ${missingWhy(f.fallback.missing)}.`,
    });
  };
  say('England', used.england);
  say('the statistical neighbours', used.statNeighbours);
  say('the region', used.region);
  for (const n of used.named) say(n.name, n.found);
  return notes;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
