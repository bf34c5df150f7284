/**
 * Periods named in words, as a councillor reads them: 'March 2025', 'January to March 2025', '2024/25',
 * 'the 2023/24 school year'. Built on the canonical period keys (see periods/types.ts).
 */
import { MONTH_LONG, parsePeriodKey } from '../periods/period';
import type { Period } from '../periods/types';

function monthName(iso: string): string {
  return MONTH_LONG[Number(iso.slice(5, 7)) - 1] ?? iso;
}

function yearOf(iso: string): string {
  return iso.slice(0, 4);
}

/**
 * A period in words. `beside` is the period named just before in the same sentence: a month of the same
 * calendar year is then named without its year ('down from 10.2% in February'), as people write it.
 * A key that is not canonical is returned as `fallback` (the label as read), or as itself.
 */
export function periodWords(key: string, beside?: string | null, fallback?: string): string {
  const p = parsePeriodKey(key);
  if (!p) return fallback ?? key;
  const other = beside ? parsePeriodKey(beside) : null;
  return wordsFor(p, other);
}

function wordsFor(p: Period, other: Period | null): string {
  switch (p.kind) {
    case 'month': {
      const sameYear = other?.kind === 'month' && yearOf(other.start) === yearOf(p.start);
      return sameYear ? monthName(p.start) : `${monthName(p.start)} ${yearOf(p.start)}`;
    }
    case 'quarter': {
      const from = monthName(p.start);
      const to = monthName(p.end);
      const y1 = yearOf(p.start);
      const y2 = yearOf(p.end);
      return y1 === y2 ? `${from} to ${to} ${y2}` : `${from} ${y1} to ${to} ${y2}`;
    }
    case 'financialYear':
      return p.label;
    case 'academicYear':
      return `the ${p.key.replace(/^AY /, '')} school year`;
    case 'calendarYear':
      return p.key;
  }
}

/** An ISO date in words: '2025-03-31' -> '31 March 2025' (anything else as given). */
export function dateWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return iso;
  const month = MONTH_LONG[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** 'in March 2025', 'in January to March 2025', 'in 2024/25', 'in the 2023/24 school year'. */
export function inPeriod(key: string, beside?: string | null, fallback?: string): string {
  return `in ${periodWords(key, beside, fallback)}`;
}

/**
 * The year a published (catalogue) England figure is for, in words: '2024' (a year ending 31 March) stays
 * '2024'; '2023 (30 September)' becomes 'at 30 September 2023'. Used as '10.0% in 2024'.
 */
export function publishedYearWords(year: string): { readonly text: string; readonly preposition: string } {
  const m = /^\s*(\d{4})\s*\(([^)]+)\)\s*$/.exec(year);
  if (m) return { text: `${m[2].trim()} ${m[1]}`, preposition: 'at' };
  return { text: year.trim(), preposition: 'in' };
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st. */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}
