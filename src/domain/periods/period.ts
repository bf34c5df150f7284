/**
 * Canonical periods: construction, keys, ordering and arithmetic.
 *
 * All dates are ISO strings (YYYY-MM-DD); no Date objects or time zones are involved.
 */
import type { Period, PeriodKind } from './types';

export const MONTH_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** The months' names in full, January first. */
export const MONTH_LONG: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Years we accept as periods; wide enough for any PMF, narrow enough to keep stray numbers out. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2149;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function iso(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

function monthEnd(year: number, month: number): string {
  return iso(year, month, daysInMonth(year, month));
}

function yearSpan(startYear: number): string {
  return `${pad4(startYear)}/${pad2((startYear + 1) % 100)}`;
}

export function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** A calendar month, month 1-12. */
export function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'month',
    key: `${pad4(year)}-${pad2(month)}`,
    start: iso(year, month, 1),
    end: monthEnd(year, month),
    label: `${MONTH_SHORT[month - 1]}-${pad2(year % 100)}`,
  };
}

/** A UK financial quarter: `fyStart` is the year the financial year starts (2024 for 2024/25), Q1 = Apr-Jun. */
export function quarterPeriod(fyStart: number, quarter: number): Period {
  const firstMonth = 4 + (quarter - 1) * 3; // 4, 7, 10, 13
  const y = firstMonth > 12 ? fyStart + 1 : fyStart;
  const m = firstMonth > 12 ? firstMonth - 12 : firstMonth;
  return {
    kind: 'quarter',
    key: `${yearSpan(fyStart)} Q${quarter}`,
    start: iso(y, m, 1),
    end: monthEnd(y, m + 2),
    label: `Q${quarter} ${yearSpan(fyStart)}`,
  };
}

/** Financial year 1 April `startYear` - 31 March `startYear + 1`. */
export function financialYearPeriod(startYear: number): Period {
  return {
    kind: 'financialYear',
    key: yearSpan(startYear),
    start: iso(startYear, 4, 1),
    end: iso(startYear + 1, 3, 31),
    label: yearSpan(startYear),
  };
}

/** Academic year 1 September `startYear` - 31 August `startYear + 1`. */
export function academicYearPeriod(startYear: number): Period {
  return {
    kind: 'academicYear',
    key: `AY ${yearSpan(startYear)}`,
    start: iso(startYear, 9, 1),
    end: iso(startYear + 1, 8, 31),
    label: `AY ${yearSpan(startYear)}`,
  };
}

export function calendarYearPeriod(year: number): Period {
  return {
    kind: 'calendarYear',
    key: pad4(year),
    start: iso(year, 1, 1),
    end: iso(year, 12, 31),
    label: pad4(year),
  };
}

/** The financial quarter (of a UK financial year) that a calendar month falls in. */
export function quarterOfMonth(year: number, month: number): Period {
  const fyStart = month >= 4 ? year : year - 1;
  const q = month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4;
  return quarterPeriod(fyStart, q);
}

function checkedSpan(a: string, b: string): number | null {
  const start = Number(a);
  if (!validYear(start)) return null;
  return Number(b) === (start + 1) % 100 ? start : null;
}

/** Canonical key -> Period; null for anything that is not exactly a canonical key. */
export function parsePeriodKey(key: string): Period | null {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return validYear(y) && mo >= 1 && mo <= 12 ? monthPeriod(y, mo) : null;
  }
  m = /^(\d{4})\/(\d{2}) Q([1-4])$/.exec(key);
  if (m) {
    const s = checkedSpan(m[1], m[2]);
    return s === null ? null : quarterPeriod(s, Number(m[3]));
  }
  m = /^(\d{4})\/(\d{2})$/.exec(key);
  if (m) {
    const s = checkedSpan(m[1], m[2]);
    return s === null ? null : financialYearPeriod(s);
  }
  m = /^AY (\d{4})\/(\d{2})$/.exec(key);
  if (m) {
    const s = checkedSpan(m[1], m[2]);
    return s === null ? null : academicYearPeriod(s);
  }
  m = /^(\d{4})$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    return validYear(y) ? calendarYearPeriod(y) : null;
  }
  return null;
}

