/**
 * Damaged and hostile workbooks through `pmf` (in-process): each is read, read in part, or refused with one
 * plain line naming what is wrong (never a JavaScript error's text); a workbook read only in part, or not at
 * all, is never rewritten in place, and a copy written with --out says what it lacks and holds no NaN or
 * Infinity. The real binary's time and memory on the same files: hostile-spawn.test.ts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { HeadlessWorkbook } from '../../src/headless';
import { HOSTILE_CASES, type HostileCase, leaksInternals } from '../fixtures/hostile/cases';
import { expectOneLine, pmf, put, strayFiles, tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let copies: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('pmf-hostile-');
  copies = tempDir('pmf-hostile-copies-');
});
afterAll(() => {
  tmp.cleanup();
  copies.cleanup();
});

// Each reading case is read four times, a million-row sheet among them, on a machine that may be busy.
jest.setTimeout(120_000);

const byKind = (kind: HostileCase['outcome']['kind']) => HOSTILE_CASES.filter((c) => c.outcome.kind === kind);

async function placed(c: HostileCase): Promise<{ file: string; before: Buffer }> {
  const file = put(tmp.dir, c.file, await c.bytes());
  return { file, before: readFileSync(file) };
}

describe.each(byKind('refused').map((c) => [c.file, c] as const))('%s is refused', (_name, c) => {
  it(`${c.what}: every command exits 2 with one plain line, the file untouched`, async () => {
    const { file, before } = await placed(c);
    for (const argv of [
      ['tags'],
      ['check'],
      ['summary', '--json'],
      ['refresh'],
      ['set', '--population', '1000'],
    ]) {
      const r = await pmf([argv[0], file, ...argv.slice(1)]);
      expect({ argv, code: r.code, out: r.out }).toEqual({ argv, code: 2, out: '' });
      expectOneLine(r.err);
      if (c.outcome.kind === 'refused') expect(r.err).toMatch(c.outcome.message);
      if (c.outcome.kind === 'refused' && !c.outcome.opens) expect(r.err).toContain(file);
      expect(leaksInternals(r.err)).toBe(false);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe.each(byKind('readsInPart').map((c) => [c.file, c] as const))('%s is read in part', (_name, c) => {
  const lacks = () => (c.outcome.kind === 'readsInPart' ? c.outcome.lacks : /$^/);

  it(`${c.what}: reading commands say what could not be read; writes refuse in place`, async () => {
    const { file, before } = await placed(c);
    const check = await pmf(['check', file]);
    expect([0, 1]).toContain(check.code);
    expect(check.errLines[0]).toMatch(/^note: .* could not be read whole: /);
    expect(check.errLines[0]).toMatch(lacks());
    for (const argv of [['refresh'], ['set', '--population', '1000']]) {
      const r = await pmf([argv[0], file, ...argv.slice(1)]);
      expect(r.code).toBe(2);
      expectOneLine(r.err);
      expect(r.err).toContain(`${file} could not be read whole (`);
      expect(r.err).toMatch(lacks());
      expect(r.err).toMatch(/it was not changed\. Write a copy with --out FILE/);
      expect(leaksInternals(r.err)).toBe(false);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(
      strayFiles(
        tmp.dir,
        HOSTILE_CASES.map((h) => h.file),
      ),
    ).toEqual([]);
  });

  it(`${c.what}: --out writes a copy that says what it lacks, with no NaN or Infinity in it`, async () => {
    const { file, before } = await placed(c);
    const copy = join(copies.dir, c.file);
    const r = await pmf(['set', file, '--population', '1000', '--out', copy]);
    expect(r.code).toBe(0);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(new RegExp(`^${copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} lacks what `));
    expect(r.errLines[0]).toMatch(lacks());
    expect(readFileSync(file).equals(before)).toBe(true);
    const opened = await HeadlessWorkbook.fromBuffer(readFileSync(copy));
    expect(opened.unread).toEqual([]);
    const sheets = await import('jszip').then((z) => z.default.loadAsync(readFileSync(copy)));
    for (const name of Object.keys(sheets.files).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n))) {
      expect(await sheets.file(name)!.async('string')).not.toMatch(/<v>(NaN|-?Infinity)<\/v>/);
    }
  });
});

describe.each(byKind('reads').map((c) => [c.file, c] as const))('%s is read', (_name, c) => {
  it(`${c.what}: tags, check, summary and refresh work as on the sample`, async () => {
    const { file } = await placed(c);
    const tags = await pmf(['tags', file, '--json']);
    expect(tags.code).toBe(0);
    const listed = JSON.parse(tags.out) as { tags: { state: { status: string } }[] };
    expect(listed.tags.length).toBeGreaterThan(40);
    expect(listed.tags.every((t) => t.state.status === 'ok')).toBe(true);
    const check = await pmf(['check', file, '--as-at', '2025-03-31']);
    expect([0, 1]).toContain(check.code);
    const summary = await pmf(['summary', file, '--as-at', '2025-03-31', '--json']);
    expect(summary.code).toBe(0);
    const refresh = await pmf(['refresh', file, '--as-at', '2025-03-31', '--stats']);
    expect(refresh.code).toBe(0);
    const stats = JSON.parse(refresh.errLines[refresh.errLines.length - 1]) as { maxResponseBytes: number };
    expect(stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });
});
