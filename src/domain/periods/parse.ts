/**
 * Column headers -> meanings: canonical periods, YTD / rolling 12 months, comparator columns, polarity.
 */
import type { CellValue } from '../grid';
import type { HeaderMeaning, Period } from './types';
import {
  academicYearPeriod,
  calendarYearPeriod,
  excelSerialToIso,
  financialYearPeriod,
  monthPeriod,
  quarterOfMonth,
  quarterPeriod,
  validYear,
} from './period';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * True when an Excel number format shows a date (it has day/month/year codes outside quotes and brackets,
 * e.g. 'mmm-yy', 'dd/mm/yyyy', '[$-809]mmm-yy;@'), as opposed to a number, percent or time format.
 */
const dateFormatCache = new Map<string, boolean>();

export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  let known = dateFormatCache.get(numberFormat);
  if (known === undefined) {
    known = dateFormatUncached(numberFormat);
    if (dateFormatCache.size < 5000) dateFormatCache.set(numberFormat, known);
  }
  return known;
}

function dateFormatUncached(numberFormat: string): boolean {
  const f = numberFormat.toLowerCase();
  if (f === 'general' || f === '@') return false;
  // Only the first section (positive numbers) matters.
  const first = f.split(';')[0];
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/am\/pm|a\/p/g, '');
  if (!/^[dmyhs\s\-/.,:@_*]*$/.test(bare)) return false;
  return /[dy]/.test(bare) || /m{3,}/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
}

