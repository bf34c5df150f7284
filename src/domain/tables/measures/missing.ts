/**
 * Missing from care (ssda903.md), from the missing table (or an authority's own missing log), for each
 * collection year. Only M (missing) incidents count; A (away from placement without authorisation) incidents
 * are counted and shown beside the figures, never inside them.
 *
 * - M01 children who went missing: distinct CHILD with an M incident whose MIS_START is in the year.
 * - M02 missing incidents: M incidents with MIS_START in the year.
 * - M03 incidents per child who went missing: M02 / M01.
 * - M04 went missing three or more times: M01 children with 3 or more such incidents, of M01.
 * - M05 share of incidents from the most frequently missing tenth: the incidents of the top ceil(10% of M01)
 *   children (at least one) by their incident count, of M02.
 *
 * One pass over the table puts each incident in its year; then per year, one pass over its children.
 */
import type { DerivedMeasure, DerivedPoint, ParsedTable } from '../types';
import { ROW_OK } from '../types';
import { yearOf, type CollectionYear } from '../years';

export interface MissingYear {
  /** Incidents per child who went missing, largest first. */
  readonly perChild: number[];
  readonly incidents: number;
  readonly away: number;
}

export function missingByYear(table: ParsedTable, years: readonly CollectionYear[]): MissingYear[] {
  const start = table.dates.get('MIS_START') ?? new Float64Array(0);
  const kind = table.codes.get('MISSING') ?? [];
  const counts = years.map(() => new Map<string, number>());
  const away = years.map(() => 0);
  for (let i = 0; i < table.length; i++) {
    if (table.status[i] !== ROW_OK) continue;
    const k = yearOf(years, start[i]);
    if (k < 0) continue;
    if (kind[i] === 'A') away[k]++;
    else if (kind[i] === 'M') counts[k].set(table.child[i], (counts[k].get(table.child[i]) ?? 0) + 1);
  }
  return years.map((_, k) => {
    const perChild = [...counts[k].values()].sort((a, b) => b - a);
    let incidents = 0;
    for (const c of perChild) incidents += c;
    return { perChild, incidents, away: away[k] };
  });
}

/** How many children make the most frequently missing tenth: ceil(10% of them), at least one. */
export function topTenthSize(children: number): number {
  return children === 0 ? 0 : Math.max(1, Math.ceil(children / 10));
}

export function missing(table: ParsedTable, years: readonly CollectionYear[]): DerivedMeasure[] {
  const byYear = missingByYear(table, years);
  const point = (
    k: number,
    value: number | null,
    numerator: number | null,
    denominator: number | null,
    withChildren = false,
  ): DerivedPoint => ({
    period: years[k].period,
    value,
    numerator,
    denominator,
    away: byYear[k].away,
    ...(withChildren ? { perChild: byYear[k].perChild } : {}),
  });
  const measure = (id: string, f: (y: MissingYear, k: number) => DerivedPoint): DerivedMeasure => ({
    measureId: id,
    points: byYear.map(f),
  });
  return [
    measure('M01', (y, k) => point(k, y.perChild.length, null, null)),
    measure('M02', (y, k) => point(k, y.incidents, null, null)),
    measure('M03', (y, k) =>
      point(
        k,
        y.perChild.length === 0 ? null : y.incidents / y.perChild.length,
        y.incidents,
        y.perChild.length,
      ),
    ),
    measure('M04', (y, k) => {
      const children = y.perChild.length;
      const threePlus = y.perChild.filter((c) => c >= 3).length;
      return point(k, children === 0 ? null : (threePlus / children) * 100, threePlus, children, true);
    }),
    measure('M05', (y, k) => {
      const n = topTenthSize(y.perChild.length);
      let top = 0;
      for (let i = 0; i < n; i++) top += y.perChild[i];
      return point(k, y.incidents === 0 ? null : (top / y.incidents) * 100, top, y.incidents, true);
    }),
  ];
}
