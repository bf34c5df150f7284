// `npm test`: type check, lint, unit and integration tests (jest), then the browser tests (Chromium).
// PMF_SKIP_E2E=1 leaves out the browser tests on a machine without Chromium.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit and integration tests', 'npx', ['jest', '--ci']],
];
if (process.env.PMF_SKIP_E2E !== '1') steps.push(['browser tests', 'node', ['scripts/e2e.mjs']]);

for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n${name} failed (${secs} s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`== ${name} passed (${secs} s)`);
}
