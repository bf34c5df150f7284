#!/usr/bin/env node
// The `pmf` command. Runs build/pmf.cjs, bundling src/cli with esbuild first when the bundle is missing or
// older than the sources (a fraction of a second), so `npx pmf` works straight after `npm ci`.
const { existsSync, statSync, readdirSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');
const bundle = join(root, 'build', 'pmf.cjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!existsSync(bundle)) return true;
  if (!existsSync(join(root, 'src'))) return false;
  return newestSource(join(root, 'src')) > statSync(bundle).mtimeMs;
}

function build(outfile) {
  require('esbuild').buildSync({
    entryPoints: [join(root, 'src', 'cli', 'index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    sourcemap: true,
    logLevel: 'silent',
  });
  return outfile;
}

let entry = bundle;
if (stale()) {
  try {
    build(bundle);
  } catch {
    // build/ not writable (a shared, read-only checkout): bundle into a private temporary folder instead.
    const { mkdtempSync } = require('fs');
    const { tmpdir } = require('os');
    try {
      entry = build(join(mkdtempSync(join(tmpdir(), 'pmf-')), 'pmf.cjs'));
    } catch (e) {
      if (!existsSync(bundle)) {
        process.stderr.write(
          `pmf: cannot build the command from src/ (${String(e.message).split('\n')[0]})\n`,
        );
        process.exit(2);
      }
    }
  }
}
require(entry);
