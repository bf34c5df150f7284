/**
 * Small, pure text helpers shared by the summary sheet plan and the task pane: values in their unit,
 * changes, direction arrows, sparklines and UK dates. No locale APIs are used for numbers, so the output is
 * the same on every machine.
 */
import type { Direction } from '../calc/types';
import type { Polarity, Unit } from '../framework/types';
import { UNIT_DECIMALS } from '../calc/policy';

/* ---------- numbers ---------- */

/** What formatValue and formatChange give for a missing number (an en dash). */
export const MISSING_TEXT = '–';

function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** |n| with `dp` decimals and thousands separators; '' sign. */
function magnitude(n: number, dp: number): string {
  const fixed = Math.abs(n).toFixed(dp);
  const [int, frac] = fixed.split('.');
  return frac === undefined ? groupThousands(int) : `${groupThousands(int)}.${frac}`;
}

/** Decimals shown for each unit (matching the sheet's number formats). */
export { UNIT_DECIMALS } from '../calc/policy';

function decimalsFor(value: number, unit: Unit): number {
  // Counts are whole numbers; an average held as a count keeps one decimal rather than lying.
  if (unit === 'count' && !Number.isInteger(value)) return 1;
  return UNIT_DECIMALS[unit];
}

/** The magnitude in the unit's words: '12.1%', '67.0 per 10k', '245 days', '£1,200'. */
function inUnit(m: string, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return `${m}%`;
    case 'rate10k':
      return `${m} per 10k`;
    case 'days':
      return `${m} ${m === '1' ? 'day' : 'days'}`;
    case 'currency':
      return `£${m}`;
    default:
      return m;
  }
}

/** True when a formatted magnitude is zero ('0', '0.0', '0.00'), so no sign is shown. */
function isZero(m: string): boolean {
  for (let i = 0; i < m.length; i++) if (m[i] !== '0' && m[i] !== '.' && m[i] !== ',') return false;
  return true;
}

/**
 * A value in its unit: 12.1%, 1,234, 67.0 per 10k, 2.35, 245 days, 14.2, £1,200.
 * Percentages are held in points (0-100). MISSING_TEXT ('–') for null or non-finite values.
 */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_TEXT;
  const m = magnitude(value, decimalsFor(value, unit));
  return (value < 0 && !isZero(m) ? '-' : '') + inUnit(m, unit);
}

/**
 * A change in its unit, always signed when not zero: +0.9 pp (percentage points for percentages), -3,
 * +1.2 per 10k, +0.10, +12 days, +0.5, +£120. MISSING_TEXT ('–') for null.
 */
export function formatChange(change: number | null | undefined, unit: Unit): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return MISSING_TEXT;
  const m = magnitude(change, decimalsFor(change, unit));
  const sign = isZero(m) ? '' : change > 0 ? '+' : '-';
  return unit === 'percent' ? `${sign}${m} pp` : sign + inUnit(m, unit);
}

/** Excel number format for a value in the unit (percentages are points 0-100, so '%' is a literal). */
export function numberFormatFor(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return '0.0"%"';
    case 'count':
      return '#,##0';
    case 'rate10k':
      return '0.0';
    case 'ratio':
      return '0.00';
    case 'days':
      return '#,##0';
    case 'score':
      return '0.0';
    case 'currency':
      return '"£"#,##0';
  }
}

/** Excel number format for a change in the unit: signed, percentage points for percentages. */
export function changeFormatFor(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return '+0.0" pp";-0.0" pp";0.0" pp"';
    case 'count':
    case 'days':
      return '+#,##0;-#,##0;0';
    case 'rate10k':
    case 'score':
      return '+0.0;-0.0;0.0';
    case 'ratio':
      return '+0.00;-0.00;0.00';
    case 'currency':
      return '+"£"#,##0;-"£"#,##0;"£"0';
  }
}

/** A whole count with thousands separators: 1,234. */
export function formatCount(n: number): string {
  const m = magnitude(n, 0);
  return (n < 0 && !isZero(m) ? '-' : '') + m;
}

/* ---------- direction ---------- */

export const ARROW_UP = '▲';
export const ARROW_DOWN = '▼';
export const ARROW_FLAT = '►';

/**
 * The arrow for a direction of travel. With a change, the arrow shows which way the value moved (▲ rose,
 * ▼ fell, ► stable) and the colour/word says whether that is good; without one, ▲ improving,
 * ▼ worsening, ► stable. '' when there is nothing to show.
 */
