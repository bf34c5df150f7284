/** `node bin/pmf.js` for real: exit codes and stderr of the process, and a run killed while it writes. */
import { spawn, spawnSync } from 'child_process';
import { readFileSync, readdirSync, watch } from 'fs';
import { join } from 'path';
import { SAMPLE_AS_AT } from '../fixtures/tagged-sample';
import { plainSampleBytes, put, readWithExcelJs, taggedSampleBytes, tempDir } from './helpers';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'pmf.js');

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
  // Builds the bundle if the sources are newer, so the timed runs below do not include it.
  spawnSync(process.execPath, [BIN, 'help'], { cwd: ROOT, encoding: 'utf8' });
});
afterAll(() => tmp.cleanup());

function run(args: readonly string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

it('exits 1 when check finds errors, 2 on an unreadable file with one line on stderr, 0 on success', async () => {
  const sample = put(tmp.dir, 'sample.xlsx', await taggedSampleBytes());
  const check = run(['check', sample, '--as-at', SAMPLE_AS_AT]);
  expect(check.status).toBe(1);
  expect(check.stdout).toMatch(/2 errors, \d+ warnings/);

  const text = put(tmp.dir, 'text.xlsx', 'not a workbook');
  const bad = run(['tags', text]);
  expect(bad.status).toBe(2);
  expect(bad.stdout).toBe('');
  expect(bad.stderr).toBe(
    `pmf: ${text} is not an .xlsx workbook (it is not a zip package; is it an .xls, .csv or another kind of file?)\n`,
  );

  const usage = run(['refresh', sample, '--as-at', 'yesterday']);
  expect(usage.status).toBe(2);
  expect(usage.stderr.trim().split('\n')).toHaveLength(1);

  const stats = run(['refresh', sample, '--stats']);
  expect(stats.status).toBe(0);
  expect(stats.stderr.split('\n').filter(Boolean)).toHaveLength(1); // no progress: stderr is not a terminal
  expect(JSON.parse(stats.stderr)).toEqual({
    syncs: expect.any(Number),
    maxRequestBytes: expect.any(Number),
    maxResponseBytes: expect.any(Number),
    ms: expect.any(Number),
  });
});

it('killed while writing, leaves the workbook either as it was or complete, never half-written', async () => {
  const file = put(tmp.dir, 'killed.xlsx', await plainSampleBytes());
  const before = readFileSync(file);
  const child = spawn(process.execPath, [BIN, 'refresh', file], { cwd: ROOT, stdio: 'ignore' });
  const watcher = watch(tmp.dir, (_event, name) => {
    if (name && String(name).endsWith('.tmp')) child.kill('SIGKILL');
  });
  const exit = await new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  watcher.close();
  const after = readFileSync(file);
  expect(exit === 'SIGKILL' || exit === 0).toBe(true);
  if (!after.equals(before)) {
    // The rename happened before the kill landed (or the run finished): the file is the whole new workbook.
    expect((await readWithExcelJs(file)).getWorksheet('PMF Summary')).toBeDefined();
  }
  // The workbook still opens, whichever way it went.
  expect((await readWithExcelJs(file)).worksheets.length).toBeGreaterThan(1);
  for (const f of readdirSync(tmp.dir).filter((n) => n.endsWith('.tmp')))
    expect(f.startsWith('.killed.xlsx.')).toBe(true);
}, 30_000);
