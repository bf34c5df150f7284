/** A1-style addresses: parsing and formatting as Excel writes them. Rows and columns are 1-based here. */
import { HeadlessError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Bounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Splits "'My Sheet'!A1:B2" into sheet name (unquoted) and the local address. */
export function splitSheetAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^([A-Z]{1,3})(\d{1,7})$/;
const ROW = /^(\d{1,7})$/;
const COL = /^([A-Z]{1,3})$/;

/** Parses a local A1 address ('A1', 'B2:D9', '3:3', 'A:C'; '$' ignored) into 1-based inclusive bounds. */
export function parseAddress(address: string): Bounds {
  const text = address.replace(/\$/g, '').trim().toUpperCase();
  const parts = text.split(':');
  const bad = () =>
    new HeadlessError('InvalidArgument', `The argument is invalid or missing: address '${address}'.`);
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => p === '')) throw bad();
  const [a, b = a] = parts;
  let r1: number, c1: number, r2: number, c2: number;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    c1 = columnNumber(ca[1]);
    r1 = Number(ca[2]);
    c2 = columnNumber(cb[1]);
    r2 = Number(cb[2]);
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    r1 = Number(a);
    r2 = Number(b);
    c1 = 1;
    c2 = MAX_COLS;
  } else if (parts.length === 2 && COL.test(a) && COL.test(b)) {
    c1 = columnNumber(a);
    c2 = columnNumber(b);
    r1 = 1;
    r2 = MAX_ROWS;
  } else {
    throw bad();
  }
  const bounds = { r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) };
  if (bounds.r1 < 1 || bounds.c1 < 1 || bounds.r2 > MAX_ROWS || bounds.c2 > MAX_COLS) throw bad();
  return bounds;
}

export function cellAddress(r: number, c: number): string {
  return `${columnLetters(c)}${r}`;
}

/** Formats bounds as Excel does: 'A1', 'A1:C3', whole rows '3:5', whole columns 'A:C'. */
export function formatBounds(b: Bounds): string {
  if (b.c1 === 1 && b.c2 === MAX_COLS) return `${b.r1}:${b.r2}`;
  if (b.r1 === 1 && b.r2 === MAX_ROWS) return `${columnLetters(b.c1)}:${columnLetters(b.c2)}`;
  if (b.r1 === b.r2 && b.c1 === b.c2) return cellAddress(b.r1, b.c1);
  return `${cellAddress(b.r1, b.c1)}:${cellAddress(b.r2, b.c2)}`;
}

/**
 * Quotes a sheet name for use in a reference when Excel would: names with spaces or punctuation, names
 * starting with a digit, and names that read as a cell reference ('A1', 'R1C1'). Quotes are doubled.
 */
export function quoteSheetName(name: string): string {
  const needs =
    /[^A-Za-z0-9_.\u00C0-\uFFFF]/.test(name) ||
    /^[0-9.]/.test(name) ||
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[Rr]([0-9]*)([Cc][0-9]*)?$/.test(name) ||
    /^[Cc][0-9]*$/.test(name) ||
    /^(TRUE|FALSE)$/i.test(name);
  return needs ? `'${name.replace(/'/g, "''")}'` : name;
}

/** Excel's rules for a sheet name: 1..31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function sheetNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length === 0) return 'a sheet name cannot be empty';
  if (name.length > 31) return `the sheet name '${name}' is longer than 31 characters`;
  if (/[:\\/?*[\]]/.test(name)) return `the sheet name '${name}' contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `the sheet name '${name}' starts or ends with an apostrophe`;
  if (name.toLowerCase() === 'history') return "'History' is a name Excel reserves";
  return undefined;
}
