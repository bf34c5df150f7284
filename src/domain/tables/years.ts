/**
 * Collection years. A collection year is the 12 months ending on the as-at date (normally 31 March, when it
 * is the financial year '2024/25'; else '12 months to 2025-06-30', labelled '12 months to 30 Jun 2025');
 * earlier years end on the same day of earlier years.
 *
 * Which years a table covers:
 * - the as-at year always;
 * - an earlier year only when the table holds a row dated before that year began (an episode that ceased, an
 *   incident or a review): the extract then reaches back past the whole year, so the year is complete. A
 *   903 extract for one year gives that year alone; an extract of every episode ceasing since 2019 gives each
 *   year from 2019/20 (the first, partial year is left out).
 * - OC2 and OC3 describe the cohort at the as-at date: the as-at year alone.
 */
import type { Period } from '../periods/types';
import { financialYearPeriod } from '../periods/period';
import { dayOfIso, isoOfDay, partsOfDay, shiftYears, showDay } from './dates';

export interface CollectionYear {
  readonly period: Period;
  /** Day numbers, inclusive. */
  readonly first: number;
  readonly last: number;
}

/** The collection year `back` years before the one ending on the as-at date (0: that year). */
export function collectionYear(asAt: string, back = 0): CollectionYear {
  const last = shiftYears(dayOfIso(asAt), -back);
  const first = shiftYears(last, -1) + 1;
  const [y, m, d] = partsOfDay(last);
  if (m === 3 && d === 31) return { period: financialYearPeriod(y - 1), first, last };
  // Not a financial year: named by its last day. Its key is not a calendar month's, so nothing reads it as
  // one ('June 2025'); the same day a year before is the year before.
  return {
    period: {
      kind: 'month',
      key: `12 months to ${isoOfDay(last)}`,
      start: isoOfDay(first),
      end: isoOfDay(last),
      label: `12 months to ${showDay(last)}`,
    },
    first,
    last,
  };
}

/** How many years back a table is read at most. */
const MAX_YEARS = 30;

/**
 * The years a table covers, oldest first: the as-at year, and each earlier year that begins after
 * `earliest` (the table's earliest event date; NaN when it has none).
 */
export function yearsCovered(asAt: string, earliest: number): CollectionYear[] {
  const out: CollectionYear[] = [collectionYear(asAt, 0)];
  if (Number.isFinite(earliest)) {
    for (let back = 1; back <= MAX_YEARS; back++) {
      const y = collectionYear(asAt, back);
      if (!(y.first > earliest)) break;
      out.unshift(y);
    }
  }
  return out;
}

/** The year a day falls in (index into years, which are consecutive, oldest first), or -1. */
export function yearOf(years: readonly CollectionYear[], day: number): number {
  if (!(day >= years[0].first && day <= years[years.length - 1].last)) return -1;
  for (let k = years.length - 1; k >= 0; k--) if (day >= years[k].first) return k;
  return -1;
}
