import type { Tag } from '../domain/tags/types';

/** Sheets the add-in owns in a workbook. */
export const TAG_SHEET = 'PMF Tags';
export const SETTINGS_SHEET = 'PMF Settings';
export const SUMMARY_SHEET = 'PMF Summary';
export const FRONT_PAGE_SHEET = 'PMF Front page';

export const OWN_SHEETS: readonly string[] = [TAG_SHEET, SETTINGS_SHEET];

/**
 * Excel compares sheet names without regard to case: 'PMF Settings' and 'pmf settings' are one sheet
 * (worksheets.getItem finds either; adding the other fails). Every comparison of sheet names here goes
 * through this.
 */
export function sameSheetName(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** The add-in's own tag or settings sheet, however its name is cased. */
export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.some((own) => sameSheetName(own, name));
}

/** The workbook's spelling of a sheet name, or undefined when no sheet has it. */
export function sheetNameIn(names: readonly string[], wanted: string): string | undefined {
  return names.find((n) => n === wanted) ?? names.find((n) => sameSheetName(n, wanted));
}

/**
 * Tags with their sheet named as the workbook names it now (a tag made on 'Monthly PMF' still finds the
 * sheet once it is renamed 'MONTHLY PMF', as Excel would). Tags on sheets the workbook does not have are
 * left as they are.
 */
export function withWorkbookSheetNames<T extends Tag>(tags: readonly T[], names: readonly string[]): T[] {
  return tags.map((t) => {
    const actual = sheetNameIn(names, t.sheet);
    return actual === undefined || actual === t.sheet ? t : { ...t, sheet: actual };
  });
}

/** A sheet name not in `taken` (case-insensitive, as Excel compares): 'PMF Summary', 'PMF Summary (2)', ... */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  if (!taken.some((n) => sameSheetName(n, wanted))) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken.some((n) => sameSheetName(n, candidate))) return candidate;
  }
}
