/**
 * Dates in 903 tables: real Excel dates (serial numbers, a time of day ignored) or text as dd/mm/yyyy (also
 * d/m/yyyy, with '-' or '.', '5 Nov 2024', and ISO yyyy-mm-dd), with or without a time. Anything else -
 * a two-digit year, 31/02/2024, 'unknown' - cannot be read: nothing is guessed.
 *
 * Inside the tables module a date is a day number: whole days since 1 January 1970 (UTC).
 */
import type { CellValue } from '../grid';
import { MONTH_LONG } from '../periods/period';

const MS_PER_DAY = 86_400_000;
/** Excel's serial for 1 January 1970. */
const SERIAL_1970 = 25569;

export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** ISO date (YYYY-MM-DD...) -> day number. */
export function dayOfIso(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Day number -> ISO date. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number -> [year, month 1-12, day 1-31]. */
export function partsOfDay(day: number): [number, number, number] {
  const d = new Date(day * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SHOWN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '5 Nov 2024' */
export function showDay(day: number): string {
  const [y, m, d] = partsOfDay(day);
  return `${d} ${SHOWN[m - 1]} ${y}`;
}

/** Readable years: wide enough for any child's record, narrow enough to keep stray numbers out. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function valid(y: number, m: number, d: number): number | null {
  if (!(y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const day = dayOf(y, m, d);
  const [yy, mm, dd] = partsOfDay(day);
  return yy === y && mm === m && dd === d ? day : null;
}

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)?`;
const DMY = new RegExp(String.raw`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})${TIME}$`);
const YMD = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}(?:Z|[+-]\d{2}:?\d{2})?$`);
const D_MON_Y = new RegExp(String.raw`^(\d{1,2})[ \-]([A-Za-z]{3,9})[ \-,]*(\d{4})${TIME}$`);

/** A date cell -> day number; 'blank' for an empty cell; null when it cannot be read. */
export function readDate(value: CellValue): number | 'blank' | null {
  if (typeof value === 'number') {
    // Serial numbers from 1 March 1900 (Excel's phantom 29 Feb 1900 lies before) to the end of 2199.
    if (!Number.isFinite(value) || value < 61 || value >= 109574) return null;
    return Math.floor(value) - SERIAL_1970;
  }
  if (typeof value !== 'string') return null;
  const t = value.trim();
  if (t === '') return 'blank';
  let m = DMY.exec(t);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YMD.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = D_MON_Y.exec(t);
  if (m) {
    const name = m[2].toLowerCase();
    const month = MONTHS.findIndex((x) => name.startsWith(x) && (name.length === 3 || isMonthName(name)));
    return month < 0 ? null : valid(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
}

function isMonthName(name: string): boolean {
  return name === 'sept' || MONTH_LONG.some((m) => m.toLowerCase() === name);
}

/** The same day `years` years later (earlier when negative); 29 February becomes 28 February. */
export function shiftYears(day: number, years: number): number {
  const [y, m, d] = partsOfDay(day);
  const ty = y + years;
  const last = new Date(Date.UTC(ty, m, 0)).getUTCDate();
  return dayOf(ty, m, Math.min(d, last));
}

/**
 * Age in whole years on `day` of someone born on `dob`. Born on 29 February: a year older on 1 March in years
 * without a 29 February.
 */
export function ageOn(dob: number, day: number): number {
  const [by, bm, bd] = partsOfDay(dob);
  const [y, m, d] = partsOfDay(day);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}
