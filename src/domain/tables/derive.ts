/**
 * The measures a table gives, year by year: each table kind runs its measure families (one module per family
 * under measures/, each with its definition from ssda903.md) over the years the table covers (years.ts).
 */
import { showDay } from './dates';
import { careLeavers } from './measures/care-leavers';
import { childrenLookedAfter } from './measures/children-looked-after';
import { health } from './measures/health';
import { missing } from './measures/missing';
import { offending } from './measures/offending';
import { participation } from './measures/participation';
import { placements } from './measures/placements';
import { stability } from './measures/stability';
import { SOURCES } from './sources';
import type { DerivedMeasure, ParsedTable, TableSource } from './types';
import { collectionYear, yearsCovered, type CollectionYear } from './years';

type Family = (table: ParsedTable, years: readonly CollectionYear[]) => DerivedMeasure[];

export const FAMILIES: Readonly<Record<TableSource, readonly Family[]>> = {
  episodes: [childrenLookedAfter, placements, stability],
  missing: [missing],
  oc2: [health, offending],
  oc3: [careLeavers],
  reviews: [participation],
  header: [],
  uasc: [],
};

/** Sources whose rows are events through the year: a table starting well into the year misses its start. */
const EVENT_LOGS: ReadonlySet<TableSource> = new Set(['missing', 'reviews']);
const PARTIAL_AFTER_DAYS = 31;

export interface Derivation {
  readonly years: readonly CollectionYear[];
  readonly measures: readonly DerivedMeasure[];
  /** The table holds nothing dated in the as-at year: no figures are worked out for it. */
  readonly stale: string | null;
  /** The as-at year's figures count only part of it: why, in words. */
  readonly partial: string | null;
}

/** Everything a parsed table gives for the collection year ending on `asAt`, and the earlier years it covers. */
export function deriveTable(table: ParsedTable, asAt: string): Derivation {
  const info = SOURCES[table.source];
  const current = collectionYear(asAt);
  const dated = info.eventField !== undefined;
  let years = dated ? yearsCovered(asAt, table.firstEvent) : [current];
  let stale: string | null = null;
  if (dated && table.length > 0 && !(table.lastDate >= current.first)) {
    // The table does not reach the as-at year (last year's extract?): only the years it reaches are worked out.
    const latest = Number.isFinite(table.lastDate)
      ? `its latest date is ${showDay(table.lastDate)}`
      : 'it has no dates';
    stale = `${info.name} holds nothing dated in ${current.period.label} (${latest}), so no figures for ${current.period.label} are worked out from it.`;
    years = years.filter((y) => y.first <= table.lastDate);
  }
  let partial: string | null = null;
  if (
    EVENT_LOGS.has(table.source) &&
    !stale &&
    table.firstEvent > current.first + PARTIAL_AFTER_DAYS &&
    table.firstEvent <= current.last
  ) {
    partial = `${capitalise(info.name)} starts on ${showDay(table.firstEvent)}, after ${current.period.label} began: the year's figures count only what it holds from then.`;
  }
  const measures = years.length === 0 ? [] : FAMILIES[table.source].flatMap((f) => f(table, years));
  return { years, measures, stale, partial };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
