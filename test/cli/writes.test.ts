/**
 * How `pmf` writes workbooks: never in place over parts the headless Excel cannot keep, to --out with a note
 * of what the copy lacks, and atomically (a failed save leaves the original intact and no temporary file).
 */
import fsp from 'fs/promises';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { HeadlessWorkbook } from '../../src/headless';
import { openWorkbookFile, saveWorkbookFile } from '../../src/headless/node-file';
import { MONTHLY } from '../fixtures/workbooks';
import {
  expectOneLine,
  pmf,
  pmfJson,
  plainMonthlyBytes,
  put,
  readWithExcelJs,
  strayFiles,
  taggedSampleBytes,
  tempDir,
  withChart,
} from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());
afterEach(() => jest.restoreAllMocks());

const cla = MONTHLY.rows['Number of CLA'].row;

describe('a workbook holding a chart', () => {
  let file: string;
  let original: Buffer;
  beforeAll(async () => {
    file = put(tmp.dir, 'charted.xlsx', await withChart(await taggedSampleBytes()));
    original = readFileSync(file);
  });

  it.each([
    [
      'tag',
      ['--sheet', MONTHLY.sheet, '--row', String(MONTHLY.rows['Agency SW rate'].row), '--measure', 'W03'],
    ],
    ['untag', ['--id', 'placeholder']],
    ['set', ['--measure', 'S01', '--target', '9']],
    ['evidence', ['--kloe', 'K10', '--text', 'Training done']],
    ['refresh', []],
  ])('is not rewritten in place by %s: exit 2 naming the chart, suggesting --out', async (cmd, rest) => {
    const args = cmd === 'untag' ? ['--id', (await firstTagId(file)) ?? 'none'] : rest;
    const r = await pmf([cmd, file, ...args]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toContain(`${file} holds parts this command cannot keep (1 chart`);
    expect(r.err).toContain('--out');
    expect(r.err).toMatch(/add-in in Excel/);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(strayFiles(tmp.dir, ['charted.xlsx'])).toEqual([]);
  });

  it('is refused when --out names the same file', async () => {
    const r = await pmf(['refresh', file, '--out', join(tmp.dir, '.', 'charted.xlsx')]);
    expect(r.code).toBe(2);
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  it('is still read by the commands that only read', async () => {
    expect((await pmf(['tags', file])).code).toBe(0);
    expect((await pmf(['check', file])).code).toBe(1);
    expect((await pmf(['summary', file, '--json'])).code).toBe(0);
  });

  it('is written with --out; stderr says what the copy lacks; the original is unchanged', async () => {
    const out = join(tmp.dir, 'copy.xlsx');
    try {
      const r = await pmf(['refresh', file, '--out', out, '--stats']);
      expect(r.code).toBe(0);
      expect(r.errLines[0]).toBe(`${out} lacks what ${file} holds and the command cannot keep: 1 chart.`);
      expect(JSON.parse(r.errLines[1])).toEqual(expect.objectContaining({ syncs: expect.any(Number) }));
      expect(readFileSync(file).equals(original)).toBe(true);
      const copy = await readWithExcelJs(out);
      expect(copy.getWorksheet('PMF Summary')).toBeDefined();
      expect((await openWorkbookFile(out)).unsupportedParts).toEqual([]);

      const tagged = await pmf([
        'tag',
        file,
        '--sheet',
        MONTHLY.sheet,
        '--row',
        String(MONTHLY.rows['Agency SW rate'].row),
        '--measure',
        'W03',
        '--out',
        out,
      ]);
      expect(tagged.code).toBe(0);
      expect(tagged.err).toContain('lacks what');
    } finally {
      await fsp.rm(out, { force: true });
    }
  });
});

async function firstTagId(file: string): Promise<string | undefined> {
  return (await pmfJson<{ tags: { id: string }[] }>(['tags', file])).tags[0]?.id;
}

describe('an interrupted write', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => dir.cleanup());

  it('a failed rename leaves the workbook as it was and no temporary file', async () => {
    const file = put(dir.dir, 'monthly.xlsx', await plainMonthlyBytes());
    const before = readFileSync(file);
    const rename = jest
      .spyOn(fsp, 'rename')
      .mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' }));
    const r = await pmf(['tag', file, '--sheet', MONTHLY.sheet, '--row', String(cla), '--measure', 'D02']);
    expect(rename).toHaveBeenCalledTimes(1);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toContain(`cannot write ${file} (EIO: i/o error, rename); ${file} was not changed`);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(strayFiles(dir.dir, ['monthly.xlsx'])).toEqual([]);
    await fsp.rm(file);
  });

  it('a write that stops half-way (disk full) leaves the workbook as it was and no temporary file', async () => {
    const file = put(dir.dir, 'monthly.xlsx', await plainMonthlyBytes());
    const before = readFileSync(file);
    jest.spyOn(fsp, 'writeFile').mockImplementationOnce(async (path, data) => {
      const bytes = data as Uint8Array;
      writeFileSync(path as string, bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const r = await pmf(['refresh', file]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toMatch(/ENOSPC/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(strayFiles(dir.dir, ['monthly.xlsx'])).toEqual([]);
    await fsp.rm(file);
  });

  it('saveWorkbookFile writes a temporary file beside the target, then renames it over', async () => {
    const file = put(dir.dir, 'monthly.xlsx', await plainMonthlyBytes());
    const book = await openWorkbookFile(file);
    book.excel.getWorksheet(MONTHLY.sheet)!.getCell('B2').value = 'changed';
    const rename = jest.spyOn(fsp, 'rename');
    await saveWorkbookFile(book, file);
    expect(rename).toHaveBeenCalledTimes(1);
    const [from, to] = rename.mock.calls[0] as [string, string];
    expect(to).toBe(file);
    expect(from.startsWith(join(dir.dir, '.monthly.xlsx.'))).toBe(true);
    expect(from.endsWith('.tmp')).toBe(true);
    expect((await readWithExcelJs(file)).getWorksheet(MONTHLY.sheet)!.getCell('B2').value).toBe('changed');
    expect(strayFiles(dir.dir, ['monthly.xlsx'])).toEqual([]);
    await fsp.rm(file);
  });

  it('saveWorkbookFile refuses to drop parts before touching the disk', async () => {
    const file = put(dir.dir, 'charted2.xlsx', await withChart(await plainMonthlyBytes()));
    const before = readFileSync(file);
    const book = await HeadlessWorkbook.fromBuffer(before);
    const writeFile = jest.spyOn(fsp, 'writeFile');
    await expect(saveWorkbookFile(book, file)).rejects.toThrow(/1 chart/);
    expect(writeFile).not.toHaveBeenCalled();
    expect(readFileSync(file).equals(before)).toBe(true);
    await fsp.rm(file);
  });
});
