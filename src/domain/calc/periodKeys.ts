/**
 * Period arithmetic calc/ needs, on canonical period keys (see periods/types.ts), over the periods module.
 */
import type { Period } from '../periods/types';
import { parsePeriodKey, previousPeriod, shiftPeriod } from '../periods/period';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A full Period (start, end, label) from a canonical key; null when the key is not canonical. */
export function periodFromKey(key: string): Period | null {
  return parsePeriodKey(key.trim());
}

/** The same period `years` years later (negative: earlier): '2025-03' -1 -> '2024-03'. */
export function shiftYears(key: string, years: number): string | null {
  const p = periodFromKey(key);
  if (!p) return null;
  const perYear = p.kind === 'month' ? 12 : p.kind === 'quarter' ? 4 : 1;
  return shiftPeriod(p, perYear * years).key;
}

/** The period immediately before: '2025-01' -> '2024-12', '2025/26 Q1' -> '2024/25 Q4', '2024/25' -> '2023/24'. */
export function previousKey(key: string): string | null {
  const p = periodFromKey(key);
  return p ? previousPeriod(p).key : null;
}

/** Month key n months after (negative: before). */
export function addMonths(monthKey: string, n: number): string | null {
  const p = periodFromKey(monthKey);
  return p && p.kind === 'month' ? shiftPeriod(p, n).key : null;
}

/** The April that opens the UK financial year holding this month: '2025-02' -> '2024-04'. */
export function financialYearStart(monthKey: string): string | null {
  const p = periodFromKey(monthKey);
  if (!p || p.kind !== 'month') return null;
  const year = Number(p.key.slice(0, 4));
  const month = Number(p.key.slice(5, 7));
  return `${month >= 4 ? year : year - 1}-04`;
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
