// Runs a TypeScript script of the project (e.g. scripts/make-sample.ts) by bundling it with esbuild first.
// Usage: node scripts/run-ts.mjs scripts/bench.ts [args...]
import { build } from 'esbuild';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const outfile = resolve('build', 'scripts', basename(entry).replace(/\.tsx?$/, '.cjs'));
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  sourcemap: 'inline',
  logLevel: 'error',
  external: ['esbuild', 'playwright-core', 'webpack'],
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(join(outfile)).href);
