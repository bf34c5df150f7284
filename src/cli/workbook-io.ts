/** Opening and saving workbooks for the CLI: clear one-line errors, atomic writes, nothing lost silently. */
import { access, chmod, constants, stat } from 'fs/promises';
import { dirname, resolve } from 'path';
import { HeadlessWorkbook, isHeadlessError } from '../headless';
import { openWorkbookFile, saveWorkbookFile } from '../headless/node-file';
import type { ExcelHost } from '../excel/host';
import { UsageError } from './args';

export class InputError extends Error {}

export function headlessHost(book: HeadlessWorkbook): ExcelHost {
  return {
    run: (batch) => book.run(batch),
    supportsExcelApi: (version) => {
      const [maj, min] = version.split('.').map(Number);
      return maj < 1 || (maj === 1 && min <= 9);
    },
  };
}

export async function openBook(file: string | undefined): Promise<HeadlessWorkbook> {
  if (!file) throw new UsageError('name the workbook: pmf COMMAND FILE.xlsx ...');
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new InputError(`${file} is not a file`);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${file}: no such file`);
  }
  try {
    return await openWorkbookFile(file);
  } catch (e) {
    throw new InputError(unreadable(file, e));
  }
}

/** One line saying why a file is not a workbook we can read, without a library's stack of detail. */
function unreadable(file: string, e: unknown): string {
  const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
  if (isHeadlessError(e, 'WorkbookTooLarge') || isHeadlessError(e, 'WorkbookDamaged'))
    return `${file} ${why}`;
  if (/^Not an \.xlsx workbook/i.test(why)) {
    const detail = /not a zip package/i.test(why)
      ? 'it is not a zip package; is it an .xls, .csv or another kind of file?'
      : why.replace(/^Not an \.xlsx workbook[:.]?\s*/i, '').replace(/\.$/, '');
    return `${file} is not an .xlsx workbook (${detail})`;
  }
  const code = (e as { code?: unknown })?.code;
  if (code === 'EACCES' || code === 'EPERM') return `cannot read ${file}: permission denied`;
  // Anything else is a library's own words about its internals: say what it means for the file instead.
  return `${file} is damaged: the headless Excel cannot read it`;
}

/** For commands that only read: one line on stderr saying what of the file could not be read, if anything. */
export function unreadNote(book: HeadlessWorkbook, err: (text: string) => void): void {
  if (book.unread.length > 0) err(`note: ${book.name} could not be read whole: ${book.unread.join('; ')}`);
}

/**
 * Saves a changed workbook: in place (atomically) or to --out. A workbook holding parts the headless Excel
 * cannot keep, or that it could not read whole, is never rewritten in place; a copy to --out says what it
 * lacks.
 */
export async function saveBook(
  book: HeadlessWorkbook,
  file: string,
  out: string | undefined,
): Promise<string[]> {
  const target = out ?? file;
  const notes: string[] = [];
  const parts = book.unsupportedParts;
  const unread = book.unread;
  const inPlace = !out || resolve(out) === resolve(file);
  if (unread.length > 0) {
    const list = unread.join('; ');
    if (inPlace) {
      throw new InputError(
        `${file} could not be read whole (${list}); it was not changed. Write a copy with --out FILE (the copy lacks ${unread.length === 1 ? 'it' : 'them'}).`,
      );
    }
    notes.push(`${out} lacks what ${file} holds and the command could not read: ${list}.`);
  }
  if (parts.length > 0) {
    const list = parts.map((p) => p.description).join(', ');
    if (inPlace) {
      throw new InputError(
        `${file} holds parts this command cannot keep (${list}); it was not changed. Write a copy with --out FILE (the copy lacks them), or use the add-in in Excel.`,
      );
    }
    notes.push(`${out} lacks what ${file} holds and the command cannot keep: ${list}.`);
  }
  try {
    await access(dirname(resolve(target)), constants.W_OK);
  } catch {
    throw new InputError(`cannot write ${target}: its folder is missing or not writable`);
  }
  // The rename replaces the file, so a read-only workbook would be replaced and its permissions lost:
  // refuse the one, and give the new file the old one's mode.
  const existing = await stat(target).catch(() => undefined);
  if (existing) {
    if (!existing.isFile()) throw new InputError(`cannot write ${target}: it is not a file`);
    try {
      await access(target, constants.W_OK);
    } catch {
      throw new InputError(`cannot write ${target}: it is read-only`);
    }
  }
  try {
    await saveWorkbookFile(book, target, { allowDroppingParts: parts.length > 0 || unread.length > 0 });
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(`cannot write ${target} (${why}); ${file} was not changed`);
  }
  if (existing) await chmod(target, existing.mode & 0o7777).catch(() => undefined);
  return notes;
}