const KIND_ORDER: Record<PeriodKind, number> = {
  month: 0,
  quarter: 1,
  financialYear: 2,
  academicYear: 3,
  calendarYear: 4,
};

/**
 * Orders periods by end date, then start date (shorter period first when both end together), then kind.
 * Suitable for Array.prototype.sort; oldest first.
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start > b.start ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

function startYearOf(p: Period): number {
  return Number(p.start.slice(0, 4));
}

/** The period `steps` periods of the same kind after p (negative: before). */
export function shiftPeriod(p: Period, steps: number): Period {
  const y = startYearOf(p);
  switch (p.kind) {
    case 'month': {
      const m = Number(p.start.slice(5, 7));
      const idx = y * 12 + (m - 1) + steps;
      return monthPeriod(Math.floor(idx / 12), (idx % 12) + 1);
    }
    case 'quarter': {
      const q = Number(p.key.slice(-1));
      const fy = Number(p.key.slice(0, 4));
      const idx = fy * 4 + (q - 1) + steps;
      return quarterPeriod(Math.floor(idx / 4), (idx % 4) + 1);
    }
    case 'financialYear':
      return financialYearPeriod(y + steps);
    case 'academicYear':
      return academicYearPeriod(y + steps);
    case 'calendarYear':
      return calendarYearPeriod(y + steps);
  }
}

/** The period just before p, of the same kind (March for April, Q4 2023/24 for Q1 2024/25, 2023/24 for 2024/25). */
export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

/** The period just after p, of the same kind. */
export function nextPeriod(p: Period): Period {
  return shiftPeriod(p, 1);
}

/** The same period a year earlier (for years, the previous year). */
export function samePeriodLastYear(p: Period): Period {
  switch (p.kind) {
    case 'month':
      return shiftPeriod(p, -12);
    case 'quarter':
      return shiftPeriod(p, -4);
    default:
      return shiftPeriod(p, -1);
  }
}

/** True when the period ends strictly before the given ISO date (YYYY-MM-DD; a longer ISO timestamp is cut). */
export function periodEndsBefore(p: Period, isoDate: string): boolean {
  return p.end < isoDate.slice(0, 10);
}

/** True when the ISO date falls within the period. */
export function periodContains(p: Period, isoDate: string): boolean {
  const d = isoDate.slice(0, 10);
  return p.start <= d && d <= p.end;
}

/** Months covered by a period (1 for a month, 3 for a quarter, 12 for a year). */
export function periodMonths(p: Period): number {
  return p.kind === 'month' ? 1 : p.kind === 'quarter' ? 3 : 12;
}

/**
 * Excel serial date (1900 date system, with Excel's phantom 29 Feb 1900) -> ISO date; null when out of range.
 * The fractional part (time of day) is ignored.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  let days = Math.floor(serial);
  if (days >= 60) days -= 1; // skip 1900-02-29, which Excel counts but never existed
  // Day 1 = 1900-01-01. Convert via days since 1970-01-01 (25568 days after 1899-12-31).
  const ms = (days - 25568) * 86400000;
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date -> Excel serial date (1900 date system). */
export function isoToExcelSerial(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  const days = Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25568;
  return days >= 60 ? days + 1 : days;
}

/** How periods are laid out, in sheet order: oldest first, newest first, neither, or just one. */
export function periodOrder(periods: readonly Period[]): 'single' | 'ascending' | 'descending' | 'unordered' {
  if (periods.length < 2) return 'single';
  let asc = true;
  let desc = true;
  for (let i = 1; i < periods.length; i++) {
    const c = comparePeriods(periods[i - 1], periods[i]);
    if (c >= 0) asc = false;
    if (c <= 0) desc = false;
  }
  return asc ? 'ascending' : desc ? 'descending' : 'unordered';
}
