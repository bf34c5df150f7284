/** Opening and saving workbooks for the CLI: clear one-line errors, atomic writes, nothing lost silently. */
import { access, constants, stat } from 'fs/promises';
import { dirname, resolve } from 'path';
import { HeadlessWorkbook } from '../headless';
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
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(`${file} is not a readable .xlsx workbook (${why})`);
  }
}

/**
 * Saves a changed workbook: in place (atomically) or to --out. A workbook holding parts the headless Excel
 * cannot keep is never rewritten in place; a copy to --out says what it lacks.
 */
export async function saveBook(book: HeadlessWorkbook, file: string, out: string | undefined): Promise<string[]> {
  const target = out ?? file;
  const notes: string[] = [];
  const parts = book.unsupportedParts;
  if (parts.length > 0) {
    const list = parts.map((p) => p.description).join(', ');
    if (!out || resolve(out) === resolve(file)) {
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
  try {
    await saveWorkbookFile(book, target, { allowDroppingParts: parts.length > 0 });
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(`cannot write ${target} (${why}); ${file} was not changed`);
  }
  return notes;
}
