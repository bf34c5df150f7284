// `npm start`.
// - Windows or macOS with desktop Excel: serves the add-in over https on localhost:3000 and sideloads
//   manifest.xml into Excel with office-addin-debugging (fetched on demand: it is large and Linux cannot use it).
// - Anywhere else (or with PMF_HARNESS=1): builds and serves the browser harness on http://127.0.0.1:3100/,
//   the real task pane beside a grid of the bundled sample workbook, on the headless Excel.
import { spawn, spawnSync } from 'node:child_process';

const hasDesktopExcel =
  (process.platform === 'win32' || process.platform === 'darwin') && process.env.PMF_HARNESS !== '1';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (hasDesktopExcel) {
  console.log('Desktop Excel platform: trusting the localhost certificate, then sideloading manifest.xml.');
  run('npx', ['--yes', 'office-addin-dev-certs@2', 'install']);
  const child = spawn(
    'npx',
    [
      '--yes',
      'office-addin-debugging@7',
      'start',
      'manifest.xml',
      'desktop',
      '--dev-server',
      'npm run dev-server',
      '--dev-server-port',
      '3000',
    ],
    {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  run('npx', ['webpack', '--mode', 'production', '--env', 'only=harness']);
  await import('./serve-harness.mjs');
}
