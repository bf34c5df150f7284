/**
 * Cell -> number or missing-with-reason. Percentages are held in percentage points (0-100).
 */
import type { CellValue } from '../grid';
import type { Unit } from '../framework/types';
import type { MissingReason, NumberSource, ReadValue } from './types';

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

// Longer texts are neither (checked first: labels are long, and case-folding them costs a copy each).
const ERROR_MAX_LENGTH = Math.max(...ERROR_VALUES.map((e) => e.length));
const MARKER_MAX_LENGTH = Math.max(...MISSING_MARKERS.map((m) => m.length));

export function isErrorValue(value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  const t = value.trim();
  return t.length <= ERROR_MAX_LENGTH && t.startsWith('#') && ERROR_SET.has(t.toUpperCase());
}

export function isMissingMarker(text: string): boolean {
  const t = text.trim();
  return t.length <= MARKER_MAX_LENGTH && MARKER_SET.has(t.toLowerCase());
}

/** True when a number format shows numbers as percentages ('0%', '0.0%', '0.0%;[Red]-0.0%'), ignoring quoted text. */
const percentFormatCache = new Map<string, boolean>();

let lastFormat = '';
let lastIsPercent = false;

export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  // A row's cells mostly share one format: remember the last answer.
  if (numberFormat === lastFormat) return lastIsPercent;
  let known = percentFormatCache.get(numberFormat);
  if (known === undefined) {
    known = percentFormatUncached(numberFormat);
    if (percentFormatCache.size < 5000) percentFormatCache.set(numberFormat, known);
  }
  lastFormat = numberFormat;
  lastIsPercent = known;
  return known;
}

function percentFormatUncached(numberFormat: string): boolean {
  const first = numberFormat.split(';')[0];
  return /%/.test(first.replace(/"[^"]*"/g, '').replace(/\\%/g, ''));
}

const RE_PLAIN = /^(-?\d{1,15}(?:\.\d{1,15})?)(%?)$/;
const RE_NUMERIC =
  /^([+-])?\(?([+-])?\s*(?:£|\$|€|gbp\s*)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*\)?\s*(%|pp|p\.p\.|k|m)?$/i;

/**
 * Parse numbers written as text: '1,234', '£1,200', '(1,234)', '12.5%', '-3.2', ' 45 '.
 * Returns the number and whether it carried a percent sign; null when the text is not a number.
 */
export function parseNumericText(text: string): { value: number; percent: boolean } | null {
  // Most numbers kept as text are plain: '12', '-3.5', '66.5%'.
  const plain = RE_PLAIN.exec(text);
  if (plain) return { value: Number(plain[1]) || 0, percent: plain[2] === '%' };
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

/** x100 without binary noise (0.125 * 100 = 12.500000000000002 -> 12.5). */
export function scalePercent(value: number): number {
  const v = value * 100;
  return Math.abs(v) < 1e12 ? Math.round(v * 1e9) / 1e9 : v;
}

/**
 * Where a reading goes: readValue makes a ReadValue object of it; a series stores it straight into its
 * columns (see series/readings.ts), so the common case - a number - allocates nothing.
 */
export interface ReadSink<T> {
  number(value: number, source: NumberSource): T;
  missing(reason: MissingReason, raw: string): T;
}

const TO_OBJECT: ReadSink<ReadValue> = {
  number: (value, source) => ({ kind: 'number', value, source }),
  missing: (reason, raw) => ({ kind: 'missing', reason, raw }),
};

function num<T>(
  sink: ReadSink<T>,
  value: number,
  source: 'number' | 'percentFormat' | 'percentText' | 'numericText',
): T {
  const v = source === 'percentFormat' ? scalePercent(value) : value;
  if (!Number.isFinite(v)) return sink.missing('error', String(value));
  return sink.number(Object.is(v, -0) ? 0 : v, source);
}

/** Reads one cell into `sink` (see readValue). */
export function readValueInto<T>(sink: ReadSink<T>, value: CellValue, numberFormat?: string): T {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return sink.missing('error', String(value));
    return num(sink, value, isPercentFormat(numberFormat) ? 'percentFormat' : 'number');
  }
  if (typeof value === 'boolean') return sink.missing('text', value ? 'TRUE' : 'FALSE');
  if (typeof value !== 'string') return sink.missing('text', String(value));
  const text = value.trim();
  if (text === '') return sink.missing('blank', value);
  if (isErrorValue(text)) return sink.missing('error', text.toUpperCase());
  if (isMissingMarker(text)) return sink.missing('suppressed', text);
  const parsed = parseNumericText(text);
  if (parsed) return num(sink, parsed.value, parsed.percent ? 'percentText' : 'numericText');
  return sink.missing('text', text);
}

/**
 * Read one cell. `unit` is the measure's unit when known: text such as '12.5' in a percent measure is taken
 * as points; '£' and thousands separators are accepted for any unit. Never throws.
 */
export function readValue(value: CellValue, numberFormat?: string, unit?: Unit): ReadValue {
  void unit;
  return readValueInto(TO_OBJECT, value, numberFormat);
}

/** The number, or null when missing. */
export function valueOf(read: ReadValue): number | null {
  return read.kind === 'number' ? read.value : null;
}