/** 'Apr-24', 'April 2024', "Apr '24", '2024-04', '04/2024' -> month; years must be plausible. */
function twoOrFourDigitYear(s: string): number {
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

function normalise(text: string): string {
  return text
    .replace(/[\u2012-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Words around a period that do not change its meaning: 'Q1 2024/25 actual', 'Outturn 2023/24'. */
const NOISE =
  /^(?:(?:actuals?|outturn|out-turn|position|figures?|values?|data|performance|result|results|total|year end|year-end|month end|quarter end|qtr end|as at|end of|end)\b[\s:,-]*)+|(?:[\s:,(-]*\b(?:actuals?|outturn|out-turn|position|figures?|values?|data|performance|result|results|total|year end|year-end|month end|quarter end|qtr end|end)\)?)+$/g;

/** A span of years such as '2024/25', '2024-25', '24/25', '2024/2025', '2024 - 2025'; returns the start year. */
const SPAN = String.raw`(\d{4}|\d{2})\s*[\/\-]\s*(\d{4}|\d{2})`;

function spanStart(a: string, b: string): number | null {
  const start = twoOrFourDigitYear(a);
  if (!validYear(start)) return null;
  const end = Number(b);
  const expected = b.length === 2 ? (start + 1) % 100 : start + 1;
  return end === expected ? start : null;
}

const RE_MONTH_NAME = new RegExp(String.raw`^(${MONTH_NAMES})\.?[\s\-\/',]*('?\d{2}|\d{4})$`);
const RE_MONTH_ISO = /^(\d{4})-(\d{1,2})$/;
const RE_MONTH_SLASH = /^(\d{1,2})[/\-.](\d{4})$/;
const RE_FY = new RegExp(
  String.raw`^(?:fy|f\/y|financial year|fin year)?\s*'?${SPAN}(?:\s*(?:fy|financial year))?$`,
);
const RE_AY_PRE = new RegExp(String.raw`^(?:ay|a\/y|academic year|academic)\s*'?${SPAN}$`);
const RE_AY_POST = new RegExp(String.raw`^'?${SPAN}\s*(?:ay|a\/y|academic year|academic|acad\.? year)$`);
const RE_Q_PRE = new RegExp(
  String.raw`^(?:q|qtr|quarter)\s*([1-4])[\s,\-:]*(?:fy|financial year)?\s*'?${SPAN}$`,
);
const RE_Q_POST = new RegExp(String.raw`^(?:fy\s*)?'?${SPAN}[\s,\-:]*(?:q|qtr|quarter)\s*([1-4])$`);
const RE_CY = /^(?:cy|calendar year|calendar)?\s*(\d{4})$/;

/** Parse a period written as text. Null when the text is not (only) a period. */
export function parsePeriodText(raw: string): Period | null {
  const t0 = normalise(raw);
  if (t0 === '') return null;
  const t = t0.replace(NOISE, '').trim() || t0;
  let m: RegExpExecArray | null;

  if ((m = RE_MONTH_ISO.exec(t))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (validYear(y) && mo >= 1 && mo <= 12) return monthPeriod(y, mo);
    // '2024-25' is a financial year, handled below.
  }
  if ((m = RE_MONTH_NAME.exec(t))) {
    const y = twoOrFourDigitYear(m[2].replace("'", ''));
    return validYear(y) ? monthPeriod(y, MONTHS[m[1]]) : null;
  }
  if ((m = RE_MONTH_SLASH.exec(t))) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (validYear(y) && mo >= 1 && mo <= 12) return monthPeriod(y, mo);
  }
  if ((m = RE_Q_PRE.exec(t))) {
    const s = spanStart(m[2], m[3]);
    return s === null ? null : quarterPeriod(s, Number(m[1]));
  }
  if ((m = RE_Q_POST.exec(t))) {
    const s = spanStart(m[1], m[2]);
    return s === null ? null : quarterPeriod(s, Number(m[3]));
  }
  if ((m = RE_AY_PRE.exec(t)) || (m = RE_AY_POST.exec(t))) {
    const s = spanStart(m[1], m[2]);
    return s === null ? null : academicYearPeriod(s);
  }
  if ((m = RE_FY.exec(t))) {
    const s = spanStart(m[1], m[2]);
    return s === null ? null : financialYearPeriod(s);
  }
  if ((m = RE_CY.exec(t))) {
    const y = Number(m[1]);
    return validYear(y) ? calendarYearPeriod(y) : null;
  }
  return null;
}

/** A date cell (serial number with a date format) -> the month it falls in. */
export function periodFromSerial(serial: number): Period | null {
  const d = excelSerialToIso(serial);
  if (!d) return null;
  const y = Number(d.slice(0, 4));
  return validYear(y) ? monthPeriod(y, Number(d.slice(5, 7))) : null;
}

/** A header cell as a period, or null. Numbers: date serials with a date format, or whole years 1950-2149. */
export function parsePeriodCell(value: CellValue, numberFormat?: string): Period | null {
  if (typeof value === 'number') {
    if (isDateFormat(numberFormat)) return periodFromSerial(value);
    if (Number.isInteger(value) && validYear(value) && !/%/.test(numberFormat ?? '')) {
      return calendarYearPeriod(value);
    }
    return null;
  }
  if (typeof value === 'string') return parsePeriodText(value);
  return null;
}

/** A bare sub-period of a two-row header: 'Q1', 'Qtr 2', 'Quarter 3', 'Apr', 'April'. */
export type SubPeriod =
  { readonly kind: 'quarter'; readonly quarter: number } | { readonly kind: 'month'; readonly month: number };

const RE_SUB_Q = /^(?:q|qtr|quarter)\s*([1-4])$/;
const RE_SUB_M = new RegExp(String.raw`^(${MONTH_NAMES})\.?$`);

export function parseSubPeriod(value: CellValue): SubPeriod | null {
  if (typeof value !== 'string') return null;
  const t = normalise(value).replace(NOISE, '').trim();
  let m = RE_SUB_Q.exec(t);
  if (m) return { kind: 'quarter', quarter: Number(m[1]) };
  m = RE_SUB_M.exec(t);
  if (m) return { kind: 'month', month: MONTHS[m[1]] };
  return null;
}

/**
 * Combine a band period (the upper row of a two-row header) with a sub-period below it:
 * '2024/25' + 'Q1' -> '2024/25 Q1'; '2024/25' + 'Jan' -> '2025-01'; 'AY 2024/25' + 'Sep' -> '2024-09';
 * '2024' + 'Apr' -> '2024-04'; '2024' + 'Q1' (calendar Jan-Mar 2024) -> '2023/24 Q4'.
 */
export function combineBand(band: Period, sub: SubPeriod): Period | null {
  const y = Number(band.start.slice(0, 4));
  switch (band.kind) {
    case 'financialYear':
      if (sub.kind === 'quarter') return quarterPeriod(y, sub.quarter);
      return monthPeriod(sub.month >= 4 ? y : y + 1, sub.month);
    case 'academicYear':
      if (sub.kind === 'quarter') return null;
      return monthPeriod(sub.month >= 9 ? y : y + 1, sub.month);
    case 'calendarYear':
      if (sub.kind === 'quarter') return quarterOfMonth(y, sub.quarter * 3);
      return monthPeriod(y, sub.month);
    default:
      return null;
  }
}

const RE_YTD = /^(?:ytd|y\.t\.d\.?|year to date|fytd|financial year to date)\b/;
const RE_YTD_ANY = /\b(?:ytd|year to date|fytd)\b/;
const RE_R12 =
  /\b(?:rolling\s*(?:12|twelve)\s*(?:months?|mths?|m)?|rolling year|r12m?|12\s*(?:month|mth)s?\s*rolling|last\s*(?:12|twelve)\s*months)\b/;
const RE_TARGET = /\b(?:target|tgt|ambition|goal)s?\b/;
const RE_ENGLAND = /\b(?:england|national|eng)\b/;
const RE_SN =
  /\b(?:stat(?:istical)?\.?\s*n(?:eighbou?rs?|eighbou?r|bs?|s)?|sns?|comparator (?:group|authorities))\b/;
const RE_REGION =
  /\b(?:region|regional|north west|north east|north-west|north-east|yorkshire(?: and(?: the)? humber)?|east midlands|west midlands|east of england|eastern|inner london|outer london|london|south east|south west|south-east|south-west|nw|ne|se|sw)\b/;
const RE_POLARITY =
  /\b(?:good is|polarity|(?:high|low|higher|lower)\s*(?:\/\s*(?:high|low|higher|lower)\s*)?(?:is|=)?\s*(?:good|better)|good performance|better is|direction of good|is good)\b/;
const COMPARATOR_NOISE =
  /\b(?:average|avg|ave|av|mean|comparator|benchmark|latest|figure|value|rate|data|published|\(|\))\b|[():]/g;

function comparatorPeriod(text: string, re: RegExp): Period | undefined {
  const rest = text.replace(re, ' ').replace(COMPARATOR_NOISE, ' ').replace(/\s+/g, ' ').trim();
  if (!rest) return undefined;
  return parsePeriodText(rest) ?? undefined;
}

/**
 * What a column header means. `numberFormat` matters for date cells (serial numbers formatted as dates).
 * Never throws.
 */
export function parseHeader(value: CellValue, numberFormat?: string): HeaderMeaning {
  if (typeof value === 'number') {
    const p = parsePeriodCell(value, numberFormat);
    return p ? { type: 'period', period: p } : { type: 'other', text: String(value) };
  }
  if (typeof value === 'boolean') return { type: 'other', text: value ? 'TRUE' : 'FALSE' };
  const text = normalise(String(value));
  if (text === '') return { type: 'other', text: '' };

  const period = parsePeriodText(text);
  if (period) return { type: 'period', period };

  if (RE_POLARITY.test(text)) return { type: 'polarity' };
  if (RE_YTD.test(text) || (RE_YTD_ANY.test(text) && !RE_TARGET.test(text))) return { type: 'ytd' };
  if (RE_R12.test(text)) return { type: 'rolling12' };
  if (RE_TARGET.test(text)) return { type: 'target', ...opt(comparatorPeriod(text, RE_TARGET)) };
  if (RE_SN.test(text)) return { type: 'statNeighbours', ...opt(comparatorPeriod(text, RE_SN)) };
  if (RE_ENGLAND.test(text)) return { type: 'england', ...opt(comparatorPeriod(text, RE_ENGLAND)) };
  if (RE_REGION.test(text)) return { type: 'region', ...opt(comparatorPeriod(text, RE_REGION)) };
  return { type: 'other', text: String(value).trim() };
}

function opt(period: Period | undefined): { period?: Period } {
  return period ? { period } : {};
}

/** Text that looks as if it was meant to be a period (a year, a quarter, a month name) but may not parse. */
export function looksLikePeriod(value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  const t = normalise(value);
  return (
    /\b(?:19|20)\d{2}\b/.test(t) ||
    /\b\d{2}\s*[/-]\s*\d{2}\b/.test(t) ||
    /\bq(?:tr|uarter)?\s*\d\b/.test(t) ||
    new RegExp(String.raw`^(?:${MONTH_NAMES})\b`).test(t)
  );
}