export function directionArrow(direction: Direction | null | undefined, change?: number | null): string {
  if (direction === 'stable') return ARROW_FLAT;
  if (change !== null && change !== undefined && Number.isFinite(change)) {
    if (change > 0) return ARROW_UP;
    if (change < 0) return ARROW_DOWN;
    return ARROW_FLAT;
  }
  if (direction === 'improving') return ARROW_UP;
  if (direction === 'worsening') return ARROW_DOWN;
  return '';
}

/** 'Improving', 'Worsening', 'Stable'; for measures with no better or worse: 'Up', 'Down', 'No change'. */
export function directionWord(direction: Direction | null | undefined, change?: number | null): string {
  if (direction === 'improving') return 'Improving';
  if (direction === 'worsening') return 'Worsening';
  if (direction === 'stable') return 'Stable';
  if (change === null || change === undefined || !Number.isFinite(change)) return '';
  return change > 0 ? 'Up' : change < 0 ? 'Down' : 'No change';
}

/** Arrow and word: '▼ Improving'. '' when there is nothing to show. */
export function directionText(direction: Direction | null | undefined, change?: number | null): string {
  const word = directionWord(direction, change);
  return word ? `${directionArrow(direction, change)} ${word}` : '';
}

/** Font colours for direction: improving green, worsening red, stable (or no better/worse) grey. */
export const DIRECTION_COLOURS: Readonly<Record<Direction | 'none', string>> = {
  improving: '#107C10',
  worsening: '#C00000',
  stable: '#6E6E6E',
  none: '#6E6E6E',
};

/* ---------- sparkline ---------- */

const BLOCKS = '▁▂▃▄▅▆▇█';
/** Shown for a period with no figure. */
export const SPARK_MISSING = '·';

/**
 * A unicode sparkline, one character per value, oldest first: the lowest value ▁, the highest █;
 * missing values '·'; all equal values ▄.
 */
export function sparkline(values: readonly (number | null | undefined)[]): string {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  let out = '';
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) out += SPARK_MISSING;
    else if (max === min) out += BLOCKS[3];
    else out += BLOCKS[Math.min(7, Math.floor(((v - min) / (max - min)) * 7 + 0.5))];
  }
  return out;
}

/* ---------- dates ---------- */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_STAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A year as the catalogue gives it, with no brackets inside it, for text that brackets it:
 * '2023 (30 September)' -> '30 September 2023'; '2025' -> '2025'.
 */
export function yearText(year: string): string {
  const m = /^(\d{4})\s*\(([^()]+)\)$/.exec(year.trim());
  return m ? `${m[2].trim()} ${m[1]}` : year.trim();
}

/** '2025-03-31' (or a timestamp starting so) -> '31/03/2025'. Anything else is returned unchanged. */
export function ukDate(iso: string): string {
  const m = ISO_DATE.exec(iso.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * An ISO timestamp as UK date and time, '02/04/2025 14:05'. A timestamp with a zone (Z or +01:00) is shown in
 * UK local time (GMT/BST); one without a zone is shown as written. A bare date gives the date only.
 */
export function ukDateTime(iso: string): string {
  const text = iso.trim();
  const m = ISO_STAMP.exec(text);
  if (!m) return ukDate(text);
  if (m[4] === undefined) return `${m[3]}/${m[2]}/${m[1]}`;
  if (m[6] !== undefined) {
    const london = inLondon(text);
    if (london) return london;
  }
  return `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}`;
}

let londonFormat: Intl.DateTimeFormat | null = null;

function inLondon(text: string): string | null {
  const t = Date.parse(text);
  if (!Number.isFinite(t)) return null;
  try {
    londonFormat ??= new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const parts = londonFormat.formatToParts(new Date(t));
    const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    const out = `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
    return /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(out) ? out : null;
  } catch {
    return null;
  }
}

/* ---------- words ---------- */

/** Polarity in words, for the legend and definitions. */
export function polarityWords(polarity: Polarity): string {
  switch (polarity) {
    case 'higher':
      return 'Higher is better';
    case 'lower':
      return 'Lower is better';
    case 'target':
      return 'Closer to target is better';
    case 'contextual':
      return 'Context only (no better or worse)';
  }
}

/** Unit in words, for definitions. */
export function unitWords(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return 'Percentage';
    case 'count':
      return 'Number';
    case 'rate10k':
      return 'Rate per 10,000 children';
    case 'ratio':
      return 'Ratio';
    case 'days':
      return 'Days';
    case 'score':
      return 'Score';
    case 'currency':
      return 'Pounds (£)';
  }
}

/** 'Green', 'Amber', 'Red'. */
export function ragWord(rag: 'green' | 'amber' | 'red'): string {
  return rag === 'green' ? 'Green' : rag === 'amber' ? 'Amber' : 'Red';
}
