/**
 * Renders a cell value as Excel displays it (Range.text) for the number formats workbooks commonly use:
 * General, fixed decimals, thousands separators, percentages, currency (literal '£', quoted "£",
 * '[$£-809]'), negative/zero/text sections, dates and times (d, dd, ddd, dddd, m..mmmmm, yy, yyyy, h, hh,
 * mm, ss, AM/PM) and '@' (Text). Column width is not modelled: Excel would show '####' in a narrow column;
 * we never do. Conditions ('[>=100]') are ignored and colours ('[Red]') dropped, as text has no colour.
 */

type Token =
  | { t: 'lit'; v: string }
  | { t: 'digit'; v: '0' | '#' | '?' }
  | { t: 'point' }
  | { t: 'comma' }
  | { t: 'percent' }
  | { t: 'exp'; sign: '+' | '-' }
  | { t: 'text' }
  | { t: 'general' }
  | { t: 'date'; v: string };

const MONTHS = [
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
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function splitSections(format: string): string[] {
  const sections: string[] = [];
  let cur = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      cur += ch + format[++i];
      continue;
    }
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === '[' && !quoted) bracket = true;
    else if (ch === ']' && !quoted) bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      sections.push(cur);
      cur = '';
    } else cur += ch;
  }
  sections.push(cur);
  return sections;
}

const tokenCache = new Map<string, Token[]>();

