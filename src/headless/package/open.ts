/**
 * Builds an ExcelJS workbook from the bytes of an .xlsx file, within bounds and without losing anything
 * silently:
 * - a package that would inflate beyond its allowance is refused before anything is inflated, or as soon as
 *   a part outgrows its declared size (see limits.ts);
 * - a part whose XML is cut short is named in plain words ("the sheet 'Monthly PMF' is damaged: its XML ends
 *   early"), never with the text of a JavaScript error;
 * - numbers in date-formatted cells are kept as numbers (see numbers.ts);
 * - what the file promises but the workbook built from it lacks (a listed sheet without its part, no sheets
 *   at all, numbers no double can hold) is listed in `unread`, so that the file is never rewritten in place.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HeadlessError } from '../errors';
import { type UnsupportedPart, findUnsupportedParts } from '../unsupported';
import { type WorkbookProtection, readWorkbookProtection } from '../workbook-protection';
import { type UnkeptNumber, hideDateFormats, settleLoadedCells } from './numbers';
import { diagnoseDamage } from './diagnose';
import {
  emptyCellsOfMissingText,
  missingCellFormats,
  placePartsWhereRead,
  sheetsNotBuilt,
} from './integrity';
import { unprefixParts } from './namespaces';
import { describePart, missingParts, sheetParts } from './parts';
import { PackageRefusal, scanPackage } from './scan';

export interface OpenedPackage {
  readonly excel: ExcelJS.Workbook;
  readonly unsupported: UnsupportedPart[];
  /** What the file holds that the workbook could not be built with, in words. */
  readonly unread: string[];
  /** Cells whose number cannot be written back (their place in the copy holds #NUM!). */
  readonly unkept: UnkeptNumber[];
  /** Review > Protect Workbook, which ExcelJS does not keep (see workbook-protection.ts). */
  readonly protection: WorkbookProtection | null;
}

const STYLES = 'xl/styles.xml';

function refuse(message: string, reason: 'tooLarge' | 'damaged'): never {
  throw new HeadlessError(reason === 'tooLarge' ? 'WorkbookTooLarge' : 'WorkbookDamaged', message);
}

function describeUnkept(found: readonly UnkeptNumber[]): string {
  const first = found[0];
  const where = `'${first.sheet}'!${first.address}`;
  return found.length === 1
    ? `the number in ${where}: it is beyond Excel's largest number, or not a number at all`
    : `the numbers in ${found.length} cells, the first ${where}: they are beyond Excel's largest number, or not numbers at all`;
}

export async function openPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    // A zip whose end (its directory) is missing: a file cut short, e.g. by a download that stopped.
    if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) {
      refuse('is damaged: the file is cut short or corrupted (its zip directory cannot be read)', 'damaged');
    }
    throw new HeadlessError(
      'InvalidArgument',
      `Not an .xlsx workbook (not a zip package): ${(e as Error).message}`,
    );
  }
  if (!zip.file('xl/workbook.xml')) {
    throw new HeadlessError('InvalidArgument', 'Not an .xlsx workbook: the package has no xl/workbook.xml.');
  }
  let scan;
  try {
    scan = await scanPackage(zip, bytes.byteLength);
  } catch (e) {
    if (e instanceof PackageRefusal) refuse(e.message, e.reason);
    throw e;
  }
  const listed = await sheetParts(zip);
  for (const part of scan.parts.values()) {
    if (part.endsEarly)
      refuse(`is damaged: the XML of ${describePart(part.name, listed)} ends early`, 'damaged');
  }
  const unsupported = await findUnsupportedParts(zip);
  let changed = await unprefixParts(zip, scan.parts);
  if (await placePartsWhereRead(zip, listed)) changed = true;
  const sheets = changed ? await sheetParts(zip) : listed;
  const unread = [...missingParts(zip, sheets), ...(await missingCellFormats(zip, sheets))];

  const styles = zip.file(STYLES);
  const hidden = styles ? hideDateFormats(await styles.async('string')) : undefined;
  if (hidden) {
    zip.file(STYLES, hidden.xml);
    changed = true;
  }
  // Only the parts moved or changed are new: the other entries keep their compressed bytes.
  const load = changed ? await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(load as unknown as ArrayBuffer);
  } catch {
    refuse(await diagnoseDamage(zip, sheets), 'damaged');
  }
  unread.push(...sheetsNotBuilt(sheets, zip, excel), ...emptyCellsOfMissingText(zip, excel));
  const unkept = settleLoadedCells(excel, hidden?.formats);
  if (unkept.length > 0) unread.push(describeUnkept(unkept));
  const protection = readWorkbookProtection(await zip.file('xl/workbook.xml')!.async('string'));
  return { excel, unsupported, unread, unkept, protection };
}
