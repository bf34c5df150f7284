/**
 * Protection, checked before anything is queued: Excel refuses to add, delete or rename a sheet of a
 * workbook whose structure is protected (Review > Protect Workbook), and to change the cells of a protected
 * sheet (Review > Protect Sheet). The snapshot's first sync reads both; a write the protection would stop is
 * refused here, with what to unprotect, so nothing is half-written.
 */
import type { WorkbookSnapshot } from './snapshot';
import { SETTINGS_SHEET, TAG_SHEET, sameSheetName } from './workbook-names';

const NOTHING_CHANGED = 'Nothing was changed.';

const UNPROTECT_WORKBOOK =
  'Turn off Review > Protect Workbook (you need its password if it has one), then try again.';

/** Why the add-in's tag or settings sheet cannot be written as things stand, or null. */
export function ownSheetProtectionProblem(
  snapshot: WorkbookSnapshot,
  sheet: typeof TAG_SHEET | typeof SETTINGS_SHEET,
): string | null {
  const what = sheet === TAG_SHEET ? 'tags' : 'settings';
  const info = snapshot.sheets.find((s) => sameSheetName(s.name, sheet));
  if (!info) {
    if (!snapshot.workbookProtected) return null;
    return `The workbook's structure is protected, so the add-in cannot add the sheet '${sheet}' where it keeps its ${what}. ${UNPROTECT_WORKBOOK} ${NOTHING_CHANGED}`;
  }
  if (!info.protected) return null;
  const hidden = info.visibility !== 'Visible';
  const show = !hidden
    ? ''
    : info.visibility === 'VeryHidden'
      ? ' It is very hidden, so it has to be shown from the VBA editor first.'
      : ` It is hidden: right-click a sheet tab, choose Unhide and pick '${info.name}' first${snapshot.workbookProtected ? ' (which needs Review > Protect Workbook turned off too)' : ''}, and hide it again afterwards if you like.`;
  return `The sheet '${info.name}', where the add-in keeps its ${what}, is protected, so they cannot be saved. Unprotect it with Review > Unprotect Sheet (you need its password if it has one), then try again.${show} ${NOTHING_CHANGED}`;
}

/**
 * Why the summary and its front page cannot be written (each is added, and its previous copy deleted and
 * renamed), or null.
 */
export function summaryProtectionProblem(
  snapshot: WorkbookSnapshot,
  sheetNames: readonly string[],
): string | null {
  if (!snapshot.workbookProtected) return null;
  const names = sheetNames.map((n) => `'${n}'`).join(' and ');
  return `The workbook's structure is protected, so the add-in cannot add or replace its sheets ${names}. ${UNPROTECT_WORKBOOK} ${NOTHING_CHANGED}`;
}
