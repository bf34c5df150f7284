// `npm run demo`: the add-in's main job on the bundled sample workbook, with no Excel: check the tagged
// data, then refresh the Panel summary sheet and its front page into a copy (the sample itself is left as
// it is), and print what the front page says.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const sample = 'samples/Anyshire PMF 2024-25.xlsx';
const out = 'out/Anyshire PMF 2024-25 (Panel summary).xlsx';
mkdirSync('out', { recursive: true });

function show(args) {
  console.log(`\n$ pmf ${args.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}`);
}

function pmf(args, { allowExit1 = false } = {}) {
  show(args);
  const r = spawnSync(process.execPath, ['bin/pmf.js', ...args], { stdio: 'inherit' });
  if (r.status !== 0 && !(allowExit1 && r.status === 1)) process.exit(r.status ?? 1);
}

pmf(['tags', sample]);
pmf(['check', sample, '--as-at', '2025-03-31'], { allowExit1: true });
pmf(['refresh', sample, '--as-at', '2025-03-31', '--out', out, '--stats']);

// The front page and the sentences, from the JSON contract of the refreshed copy.
const args = ['summary', out, '--as-at', '2025-03-31', '--json'];
show(args);
const r = spawnSync(process.execPath, ['bin/pmf.js', ...args], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(r.status ?? 1);
}
const summary = JSON.parse(r.stdout);
const names = new Map(summary.measures.map((m) => [m.measureId, m.name]));
const fp = summary.frontPage;
console.log(
  `(the JSON, in short) Front page as at ${summary.asAt}: ${fp.rag.green} green, ${fp.rag.amber} amber, ` +
    `${fp.rag.red} red; ${fp.direction.improving} improving, ${fp.direction.worsening} worsening; ` +
    `${fp.openErrors} data-quality errors open.`,
);
console.log(`Needs the Panel's attention (${fp.attention.length}), the first five:`);
for (const a of fp.attention.slice(0, 5)) {
  console.log(`  ${a.measureId} ${names.get(a.measureId)}: ${a.why}`);
  console.log(`      ${a.sentence}`);
  console.log(`      Action: ${a.action ?? 'none recorded'}`);
}
console.log('A few sentences:');
for (const id of ['S01', 'C02', 'D01', 'W02']) {
  const m = summary.measures.find((x) => x.measureId === id);
  if (m?.sentence) console.log(`  ${id} ${m.name}: ${m.sentence}`);
}

console.log(`\nOpen "${out}" and look at the 'PMF Front page' and 'PMF Summary' sheets.`);
console.log(
  'npm start opens the task pane itself (in Excel, or in the browser harness where there is no Excel).',
);
