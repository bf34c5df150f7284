/**
 * Display helpers for the pane. Values and changes are shown exactly as on the summary sheet (the domain's
 * formatters); dates in the pane read as '31 Mar 2025'.
 */
import { MONTH_LONG, MONTH_SHORT } from '../domain/periods/period';

export { directionWord, formatChange, formatValue, yearText } from '../domain/summary/format';

/** '2025-03-31' -> '31 Mar 2025'; anything else is returned as given. */
export function ukDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTH_SHORT[Number(m[2]) - 1];
  if (!month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** '2025-03-31' -> '31 March 2025', to confirm a typed date in words. */
export function longUkDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isIsoDate(iso)) return iso;
  return `${Number(m[3])} ${MONTH_LONG[Number(m[2]) - 1]} ${m[1]}`;
}

/** Today's date as ISO (local time). */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** '2025-03-31' -> '31/03/2025', the way a date is typed in the UK; anything else as given. */
export function ukNumericDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * A date as a person in the UK types it, as ISO: '31/03/2025', '31/3/25', '31-03-2025', '31.03.2025',
 * '31 Mar 2025', '31 March 2025' (day first, always), or '2025-03-31'. Null when it is not a real date.
 */
export function parseUkDate(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let y: number;
  let mo: number;
  let d: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t))) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{2}|\d{4})$/.exec(t))) {
    const name = m[2];
    const i = MONTH_LONG.findIndex((full) => name.length >= 3 && full.toLowerCase().startsWith(name));
    if (i < 0) return null;
    [d, mo, y] = [Number(m[1]), i + 1, Number(m[3])];
  } else return null;
  if (y < 100) y += 2000;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
