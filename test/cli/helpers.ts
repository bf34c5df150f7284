/** Helpers for the `pmf` tests: run main() in-process with a capturing Io, fixture workbooks on disk. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/main';
import { HeadlessWorkbook } from '../../src/headless';
import { taggedSampleWorkbook } from '../fixtures/tagged-sample';
import { monthlyWorkbook, sampleWorkbook } from '../fixtures/workbooks';

export interface RunResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** stderr split into its lines (each err() call is one line). */
  readonly errLines: readonly string[];
  /** What went to the terminal's progress line, when asked for (progressLine). */
  readonly progress: readonly string[];
}

/** Runs `pmf ARGV` in-process; stdout and stderr are captured. */
export async function pmf(
  argv: readonly string[],
  options: { isTTY?: boolean; progressLine?: boolean } = {},
): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    isTTY: options.isTTY ?? false,
    ...(options.progressLine ? { progress: (t: string) => progress.push(t) } : {}),
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err, progress };
}

/** Runs `pmf ARGV --json` and parses stdout. */
export async function pmfJson<T = unknown>(argv: readonly string[]): Promise<T> {
  const r = await pmf([...argv, '--json']);
  if (r.code !== 0) throw new Error(`pmf ${argv.join(' ')} exited ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as T;
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'pmf-cli-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function excelJsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return (await HeadlessWorkbook.fromExcelJS(wb).toBuffer()) as Uint8Array;
}

let sampleBytes: Promise<Uint8Array> | undefined;
let untaggedSampleBytes: Promise<Uint8Array> | undefined;
let monthlyBytes: Promise<Uint8Array> | undefined;

/** The sample workbook tagged and set up through the add-in's code (built once per test file). */
export function taggedSampleBytes(): Promise<Uint8Array> {
  sampleBytes ??= taggedSampleWorkbook().then((b) => b.toBuffer());
  return sampleBytes;
}

/** The sample workbook as the authority keeps it: no tags, no settings. */
export function plainSampleBytes(): Promise<Uint8Array> {
  untaggedSampleBytes ??= excelJsBytes(sampleWorkbook());
  return untaggedSampleBytes;
}

/** The monthly sheet alone, untagged. */
export function plainMonthlyBytes(): Promise<Uint8Array> {
  monthlyBytes ??= excelJsBytes(monthlyWorkbook());
  return monthlyBytes;
}

/** Writes bytes to dir/name and returns the path. */
export function put(dir: string, name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Adds a chart part (and its content-type entry) to an .xlsx package, as Excel would hold one. */
export async function withChart(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(
    'xl/charts/chart1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>',
  );
  const typesFile = zip.file('[Content_Types].xml');
  if (!typesFile) throw new Error('no [Content_Types].xml');
  const types = await typesFile.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** The workbook at path, read with ExcelJS (independent of the headless Excel). */
export async function readWithExcelJs(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

/** The values of a sheet's rows (1-based rows and columns as ExcelJS keeps them, trailing blanks dropped). */
export function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

/** The files of a folder other than the ones named: temp files left behind show up here. */
export function strayFiles(dir: string, expected: readonly string[]): string[] {
  return readdirSync(dir).filter((f) => !expected.includes(f));
}

/** A one-line message naming the problem: no stack trace, no newline inside. */
export function expectOneLine(err: string): void {
  expect(err.trim()).not.toBe('');
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at |\bat .+\.(ts|js):\d+/);
  expect(err).toMatch(/^pmf: /);
}
