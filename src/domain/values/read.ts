/**
 * Cell -> number or missing-with-reason. Percentages are held in percentage points (0-100).
 */
import type { CellValue } from '../grid';
import type { Unit } from '../framework/types';
import type { ReadValue } from './types';

/** Excel error values as the JavaScript API returns them. */
export const ERROR_VALUES: readonly string[] = [
  '#DIV/0!',
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
];
const ERROR_SET = new Set(ERROR_VALUES);

/** Suppression and not-available markers (compared case-insensitively, after trimming). */
export const MISSING_MARKERS: readonly string[] = [
  'c',
  'z',
  'x',
  'k',
  '~',
  '*',
  '-',
  '--',
  '\u2013',
  '\u2014',
  'n/a',
  'na',
  'n.a.',
  'n/k',
  'nk',
  '..',
  '...',
  ':',
  'supp',
  'suppressed',
  'dnr',
  'not available',
  'no data',
  'nil return',
];
const MARKER_SET = new Set(MISSING_MARKERS);

export function isErrorValue(value: CellValue): boolean {
  return typeof value === 'string' && ERROR_SET.has(value.trim().toUpperCase());
}

export function isMissingMarker(text: string): boolean {
  return MARKER_SET.has(text.trim().toLowerCase());
}

/** True when a number format shows numbers as percentages ('0%', '0.0%', '0.0%;[Red]-0.0%'), ignoring quoted text. */
const percentFormatCache = new Map<string, boolean>();

export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  let known = percentFormatCache.get(numberFormat);
  if (known === undefined) {
    known = percentFormatUncached(numberFormat);
    if (percentFormatCache.size < 5000) percentFormatCache.set(numberFormat, known);
  }
  return known;
}

function percentFormatUncached(numberFormat: string): boolean {
  const first = numberFormat.split(';')[0];
  return /%/.test(first.replace(/"[^"]*"/g, '').replace(/\\%/g, ''));
}

const RE_NUMERIC =
  /^([+-])?\(?([+-])?\s*(?:£|\$|€|gbp\s*)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*\)?\s*(%|pp|p\.p\.|k|m)?$/i;

/**
 * Parse numbers written as text: '1,234', '£1,200', '(1,234)', '12.5%', '-3.2', ' 45 '.
 * Returns the number and whether it carried a percent sign; null when the text is not a number.
 */
export function parseNumericText(text: string): { value: number; percent: boolean } | null {
  const t = text
    .replace(/\u00a0/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();
  if (t === '') return null;
  const m = RE_NUMERIC.exec(t);
  if (!m) return null;
  const open = t.includes('(');
  const close = t.includes(')');
  if (open !== close) return null;
  const sign = m[1] === '-' || m[2] === '-' || open ? -1 : 1;
  if (m[1] && m[2]) return null;
  let value = Number(m[3].replace(/,/g, '')) * sign;
  if (!Number.isFinite(value)) return null;
  const suffix = (m[4] ?? '').toLowerCase();
  if (suffix === 'k') value *= 1000;
  if (suffix === 'm') value *= 1_000_000;
  return { value, percent: suffix === '%' };
}

function missing(reason: 'blank' | 'suppressed' | 'error' | 'text', raw: string): ReadValue {
  return { kind: 'missing', reason, raw };
}

/** x100 without binary noise (0.125 * 100 = 12.500000000000002 -> 12.5). */
export function scalePercent(value: number): number {
  const v = value * 100;
  return Math.abs(v) < 1e12 ? Math.round(v * 1e9) / 1e9 : v;
}

function num(value: number, source: 'number' | 'percentFormat' | 'percentText' | 'numericText'): ReadValue {
  const v = source === 'percentFormat' ? scalePercent(value) : value;
  if (!Number.isFinite(v)) return missing('error', String(value));
  return { kind: 'number', value: Object.is(v, -0) ? 0 : v, source };
}

/**
 * Read one cell. `unit` is the measure's unit when known: text such as '12.5' in a percent measure is taken
 * as points; '£' and thousands separators are accepted for any unit. Never throws.
 */
export function readValue(value: CellValue, numberFormat?: string, unit?: Unit): ReadValue {
  void unit;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return missing('error', String(value));
    if (isPercentFormat(numberFormat)) return num(value, 'percentFormat');
    return num(value, 'number');
  }
  if (typeof value === 'boolean') return missing('text', value ? 'TRUE' : 'FALSE');
  if (typeof value !== 'string') return missing('text', String(value));
  const text = value.trim();
  if (text === '') return missing('blank', value);
  if (isErrorValue(text)) return missing('error', text.toUpperCase());
  if (isMissingMarker(text)) return missing('suppressed', text);
  const parsed = parseNumericText(text);
  if (parsed) {
    if (parsed.percent) return num(parsed.value, 'percentText');
    return num(parsed.value, 'numericText');
  }
  return missing('text', text);
}

/** The number, or null when missing. */
export function valueOf(read: ReadValue): number | null {
  return read.kind === 'number' ? read.value : null;
}
