// Browser tests (`npm run test:e2e`, and the last step of `npm test`):
// 1. builds the harness in production mode (skip with PMF_E2E_NO_BUILD=1 when dist/harness is current),
// 2. serves dist/harness on a free port of 127.0.0.1,
// 3. runs the journeys (test/e2e/*.e2e.test.ts, jest) in Debian's Chromium through playwright-core
//    (PMF_CHROMIUM overrides /usr/bin/chromium),
// 4. prints `e2e: N passed, N failed` as its last line and exits non-zero on any failure.
// Screenshots of every step go to test-output/e2e/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarnessServer } from './serve-harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test-output', 'e2e');
const resultsFile = join(outDir, 'jest-results.json');
const started = Date.now();
const secs = (from) => ((Date.now() - from) / 1000).toFixed(1);

function finish(passed, failed, note) {
  if (note) console.error(`e2e: ${note}`);
  console.log(`e2e: total ${secs(started)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

const chromiumPath = process.env.PMF_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  finish(
    0,
    1,
    `no Chromium at ${chromiumPath}: run \`bash scripts/setup.sh\` (apt-get install chromium) or set PMF_CHROMIUM`,
  );
}

if (process.env.PMF_E2E_NO_BUILD !== '1') {
  const t = Date.now();
  console.log('e2e: building the harness (webpack --mode production --env only=harness)');
  const build = spawnSync('npx', ['webpack', '--mode', 'production', '--env', 'only=harness'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    finish(0, 1, 'the harness build failed');
  }
  console.log(`e2e: harness built in ${secs(t)} s`);
}
if (!existsSync(join(root, 'dist', 'harness', 'index.html'))) {
  finish(0, 1, 'dist/harness/index.html is missing: build the harness (drop PMF_E2E_NO_BUILD)');
}

mkdirSync(outDir, { recursive: true });
rmSync(resultsFile, { force: true });
const server = await startHarnessServer(0);
const url = `http://127.0.0.1:${server.address().port}/`;
console.log(`e2e: serving the harness at ${url}`);

const t = Date.now();
const jestBin = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const extra = process.argv.slice(2);
// Asynchronous: this process keeps serving the page while jest runs.
const code = await new Promise((done) => {
  const child = spawn(
    process.execPath,
    [
      jestBin,
      '-c',
      'test/e2e/jest.e2e.config.js',
      '--runInBand',
      '--ci',
      '--json',
      `--outputFile=${resultsFile}`,
      ...extra,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, PMF_E2E_URL: url, PMF_CHROMIUM: chromiumPath } },
  );
  child.on('exit', (c, signal) => done(c ?? (signal ? 1 : 0)));
  child.on('error', () => done(1));
});
server.close();
console.log(`e2e: journeys ran in ${secs(t)} s`);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  // A suite that could not run (a syntax error, a failed beforeAll...) counts as a failure.
  if (failed === 0 && !results.success) failed = Math.max(1, results.numRuntimeErrorTestSuites);
} catch {
  failed = Math.max(failed, 1);
}
if (code !== 0 && failed === 0) failed = 1;
console.log(`e2e: screenshots in ${join('test-output', 'e2e')}/`);
finish(passed, failed);
