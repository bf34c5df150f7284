/**
 * One reading per period: a series read from rows (periods down a column, or a long table's rows) keeps the
 * first row of each period and reports the others.
 */
import type { Period } from '../periods/types';

/** The first of each period, in the order given; `onRepeat` hears of every later one and the first it repeats. */
export function firstOfEachPeriod<T extends { readonly period: Period }>(
  found: Iterable<T>,
  onRepeat: (repeat: T, first: T) => void,
): T[] {
  const seen = new Map<string, T>();
  const kept: T[] = [];
  for (const f of found) {
    const first = seen.get(f.period.key);
    if (first) {
      onRepeat(f, first);
      continue;
    }
    seen.set(f.period.key, f);
    kept.push(f);
  }
  return kept;
}
