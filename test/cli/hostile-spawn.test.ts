/**
 * The real `pmf` binary on every damaged and hostile workbook (test/fixtures/hostile/cases.ts): each command
 * exits 0, 1 or 2 with plain words on stderr, within 20 s and 1 GB of memory (the process's peak resident
 * memory, reported by the process itself as it exits: report-rss.cjs).
 */
import { spawn, spawnSync } from 'child_process';
import { join } from 'path';
import { HOSTILE_CASES, type HostileCase, leaksInternals } from '../fixtures/hostile/cases';
import { put, tempDir } from './helpers';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'pmf.js');
const RSS = join(__dirname, 'report-rss.cjs');
const SECONDS = 20;
const MEMORY_KB = 1024 * 1024;

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('pmf-hostile-spawn-');
  // Builds the bundle if the sources are newer, so the timed runs below do not include it.
  spawnSync(process.execPath, [BIN, 'help'], { cwd: ROOT, encoding: 'utf8' });
});
afterAll(() => tmp.cleanup());

interface Run {
  readonly code: number | null;
  readonly stderr: string;
  readonly seconds: number;
  readonly maxRssKb: number;
}

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--require', RSS, BIN, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 3 * SECONDS * 1000);
    let stderr = '';
    let rss = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (rss += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, seconds: (Date.now() - started) / 1000, maxRssKb: Number(rss) || 0 });
    });
  });
}

/** The commands run on a case: all four read paths where it can be read; open fails alike for all of them. */
function commandsFor(c: HostileCase): string[][] {
  const all = [['tags'], ['check'], ['summary', '--json'], ['refresh', '--out', 'copy.xlsx']];
  return c.outcome.kind === 'refused' ? [['check']] : all;
}

jest.setTimeout(10 * 60_000);

it.each(HOSTILE_CASES.map((c) => [c.file, c] as const))(
  '%s: each command exits 0, 1 or 2 with plain words, within 20 s and 1 GB',
  async (_name, c) => {
    const file = put(tmp.dir, c.file, await c.bytes());
    const results: (Run & { command: string })[] = [];
    for (const command of commandsFor(c)) {
      const args = command.map((a) => (a === 'copy.xlsx' ? join(tmp.dir, `copy-${c.file}`) : a));
      const r = await run([args[0], file, ...args.slice(1)]);
      results.push({ ...r, command: command[0] });
      expect({ command, code: r.code }).toEqual({
        command,
        code: c.outcome.kind === 'refused' ? 2 : expect.any(Number),
      });
      expect([0, 1, 2]).toContain(r.code);
      expect(leaksInternals(r.stderr)).toBe(false);
      expect(r.maxRssKb).toBeGreaterThan(0);
      expect(r.seconds).toBeLessThan(SECONDS);
      expect(r.maxRssKb).toBeLessThan(MEMORY_KB);
    }
    // One line per case for the record: what the real binary took.
    console.log(
      `${c.file}: ${results.map((r) => `${r.command} exit ${r.code} ${r.seconds.toFixed(1)} s ${Math.round(r.maxRssKb / 1024)} MB`).join('; ')}`,
    );
  },
);