export function tokenize(section: string): Token[] {
  const cached = tokenCache.get(section);
  if (cached) return cached;
  const out: Token[] = [];
  const s = section;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = s.indexOf('"', i + 1);
      const stop = end < 0 ? s.length : end;
      out.push({ t: 'lit', v: s.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      out.push({ t: 'lit', v: s[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const end = s.indexOf(']', i);
      const inner = s.slice(i + 1, end < 0 ? s.length : end);
      if (inner.startsWith('$')) {
        const dash = inner.indexOf('-');
        out.push({ t: 'lit', v: inner.slice(1, dash < 0 ? inner.length : dash) });
      } else if (/^(h+|m+|s+)$/i.test(inner)) {
        out.push({ t: 'date', v: `[${inner.toLowerCase()}]` });
      }
      i = end < 0 ? s.length : end + 1;
    } else if (ch === '_') {
      out.push({ t: 'lit', v: ' ' });
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '0' || ch === '#' || ch === '?') {
      out.push({ t: 'digit', v: ch });
      i++;
    } else if (ch === '.') {
      out.push({ t: 'point' });
      i++;
    } else if (ch === ',') {
      out.push({ t: 'comma' });
      i++;
    } else if (ch === '%') {
      out.push({ t: 'percent' });
      i++;
    } else if (ch === '@') {
      out.push({ t: 'text' });
      i++;
    } else if ((ch === 'E' || ch === 'e') && (s[i + 1] === '+' || s[i + 1] === '-')) {
      out.push({ t: 'exp', sign: s[i + 1] as '+' | '-' });
      i += 2;
    } else if (s.slice(i, i + 7).toLowerCase() === 'general') {
      out.push({ t: 'general' });
      i += 7;
    } else if (s.slice(i, i + 5).toUpperCase() === 'AM/PM') {
      out.push({ t: 'date', v: 'AM/PM' });
      i += 5;
    } else if (s.slice(i, i + 3).toUpperCase() === 'A/P') {
      out.push({ t: 'date', v: 'A/P' });
      i += 3;
    } else if ('ymdhs'.includes(lower)) {
      let j = i;
      while (j < s.length && s[j].toLowerCase() === lower) j++;
      out.push({ t: 'date', v: s.slice(i, j).toLowerCase() });
      i = j;
    } else {
      out.push({ t: 'lit', v: ch });
      i++;
    }
  }
  tokenCache.set(section, out);
  return out;
}

/** Rounds half away from zero at `decimals` places, without binary surprises (1.005 -> 1.01). */
export function roundHalfAway(x: number, decimals: number): number {
  if (!isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(x)}e${decimals}`);
  if (!isFinite(shifted)) return x;
  return sign * Number(`${Math.round(shifted)}e-${decimals}`);
}

function plainDigits(x: number, decimals: number): string {
  // toFixed is exact enough once the value has been rounded with roundHalfAway.
  return Math.abs(x) < 1e21 ? x.toFixed(decimals) : x.toExponential();
}

/** Excel's General format as shown in a standard-width column: at most 11 characters. */
export function formatGeneral(v: number): string {
  if (v === 0) return '0';
  const neg = v < 0;
  const a = Math.abs(v);
  const sign = neg ? '-' : '';
  if (a >= 1e11 || a < 1e-9) {
    const [rawMant, exp] = a.toExponential(5).split('e');
    const mant = rawMant.replace(/\.?0+$/, '');
    const e = Number(exp);
    return `${sign}${mant}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (Number.isInteger(a)) return sign + String(a);
  const intDigits = a >= 1 ? Math.floor(Math.log10(a)) + 1 : 1;
  const decimals = Math.max(0, 11 - intDigits - 1 - (neg ? 1 : 0));
  let s = plainDigits(roundHalfAway(a, decimals), decimals);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return sign + s;
}

function groupThousands(intStr: string): string {
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatNumberSection(tokens: Token[], value: number, withSign: boolean): string {
  // value is already the number to show (absolute when the section is a negative section).
  const neg = withSign && value < 0;
  let x = Math.abs(value);
  const firstDigit = tokens.findIndex((t) => t.t === 'digit' || t.t === 'general');
  if (firstDigit < 0) {
    // No placeholders: the section is all literal ("-" or "n/a"); percent still applies to nothing.
    return (
      (neg ? '-' : '') + tokens.map((t) => (t.t === 'lit' ? t.v : t.t === 'percent' ? '%' : '')).join('')
    );
  }
  if (tokens.some((t) => t.t === 'general')) {
    const body = formatGeneral(x);
    return (
      (neg ? '-' : '') + tokens.map((t) => (t.t === 'general' ? body : t.t === 'lit' ? t.v : '')).join('')
    );
  }
  let lastDigit = -1;
  tokens.forEach((t, i) => {
    if (t.t === 'digit') lastDigit = i;
  });
  const pointIdx = tokens.findIndex((t, i) => t.t === 'point' && i > firstDigit - 1 && i <= lastDigit + 1);
  const expIdx = tokens.findIndex((t) => t.t === 'exp');
  const intEnd = pointIdx >= 0 ? pointIdx : expIdx >= 0 ? expIdx : lastDigit + 1;
  let minInt = 0;
  let thousands = false;
  let scale = 0;
  for (let i = firstDigit; i < intEnd; i++) {
    const t = tokens[i];
    if (t.t === 'digit' && t.v === '0') minInt++;
    if (t.t === 'comma') {
      const moreDigits = tokens.slice(i + 1, intEnd).some((u) => u.t === 'digit');
      if (moreDigits) thousands = true;
      else scale++;
    }
  }
  // Trailing commas straight after the integer part scale by 1000 each.
  for (let i = intEnd; i < tokens.length && tokens[i].t === 'comma'; i++) scale++;
  let decimals = 0;
  let minDec = 0;
  if (pointIdx >= 0) {
    for (let i = pointIdx + 1; i < tokens.length && (expIdx < 0 || i < expIdx); i++) {
      const t = tokens[i];
      if (t.t === 'digit') {
        decimals++;
        if (t.v === '0') minDec = decimals;
      } else if (t.t !== 'comma') break;
    }
  }
  const percents = tokens.filter((t) => t.t === 'percent').length;
  x = (x * Math.pow(100, percents)) / Math.pow(1000, scale);
  let body: string;
  if (expIdx >= 0) {
    const expDigits = tokens.slice(expIdx + 1).filter((t) => t.t === 'digit').length || 1;
    const [mant, e] = x.toExponential(decimals).split('e');
    const en = Number(e);
    const sign = en < 0 ? '-' : (tokens[expIdx] as { sign: string }).sign === '+' ? '+' : '';
    body = `${mant}E${sign}${String(Math.abs(en)).padStart(expDigits, '0')}`;
  } else {
    const rounded = roundHalfAway(x, decimals);
    const fixed = plainDigits(rounded, decimals);
    const [intDigits, decPart = ''] = fixed.split('.');
    let intPart = intDigits;
    if (intPart === '0' && minInt === 0) intPart = '';
    intPart = intPart.padStart(minInt, '0');
    if (thousands) intPart = groupThousands(intPart);
    let d = decPart;
    while (d.length > minDec && d.endsWith('0')) d = d.slice(0, -1);
    body = pointIdx >= 0 ? `${intPart}.${d}` : intPart;
  }
  let out = '';
  let placed = false;
  const bodyEnd = expIdx >= 0 ? tokens.length : lastDigit;
  tokens.forEach((t, i) => {
    if (i >= firstDigit && i <= bodyEnd) {
      if (!placed) {
        out += body;
        placed = true;
      }
      if (t.t === 'percent') out += '%';
      else if (t.t === 'lit' && i > firstDigit && i < lastDigit && expIdx < 0) {
        /* literals inside the digits are rare; dropped */
      }
      return;
    }
    if (t.t === 'lit') out += t.v;
    else if (t.t === 'percent') out += '%';
  });
  return (neg ? '-' : '') + out;
}

interface DateParts {
  y: number;
  m: number; // 1..12
  d: number;
  wd: number; // 0 = Sunday
  hh: number;
  mi: number;
  ss: number;
  totalHours: number;
}

export function serialToParts(serial: number, date1904 = false): DateParts {
  let days = Math.floor(serial);
  let secs = Math.round((serial - days) * 86400);
  if (secs >= 86400) {
    days += 1;
    secs -= 86400;
  }
  let y: number, m: number, d: number, wd: number;
  if (!date1904 && days === 60) {
    // Excel's (Lotus-compatible) 29 February 1900.
    y = 1900;
    m = 2;
    d = 29;
    wd = 3;
  } else {
    const base = date1904
      ? Date.UTC(1904, 0, 1)
      : days < 60
        ? Date.UTC(1899, 11, 31)
        : Date.UTC(1899, 11, 30);
    const dt = new Date(base + days * 86400000);
    y = dt.getUTCFullYear();
    m = dt.getUTCMonth() + 1;
    d = dt.getUTCDate();
    wd = dt.getUTCDay();
  }
  return {
    y,
    m,
    d,
    wd,
    hh: Math.floor(secs / 3600),
    mi: Math.floor((secs % 3600) / 60),
    ss: secs % 60,
    totalHours: days * 24 + Math.floor(secs / 3600),
  };
}

function formatDateSection(tokens: Token[], serial: number, date1904: boolean): string {
  if (serial < 0) return '#'.repeat(11);
  const p = serialToParts(serial, date1904);
  const ampm = tokens.some((t) => t.t === 'date' && (t.v === 'AM/PM' || t.v === 'A/P'));
  const dateTokens = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.t === 'date');
  const isMinute = (idx: number): boolean => {
    const k = dateTokens.findIndex((x) => x.i === idx);
    const prev = dateTokens[k - 1]?.t;
    const next = dateTokens[k + 1]?.t;
    return (prev?.t === 'date' && /^\[?h/.test(prev.v)) || (next?.t === 'date' && /^\[?s/.test(next.v));
  };
  let out = '';
  tokens.forEach((t, i) => {
    if (t.t === 'lit') out += t.v;
    else if (t.t === 'point' || t.t === 'comma' || t.t === 'percent')
      out += t.t === 'point' ? '.' : t.t === 'comma' ? ',' : '%';
    else if (t.t === 'digit') out += t.v === '0' ? '0' : '';
    else if (t.t === 'date') {
      const v = t.v;
      const hour12 = p.hh % 12 === 0 ? 12 : p.hh % 12;
      if (v === 'AM/PM') out += p.hh < 12 ? 'AM' : 'PM';
      else if (v === 'A/P') out += p.hh < 12 ? 'A' : 'P';
      else if (v[0] === 'y') out += v.length <= 2 ? String(p.y % 100).padStart(2, '0') : String(p.y);
      else if (v[0] === 'd') {
        if (v.length === 1) out += String(p.d);
        else if (v.length === 2) out += String(p.d).padStart(2, '0');
        else if (v.length === 3) out += DAYS[p.wd].slice(0, 3);
        else out += DAYS[p.wd];
      } else if (v[0] === 'h') {
        const h = ampm ? hour12 : p.hh;
        out += v.length >= 2 ? String(h).padStart(2, '0') : String(h);
      } else if (v[0] === 's') out += v.length >= 2 ? String(p.ss).padStart(2, '0') : String(p.ss);
      else if (v === '[h]' || v === '[hh]') out += String(p.totalHours).padStart(v.length - 2, '0');
      else if (v.startsWith('[m')) out += String(p.totalHours * 60 + p.mi);
      else if (v.startsWith('[s')) out += String((p.totalHours * 60 + p.mi) * 60 + p.ss);
      else if (v[0] === 'm') {
        if (v.length <= 2 && isMinute(i))
          out += v.length === 2 ? String(p.mi).padStart(2, '0') : String(p.mi);
        else if (v.length === 1) out += String(p.m);
        else if (v.length === 2) out += String(p.m).padStart(2, '0');
        else if (v.length === 3) out += MONTHS[p.m - 1].slice(0, 3);
        else if (v.length === 5) out += MONTHS[p.m - 1][0];
        else out += MONTHS[p.m - 1];
      }
    }
  });
  return out;
}

export function isDateFormat(format: string): boolean {
  const first = splitSections(format)[0];
  return tokenize(first).some((t) => t.t === 'date');
}

/** The text Excel shows for `value` (a number, string or boolean as Range.values gives it) in `format`. */
export function formatCellText(value: number | string | boolean, format: string, date1904 = false): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const fmt = format || 'General';
  if (typeof value === 'string') {
    const sections = splitSections(fmt);
    if (sections.length >= 4) {
      return tokenize(sections[3])
        .map((t) => (t.t === 'text' ? value : t.t === 'lit' ? t.v : ''))
        .join('');
    }
    const only = sections.length === 1 ? tokenize(sections[0]) : [];
    if (only.some((t) => t.t === 'text')) {
      return only.map((t) => (t.t === 'text' ? value : t.t === 'lit' ? t.v : '')).join('');
    }
    return value;
  }
  if (!isFinite(value)) return '#NUM!';
  if (/^general$/i.test(fmt)) return formatGeneral(value);
  const sections = splitSections(fmt);
  let section = sections[0];
  let shown = value;
  let withSign = true;
  if (sections.length >= 2) {
    if (value < 0) {
      section = sections[1];
      shown = Math.abs(value);
      withSign = false;
    } else if (value === 0 && sections.length >= 3) {
      section = sections[2];
    }
  }
  const tokens = tokenize(section);
  if (tokens.some((t) => t.t === 'text') && !tokens.some((t) => t.t === 'digit')) {
    // '@' applied to a number shows the number as General would.
    return formatGeneral(value);
  }
  if (tokens.some((t) => t.t === 'date')) return formatDateSection(tokens, shown, date1904);
  return formatNumberSection(tokens, shown, withSign);
}
