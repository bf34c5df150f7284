/** Sheets the add-in owns in a workbook. */
export const TAG_SHEET = 'PMF Tags';
export const SETTINGS_SHEET = 'PMF Settings';
export const SUMMARY_SHEET = 'PMF Summary';
export const FRONT_PAGE_SHEET = 'PMF Front page';

export const OWN_SHEETS: readonly string[] = [TAG_SHEET, SETTINGS_SHEET];

/** A sheet name not in `taken` (case-insensitive, as Excel compares): 'PMF Summary', 'PMF Summary (2)', ... */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
