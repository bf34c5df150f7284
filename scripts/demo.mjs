// `npm run demo`: the add-in's main job on the bundled sample workbook, with no Excel: check the tagged
// data, then refresh the Panel summary sheet into a copy (the sample itself is left as it is).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const sample = 'samples/Anyshire PMF 2024-25.xlsx';
const out = 'out/Anyshire PMF 2024-25 (Panel summary).xlsx';
mkdirSync('out', { recursive: true });

function pmf(args, { allowExit1 = false } = {}) {
  console.log(`\n$ pmf ${args.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}`);
  const r = spawnSync(process.execPath, ['bin/pmf.js', ...args], { stdio: 'inherit' });
  if (r.status !== 0 && !(allowExit1 && r.status === 1)) process.exit(r.status ?? 1);
}

pmf(['tags', sample]);
pmf(['check', sample, '--as-at', '2025-03-31'], { allowExit1: true });
pmf(['refresh', sample, '--as-at', '2025-03-31', '--out', out, '--stats']);
console.log(`\nOpen "${out}" and look at the 'PMF Summary' sheet.`);
console.log(
  'npm start opens the task pane itself (in Excel, or in the browser harness where there is no Excel).',
);
