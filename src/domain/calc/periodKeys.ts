/**
 * The small amount of period arithmetic calc/ needs, worked out from canonical period keys alone
 * (see periods/types.ts). Kept here so calc/ does not depend on the period parser.
 */
import type { Period, PeriodKind } from '../periods/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** '2024/25' for a start year of 2024. */
function yearPair(startYear: number): string {
  return `${startYear}/${pad2((startYear + 1) % 100)}`;
}

interface ParsedKey {
  readonly kind: PeriodKind;
  /** Calendar year (month, calendarYear) or the start year of the financial/academic year. */
  readonly year: number;
  /** Month 1-12 (month) or quarter 1-4 (quarter); 0 otherwise. */
  readonly sub: number;
}

function parseKey(key: string): ParsedKey | null {
  const k = key.trim();
  let m = /^(\d{4})-(\d{2})$/.exec(k);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year: Number(m[1]), sub: month } : null;
  }
  m = /^(\d{4})\/(\d{2}) Q([1-4])$/.exec(k);
  if (m && (Number(m[1]) + 1) % 100 === Number(m[2])) {
    return { kind: 'quarter', year: Number(m[1]), sub: Number(m[3]) };
  }
  m = /^(\d{4})\/(\d{2})$/.exec(k);
  if (m && (Number(m[1]) + 1) % 100 === Number(m[2]))
    return { kind: 'financialYear', year: Number(m[1]), sub: 0 };
  m = /^AY (\d{4})\/(\d{2})$/.exec(k);
  if (m && (Number(m[1]) + 1) % 100 === Number(m[2]))
    return { kind: 'academicYear', year: Number(m[1]), sub: 0 };
  m = /^(\d{4})$/.exec(k);
  if (m) return { kind: 'calendarYear', year: Number(m[1]), sub: 0 };
  return null;
}

function keyOf(p: ParsedKey): string {
  switch (p.kind) {
    case 'month':
      return `${p.year}-${pad2(p.sub)}`;
    case 'quarter':
      return `${yearPair(p.year)} Q${p.sub}`;
    case 'financialYear':
      return yearPair(p.year);
    case 'academicYear':
      return `AY ${yearPair(p.year)}`;
    case 'calendarYear':
      return String(p.year);
  }
}

/** A full Period (start, end, label) from a canonical key; null when the key is not canonical. */
export function periodFromKey(key: string): Period | null {
  const p = parseKey(key);
  if (!p) return null;
  const k = keyOf(p);
  switch (p.kind) {
    case 'month':
      return {
        kind: 'month',
        key: k,
        start: iso(p.year, p.sub, 1),
        end: iso(p.year, p.sub, lastDay(p.year, p.sub)),
        label: `${MONTHS[p.sub - 1]}-${pad2(p.year % 100)}`,
      };
    case 'quarter': {
      // Q1 = Apr-Jun of the start year ... Q4 = Jan-Mar of the following year.
      const firstMonth = ((p.sub - 1) * 3 + 3) % 12; // 0-based: Q1 -> 3 (Apr), Q4 -> 0 (Jan)
      const year = p.sub === 4 ? p.year + 1 : p.year;
      const lastMonth = firstMonth + 3; // 1-based last month
      return {
        kind: 'quarter',
        key: k,
        start: iso(year, firstMonth + 1, 1),
        end: iso(year, lastMonth, lastDay(year, lastMonth)),
        label: `Q${p.sub} ${yearPair(p.year)}`,
      };
    }
    case 'financialYear':
      return {
        kind: 'financialYear',
        key: k,
        start: iso(p.year, 4, 1),
        end: iso(p.year + 1, 3, 31),
        label: k,
      };
    case 'academicYear':
      return {
        kind: 'academicYear',
        key: k,
        start: iso(p.year, 9, 1),
        end: iso(p.year + 1, 8, 31),
        label: k,
      };
    case 'calendarYear':
      return { kind: 'calendarYear', key: k, start: iso(p.year, 1, 1), end: iso(p.year, 12, 31), label: k };
  }
}

/** The same period `years` years later (negative: earlier): '2025-03' -1 -> '2024-03'. */
export function shiftYears(key: string, years: number): string | null {
  const p = parseKey(key);
  return p ? keyOf({ ...p, year: p.year + years }) : null;
}

/** The period immediately before: '2025-01' -> '2024-12', '2025/26 Q1' -> '2024/25 Q4', '2024/25' -> '2023/24'. */
export function previousKey(key: string): string | null {
  const p = parseKey(key);
  if (!p) return null;
  if (p.kind === 'month')
    return p.sub === 1 ? keyOf({ ...p, year: p.year - 1, sub: 12 }) : keyOf({ ...p, sub: p.sub - 1 });
  if (p.kind === 'quarter')
    return p.sub === 1 ? keyOf({ ...p, year: p.year - 1, sub: 4 }) : keyOf({ ...p, sub: p.sub - 1 });
  return keyOf({ ...p, year: p.year - 1 });
}

/** Month key n months after (negative: before). */
export function addMonths(monthKey: string, n: number): string | null {
  const p = parseKey(monthKey);
  if (!p || p.kind !== 'month') return null;
  const index = p.year * 12 + (p.sub - 1) + n;
  return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
}

/** The April that opens the UK financial year holding this month: '2025-02' -> '2024-04'. */
export function financialYearStart(monthKey: string): string | null {
  const p = parseKey(monthKey);
  if (!p || p.kind !== 'month') return null;
  return `${p.sub >= 4 ? p.year : p.year - 1}-04`;
}

/** 'YYYY-MM' of an ISO date (or date-time). */
export function monthKeyOfDate(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** Whole days from a to b (ISO dates): positive when b is later. */
export function daysBetween(a: string, b: string): number {
  const ta = Date.parse(`${a.slice(0, 10)}T00:00:00Z`);
  const tb = Date.parse(`${b.slice(0, 10)}T00:00:00Z`);
  return Math.round((tb - ta) / 86_400_000);
}

/** '31 Mar 2025' from an ISO date. */
export function formatDate(isoDate: string): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
}
