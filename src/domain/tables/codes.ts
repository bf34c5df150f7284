/**
 * The 903 code lists of shared/domain/ssda903.md, and reading a cell as a code. Codes are compared
 * case-insensitively with surrounding spaces ignored; an authority's own words go through the officer's
 * value map, and the usual words of missing logs ('Missing', 'Absent', 'Away') are read as M and A.
 */
import type { CellValue } from '../grid';
import type { Field } from './types';

const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** RNE: S, L, P, B, T, U. */
export const RNE_CODES: readonly string[] = ['S', 'L', 'P', 'B', 'T', 'U'];
/** RNE codes that start a new placement (L, T and U keep the same carer). */
export const NEW_PLACEMENT_RNE: ReadonlySet<string> = new Set(['S', 'P', 'B']);

export const LS_CODES: readonly string[] = [
  'C1',
  'C2',
  'D1',
  'E1',
  'J1',
  'J2',
  'J3',
  'L1',
  'L2',
  'L3',
  'V2',
  'V3',
  'V4',
];
/** Short-break legal statuses: left out of every figure. */
export const SHORT_BREAK_LS: ReadonlySet<string> = new Set(['V3', 'V4']);

export const PLACE_CODES: readonly string[] = [
  ...range('A', 3, 6),
  'H5',
  'K1',
  'K2',
  'P1',
  'P2',
  'P3',
  'R1',
  'R2',
  'R3',
  'R5',
  'S1',
  ...range('T', 0, 4),
  ...range('U', 1, 6),
  'Z1',
];
export const FOSTER_PLACE: ReadonlySet<string> = new Set(range('U', 1, 6));
export const PLACED_WITH_PARENTS: ReadonlySet<string> = new Set(['P1']);

/** REC X1: the episode ceased and a new one began; any other code ends the period of care. */
export const REC_CONTINUES = 'X1';

export const MISSING_CODES: readonly string[] = ['M', 'A'];

export const REVIEW_CODES: readonly string[] = range('PN', 0, 7);
/** The child took part in the review in some way. */
export const TOOK_PART: ReadonlySet<string> = new Set(range('PN', 1, 6));
/** Reviews counted for V01: took part (PN1-PN6) or did not (PN7); PN0 (under 4) is left out. */
export const V01_REVIEWS: ReadonlySet<string> = new Set(range('PN', 1, 7));

export const FLAG_CODES: readonly string[] = ['1', '0'];

export const IN_TOUCH_CODES: readonly string[] = ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'];
/** Left out of the care leaver denominators. */
export const IN_TOUCH_LEFT_OUT: ReadonlySet<string> = new Set(['DIED', 'RHOM']);

/** ACTIV: two characters starting F or P (in education, employment or training); G4, G5, G6; 0. */
export function isActivCode(code: string): boolean {
  return /^[FP][A-Z0-9]$/.test(code) || code === 'G4' || code === 'G5' || code === 'G6' || code === '0';
}
export function isEet(activ: string): boolean {
  return /^[FP][A-Z0-9]$/.test(activ);
}
/** ACCOM: a letter then 1 is suitable (anything else is unsuitable or no information). */
export function isSuitableAccommodation(accom: string): boolean {
  return /^[A-Z]1$/.test(accom);
}

/** How a code field is checked: its list (or test), and whether a blank cell is outside the list. */
export interface CodeRule {
  readonly valid: (code: string) => boolean;
  /** A blank cell is outside the list (the field is required). */
  readonly required: boolean;
  /** For messages: 'S, L, P, B, T or U'. */
  readonly listText: string;
}

const inList = (codes: readonly string[]) => {
  const set = new Set(codes);
  return (c: string) => set.has(c);
};

function listText(codes: readonly string[]): string {
  return codes.length > 12
    ? `${codes.slice(0, 10).join(', ')}, ... (${codes.length} codes)`
    : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}`;
}

const flag: CodeRule = { valid: inList(FLAG_CODES), required: false, listText: '1 or 0' };

/** The code fields checked against a list, by field name (the same in every table that has them). */
export const CODE_RULES: Readonly<Record<Field, CodeRule>> = {
  RNE: { valid: inList(RNE_CODES), required: true, listText: listText(RNE_CODES) },
  LS: { valid: inList(LS_CODES), required: true, listText: listText(LS_CODES) },
  PLACE: {
    valid: inList(PLACE_CODES),
    required: true,
    listText: 'A3-A6, H5, K1, K2, P1-P3, R1-R3, R5, S1, T0-T4, U1-U6 or Z1',
  },
  MISSING: {
    valid: inList(MISSING_CODES),
    required: true,
    listText: "M or A ('Missing', 'Absent' or 'Away')",
  },
  REVIEW_CODE: { valid: inList(REVIEW_CODES), required: true, listText: 'PN0-PN7' },
  CONVICTED: flag,
  HEALTH_CHECK: flag,
  IMMUNISATIONS: flag,
  TEETH_CHECK: flag,
  SUBSTANCE_MISUSE: flag,
  IN_TOUCH: { valid: inList(IN_TOUCH_CODES), required: true, listText: listText(IN_TOUCH_CODES) },
  ACTIV: {
    valid: isActivCode,
    required: false,
    listText: 'two characters starting F or P, G4, G5, G6 or 0',
  },
};

/** Words authorities' missing logs use, read as the 903 codes. */
const MISSING_WORDS: Readonly<Record<string, string>> = {
  MISSING: 'M',
  'MISSING FROM CARE': 'M',
  'MISSING FROM PLACEMENT': 'M',
  'MISSING FROM HOME': 'M',
  ABSENT: 'A',
  AWAY: 'A',
  'AWAY FROM PLACEMENT': 'A',
  'AWAY FROM PLACEMENT WITHOUT AUTHORISATION': 'A',
  'ABSENT WITHOUT AUTHORISATION': 'A',
  'ABSENT FROM PLACEMENT': 'A',
};

/** Built-in words read as codes, by field. */
export const BUILT_IN_VALUES: Readonly<Record<Field, Readonly<Record<string, string>>>> = {
  MISSING: MISSING_WORDS,
};

/** Text for comparing: upper case, spaces collapsed and trimmed. */
export function codeKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toUpperCase();
}

/** The officer's value map for a field, with keys as compared (see codeKey) and codes upper-cased. */
export function valueMapFor(
  field: Field,
  officer: Readonly<Record<string, string>> | undefined,
): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [k, v] of Object.entries(BUILT_IN_VALUES[field] ?? {})) map.set(k, v);
  for (const [k, v] of Object.entries(officer ?? {})) map.set(codeKey(k), codeKey(v));
  return map;
}

/**
 * A cell as a code: numbers as written ('1', '0'), booleans as 1/0 in flag fields, text upper-cased and
 * trimmed, then through the value map. '' for a blank cell.
 */
export function readCode(value: CellValue, map: ReadonlyMap<string, string> | undefined): string {
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? '1' : '0';
  else text = codeKey(value);
  if (text === '') return '';
  return map?.get(text) ?? text;
}

/** A cell as text for a message, cut to a readable length. */
export function showRaw(value: CellValue): string {
  const t = typeof value === 'string' ? value.trim() : String(value);
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}
