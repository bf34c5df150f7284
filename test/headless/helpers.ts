import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { HeadlessError, HeadlessWorkbook } from '../../src/headless';

/** Debian's Python, which has openpyxl (the `python3` first on PATH may not). */
export const PYTHON = '/usr/bin/python3';

/** Whether openpyxl, the independent reader the tests check saved files with, is installed. */
export const hasOpenpyxl = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export function book(build: (wb: ExcelJS.Workbook) => void, name = 'Test.xlsx'): HeadlessWorkbook {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return HeadlessWorkbook.fromExcelJS(wb, { name });
}

/** Runs a batch expecting it to reject; returns the HeadlessError. */
export async function rejection(p: Promise<unknown>): Promise<HeadlessError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HeadlessError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

export function thrown(fn: () => unknown): HeadlessError {
  try {
    fn();
  } catch (e) {
    if (e instanceof HeadlessError) return e;
    throw e;
  }
  throw new Error('expected an error');
}
