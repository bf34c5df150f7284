/**
 * `npm run bench`: builds a large realistic workbook with the fixture code, and prints one JSON object with
 * the figures the field measures an add-in by (see ../shared/design.md, "Performance"), each with the
 * breakdown behind it:
 * - syncs for a full refresh on 1 tag and on every tag, and the largest single request and response;
 * - the domain pipeline (series, calc, checks, summary model and plan) on every tag: the median of several
 *   runs once the engine has compiled the hot code, and the first (cold) run;
 * - statistical process control on every tagged row as if each were a measure (2,000 series of 60 points);
 * - the CLI's whole refresh of the large workbook against ExcelJS alone loading and saving the same file;
 * - the task pane's gzipped production JavaScript, and its first render in headless Chromium;
 * - benchmarks (`lait`, scripts/bench-lait.ts): a LAIT download of 60 tagged measures, its syncs and pipeline.
 * - a 903-sized workbook (the SSDA903 tables of a large authority and a 50,000-row missing log, tagged as
 *   tables): syncs, the largest request, the size of the table reads, and the pipeline working them out.
 *
 * Options: --quick (smaller workbook, fewer runs), --no-web (skip the bundle and browser figures),
 * --keep (keep the temporary folder), --profile-pipeline N (run only the pipeline N times, for --cpu-prof).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { HeadlessWorkbook } from '../src/headless';
import { openWorkbookFile, saveWorkbookFile } from '../src/headless/node-file';
import type { ExcelHost } from '../src/excel/host';
import {
  addTags,
  FRONT_PAGE_MARKER,
  loadWorkbook,
  refreshSummary,
  SUMMARY_MARKER,
} from '../src/excel/operations';
import type { LoadedWorkbook } from '../src/excel/operations';
import { TAG_SHEET } from '../src/excel/workbook-names';
import { readAllSeries } from '../src/domain/pipeline';
import { computeFigures, measureSpc } from '../src/domain/calc';
import type { SpcInput, SpcInputPoint } from '../src/domain/calc';
import { runChecks } from '../src/domain/validate';
import { buildSummaryModel, planFrontPage, planSummarySheet } from '../src/domain/summary';
import { LARGE_AS_AT, LARGE_DEFAULTS, largeWorkbook } from '../test/fixtures/large-workbook';
import { CHROMIUM_ARGS } from '../test/e2e/chromium-args';
import { laitBench } from './bench-lait';
import type { TableTag } from '../src/domain/tags/types';
import type { TagRequest } from '../src/excel/operations-types';
import { narrowReadBytes, tableReadPlan } from '../src/excel/table-read';
import { LARGE_903_AS_AT, large903, large903Workbook } from '../test/fixtures/ssda903-large';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const NO_WEB = argv.includes('--no-web');
const KEEP = argv.includes('--keep');
const profileIndex = argv.indexOf('--profile-pipeline');
const PROFILE_RUNS = profileIndex >= 0 ? Number(argv[profileIndex + 1] ?? 20) : 0;
const SIZE = QUICK ? { ...LARGE_DEFAULTS, taggedRows: 400, childRows: 5_000 } : LARGE_DEFAULTS;
const PIPELINE_RUNS = QUICK ? 3 : 15;
/** Runs before the measured ones, while the JavaScript engine compiles the hot code (the first is reported). */
const PIPELINE_WARMUP = QUICK ? 1 : 5;
const FILE_RUNS = QUICK ? 1 : 3;
const SPC_WARMUP = 10;
const SPC_RUNS = QUICK ? 10 : 40;
const RENDER_RUNS = QUICK ? 1 : 5;
const ROOT = resolve('.');

// ---------------------------------------------------------------------------------------------------------
// Helpers

const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  const v = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  return Math.round(v * 10) / 10;
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function testHost(book: HeadlessWorkbook): ExcelHost {
  return { run: (batch) => book.run(batch), supportsExcelApi: (v) => Number(v.split('.')[1]) <= 9 };
}

/** A host that times each Excel.run batch and each sync within it (what refreshSummary spends where). */
function timedHost(book: HeadlessWorkbook) {
  const runs: { start: number; end: number; syncMs: number; syncs: number }[] = [];
  const host: ExcelHost = {
    supportsExcelApi: (v) => Number(v.split('.')[1]) <= 9,
    run: (batch) =>
      book.run(async (context) => {
        const entry = { start: performance.now(), end: 0, syncMs: 0, syncs: 0 };
        runs.push(entry);
        const sync = context.sync.bind(context);
        (context as { sync: typeof context.sync }).sync = (async <T>(v?: T) => {
          const t0 = performance.now();
          try {
            return await sync(v);
          } finally {
            entry.syncMs += performance.now() - t0;
            entry.syncs++;
          }
        }) as typeof context.sync;
        try {
          return await batch(context);
        } finally {
          entry.end = performance.now();
        }
      }),
  };
  return { host, runs };
}

function buildTagged(tagAll: boolean) {
  const t0 = performance.now();
  const large = largeWorkbook(SIZE);
  const buildMs = ms(t0);
  const book = HeadlessWorkbook.fromExcelJS(large.workbook, { name: 'Anyshire large PMF.xlsx' });
  const requests = tagAll ? [...large.rowRequests, large.columnRequest] : [large.rowRequests[0]];
  return { book, requests, buildMs };
}

async function refreshStats(book: HeadlessWorkbook) {
  book.resetStats();
  // The writer's own count of each write request, to compare with the size measured as queued.
  const counted: number[] = [];
  await refreshSummary(testHost(book), {
    asAt: LARGE_AS_AT,
    producedAt: '2025-04-01T09:00:00Z',
    onRequest: (bytes) => counted.push(bytes),
  });
  return {
    syncs: book.stats.syncs,
    maxRequestBytes: book.stats.maxRequestBytes,
    requests: [...book.stats.requests],
    maxResponseBytes: book.stats.maxResponseBytes,
    responses: [...book.stats.responses],
    counted,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Statistical process control

/**
 * SPC (XmR chart, rules, variation and assurance) on every tagged row series of the workbook, each as the
 * figures of a measure: 2,000 series of 60 monthly points on the full bench. The pipeline itself computes SPC
 * once per measure (~60), inside `calc`; this is the cost if every row were a measure of its own.
 */
function spcBench(loaded: LoadedWorkbook) {
  const grids = new Map([...loaded.snapshot.grids].map(([name, g]) => [name, { ...g }]));
  const inputs: SpcInput[] = [];
  for (const s of readAllSeries(loaded.framework, loaded.tags, grids)) {
    if (s.kind !== 'row') continue;
    const points: SpcInputPoint[] = [];
    for (let i = 0; i < s.observations.length; i++) {
      const value = s.observations.value(i);
      if (value !== null) points.push({ period: s.observations.period(i), value });
    }
    inputs.push({ points, polarity: 'lower', target: 10, tolerance: 5 });
  }
  const runOnce = () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let special = 0;
    for (const input of inputs) {
      const variation = measureSpc(input).spc?.variation;
      if (variation !== undefined && variation !== 'commonCause') special++;
    }
    const wall = ms(t0);
    const cpu = process.cpuUsage(c0);
    return { ms: wall, cpuMs: Math.round((cpu.user + cpu.system) / 100) / 10, special };
  };
  // Cheap, so more runs than the pipeline: the median then shrugs off other work on the machine.
  const runs = Array.from({ length: SPC_WARMUP + SPC_RUNS }, runOnce);
  const measured = runs.slice(SPC_WARMUP);
  return {
    ms: median(measured.map((r) => r.ms)),
    cpuMs: median(measured.map((r) => r.cpuMs)),
    firstRunMs: runs[0].ms,
    series: inputs.length,
    pointsPerSeries: median(inputs.map((i) => i.points.length)),
    seriesWithLatestSpecialCause: measured[0].special,
    runs: measured.length,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Pipeline

function pipelineOnce(loaded: LoadedWorkbook, asAt = LARGE_AS_AT) {
  const t: Record<string, number> = {};
  // New grid objects every run: what is worked out per grid and kept with it (layouts, header analysis)
  // is worked out again, as on a real refresh, which reads the sheets anew.
  const grids = new Map([...loaded.snapshot.grids].map(([name, g]) => [name, { ...g }]));
  let t0 = performance.now();
  const series = readAllSeries(loaded.framework, loaded.tags, grids);
  t.series = ms(t0);
  t0 = performance.now();
  const figures = computeFigures({ framework: loaded.framework, series, asAt });
  t.calc = ms(t0);
  t0 = performance.now();
  const findings = runChecks({
    framework: loaded.framework,
    tags: loaded.tags,
    brokenTagRows: loaded.broken,
    tagSheetName: TAG_SHEET,
    series,
    figures,
    asAt,
    sheetNames: loaded.snapshot.sheets.map((s) => s.name).filter((n) => !n.startsWith('PMF ')),
  });
  t.checks = ms(t0);
  t0 = performance.now();
  const model = buildSummaryModel({
    framework: loaded.framework,
    figures,
    findings,
    asAt,
    producedAt: '2025-04-01T09:00:00Z',
    workbookName: loaded.snapshot.workbookName,
  });
  t.model = ms(t0);
  t0 = performance.now();
  const plan = planSummarySheet(model, { markerText: SUMMARY_MARKER });
  planFrontPage(model, { markerText: FRONT_PAGE_MARKER }); // a refresh writes the front page too
  t.plan = ms(t0);
  t.total = Math.round((t.series + t.calc + t.checks + t.model + t.plan) * 10) / 10;
  return { t, figures: figures.length, findings: findings.length, planRows: plan.values.length };
}

// ---------------------------------------------------------------------------------------------------------
// Files: the CLI's refresh against ExcelJS alone

const FLOOR_SCRIPT = `
const ExcelJS = require(require.resolve('exceljs', { paths: [process.cwd()] }));
const { readFileSync, writeFileSync } = require('fs');
(async () => {
  const t0 = Date.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(process.argv[1]));
  const t1 = Date.now();
  writeFileSync(process.argv[2], await wb.xlsx.writeBuffer());
  process.stderr.write(JSON.stringify({ loadMs: t1 - t0, saveMs: Date.now() - t1 }));
})();
`;

function timeProcess(command: string, args: readonly string[]): Promise<{ ms: number; stderr: string }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
      else done({ ms: ms(t0), stderr });
    });
  });
}

function lastJsonLine(text: string): Record<string, number> {
  const line = text
    .trim()
    .split(/[\r\n]+/)
    .reverse()
    .find((l) => l.trim().startsWith('{'));
  return line ? (JSON.parse(line.slice(line.indexOf('{'))) as Record<string, number>) : {};
}

async function inProcessRefresh(file: string, out: string) {
  const t0 = performance.now();
  const book = await openWorkbookFile(file);
  const open = ms(t0);
  const { host, runs } = timedHost(book);
  const t1 = performance.now();
  await refreshSummary(host, { asAt: LARGE_AS_AT });
  const refresh = ms(t1);
  const t2 = performance.now();
  await saveWorkbookFile(book, out);
  const save = ms(t2);
  const read = runs.slice(0, -1);
  const write = runs[runs.length - 1];
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    open,
    read: round(read.reduce((s, r) => s + (r.end - r.start), 0)),
    readSyncs: read.reduce((s, r) => s + r.syncs, 0),
    computeAndPlan: round(write.start - read[read.length - 1].end),
    writeQueue: round(write.end - write.start - write.syncMs),
    writeSync: round(write.syncMs),
    writeSyncs: write.syncs,
    save,
    refresh,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The task pane: bundle size and first render

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

/** office.js stand-in: Office reports Excel as the host; Excel.run never returns (the workbook is "loading"). */
const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: 'Excel' },
  EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  context: {
    requirements: { isSetSupported: function () { return true; } },
    document: {
      addHandlerAsync: function (t, h, cb) { if (cb) cb({ status: 'succeeded' }); },
      removeHandlerAsync: function (t, o, cb) { if (cb) cb({ status: 'succeeded' }); },
    },
  },
  onReady: function (cb) {
    var info = { host: 'Excel', platform: 'OfficeOnline' };
    if (cb) cb(info);
    return Promise.resolve(info);
  },
};
window.Excel = { run: function () { return new Promise(function () {}); } };
`;

/** Runs in the page before its scripts: records when the pane's header is first in the DOM with a size. */
const FIRST_RENDER_PROBE = `
(function () {
  function check() {
    var h = document.querySelector('h1');
    if (window.__pmfFirstRender === undefined && h && /Corporate Parenting PMF/.test(h.textContent || '')) {
      var box = h.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) { window.__pmfFirstRender = performance.now(); return true; }
    }
    return false;
  }
  new MutationObserver(function (_, observer) { if (check()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
})();
`;

function bundleFigures() {
  const t0 = performance.now();
  const built = spawnSync('npx', ['webpack', '--mode', 'production', '--env', 'only=addin'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const buildMs = ms(t0);
  const html = join(ROOT, 'dist', 'taskpane.html');
  if (built.status !== 0 || !existsSync(html)) {
    const why = `${built.stderr ?? ''}${built.stdout ?? ''}`.split('\n').filter((l) => /error/i.test(l));
    return { ok: false as const, reason: `webpack failed: ${why.slice(0, 3).join(' | ') || built.status}` };
  }
  const page = readFileSync(html, 'utf8');
  const scripts = [...page.matchAll(/<script\b[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const files: Record<string, { bytes: number; gzipBytes: number }> = {};
  let gzipBytes = 0;
  for (const src of scripts) {
    const data = readFileSync(join(ROOT, 'dist', src.replace(/^\.?\//, '')));
    const gz = gzipSync(data).length;
    files[src] = { bytes: data.length, gzipBytes: gz };
    gzipBytes += gz;
  }
  return { ok: true as const, gzipBytes, files, buildMs };
}

async function firstRender(): Promise<{ medianMs: number; runs: number[] } | { reason: string }> {
  const chromium = '/usr/bin/chromium';
  if (!existsSync(chromium)) return { reason: `${chromium} is missing (apt-get install -y chromium)` };
  const dist = join(ROOT, 'dist');
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const file = resolve(dist, `.${path === '/' ? '/taskpane.html' : path}`);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const { chromium: pw } = await import('playwright-core');
  const userDir = mkdtempSync(join(tmpdir(), 'pmf-bench-chromium-'));
  const context = await pw.launchPersistentContext(userDir, {
    executablePath: chromium,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  const runs: number[] = [];
  try {
    for (let i = 0; i < RENDER_RUNS + 1; i++) {
      const page = await context.newPage();
      await page.route('https://appsforoffice.microsoft.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }),
      );
      // Fresh cache each time: the first load of the pane is what a user waits for.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      // The page notes the moment the pane's header is laid out (performance.now() counts from navigation).
      await page.addInitScript(FIRST_RENDER_PROBE);
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`, { waitUntil: 'commit' });
      await page.locator('h1', { hasText: 'Corporate Parenting PMF' }).waitFor({ state: 'visible' });
      await page.waitForFunction('window.__pmfFirstRender !== undefined');
      const t = Number(await page.evaluate('window.__pmfFirstRender'));
      if (i > 0) runs.push(Math.round(t)); // the first load warms the browser itself
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
    rmSync(userDir, { recursive: true, force: true });
  }
  return { medianMs: median(runs), runs };
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  const out: Record<string, unknown> = {};
  const breakdown: Record<string, unknown> = {};

  // Profiling aid: node --cpu-prof build/scripts/bench.cjs --profile-pipeline 30
  if (PROFILE_RUNS > 0) {
    const { book, requests } = buildTagged(true);
    await addTags(testHost(book), requests, new Date('2025-04-02T09:00:00Z'));
    const loaded = await loadWorkbook(testHost(book));
    const runs = Array.from({ length: PROFILE_RUNS }, () => pipelineOnce(loaded).t);
    const stage = (k: keyof (typeof runs)[number]) => median(runs.map((t) => t[k]));
    const parts = Object.fromEntries(
      Object.keys(runs[0]).map((k) => [k, stage(k as keyof (typeof runs)[number])]),
    );
    process.stdout.write(
      `${JSON.stringify({ pipelineMs: stage('total'), parts, runs: runs.map((t) => t.total) })}\n`,
    );
    return;
  }

  // 1 tag: syncs for a full refresh.
  log('building the workbook with 1 tag');
  const one = buildTagged(false);
  await addTags(testHost(one.book), one.requests, new Date('2025-04-02T09:00:00Z'));
  const oneTag = await refreshStats(one.book);

  // Every tag.
  log(`building the workbook with ${SIZE.taggedRows} tagged rows`);
  const all = buildTagged(true);
  let t0 = performance.now();
  all.book.resetStats();
  await addTags(testHost(all.book), all.requests, new Date('2025-04-02T09:00:00Z'));
  const tagMs = ms(t0);
  const tagSyncs = all.book.stats.syncs;
  const dir = mkdtempSync(join(tmpdir(), 'pmf-bench-'));
  const file = join(dir, 'large.xlsx');
  t0 = performance.now();
  writeFileSync(file, await all.book.toBuffer());
  const writeFileMs = ms(t0);
  breakdown.workbook = {
    sheets: all.book.excel.worksheets.length,
    tags: all.requests.length,
    taggedRows: SIZE.taggedRows,
    periods: SIZE.periods,
    childRows: SIZE.childRows,
    fileBytes: statSync(file).size,
    buildMs: all.buildMs,
    tagMs,
    tagSyncs,
    writeFileMs,
  };

  log('reading the tagged workbook');
  const loaded = await loadWorkbook(testHost(all.book));
  // Before the pipeline's runs, so their garbage is not collected during these (much shorter) ones.
  log('statistical process control on every tagged row');
  const spc = spcBench(loaded);
  out.spcMs = spc.ms;
  breakdown.spc = spc;

  log('pipeline');
  const allRuns = Array.from({ length: PIPELINE_WARMUP + PIPELINE_RUNS }, () => pipelineOnce(loaded));
  const pipelineRuns = allRuns.slice(PIPELINE_WARMUP);
  const parts = ['series', 'calc', 'checks', 'model', 'plan', 'total'];
  const pipe = Object.fromEntries(parts.map((p) => [p, median(pipelineRuns.map((r) => r.t[p]))]));
  breakdown.pipeline = {
    ...pipe,
    figures: pipelineRuns[0].figures,
    findings: pipelineRuns[0].findings,
    planRows: pipelineRuns[0].planRows,
    runs: pipelineRuns.length,
    warmupRuns: PIPELINE_WARMUP,
    firstRunMs: allRuns[0].t.total,
  };

  log('refresh, every tag (in memory)');
  const allTags = await refreshStats(all.book);
  const again = await refreshStats(all.book);
  out.syncs = { oneTag: oneTag.syncs, allTags: allTags.syncs, allTagsReplacingSummary: again.syncs };
  out.maxRequestBytes = Math.max(oneTag.maxRequestBytes, allTags.maxRequestBytes, again.maxRequestBytes);
  out.maxResponseBytes = Math.max(oneTag.maxResponseBytes, allTags.maxResponseBytes, again.maxResponseBytes);
  breakdown.syncs = {
    oneTagRequestBytes: oneTag.requests,
    allTagsRequestBytes: allTags.requests,
    replacingRequestBytes: again.requests,
    oneTagResponseBytes: oneTag.responses,
    allTagsResponseBytes: allTags.responses,
    replacingResponseBytes: again.responses,
    allTagsWriterCountedBytes: allTags.counted,
    replacingWriterCountedBytes: again.counted,
    limitBytes: 5 * 1024 * 1024,
  };
  out.pipelineMs = pipe.total;

  log('benchmarks: a LAIT download, 150 authorities x 20 years, 60 tagged measures');
  out.lait = await laitBench({
    quick: QUICK,
    host: testHost,
    pipelineOnce,
    runs: PIPELINE_RUNS,
    warmup: PIPELINE_WARMUP,
  });

  log('refresh of the file: CLI against ExcelJS alone');
  const nodeArgs = ['--max-old-space-size=4096'];
  // Warm-up: bin/pmf.js bundles the CLI when its bundle is stale.
  await timeProcess(process.execPath, ['bin/pmf.js', 'refresh', file, '--out', join(dir, 'w.xlsx')]);
  const cli: number[] = [];
  const cliStats: Record<string, number>[] = [];
  const floor: number[] = [];
  const floorStats: Record<string, number>[] = [];
  const inProc: Awaited<ReturnType<typeof inProcessRefresh>>[] = [];
  for (let i = 0; i < FILE_RUNS; i++) {
    const c = await timeProcess(process.execPath, [
      ...nodeArgs,
      'bin/pmf.js',
      'refresh',
      file,
      '--as-at',
      LARGE_AS_AT,
      '--out',
      join(dir, 'cli.xlsx'),
      '--stats',
    ]);
    cli.push(c.ms);
    cliStats.push(lastJsonLine(c.stderr));
    const f = await timeProcess(process.execPath, [
      ...nodeArgs,
      '-e',
      FLOOR_SCRIPT,
      file,
      join(dir, 'floor.xlsx'),
    ]);
    floor.push(f.ms);
    floorStats.push(lastJsonLine(f.stderr));
    if (i === 0) inProc.push(await inProcessRefresh(file, join(dir, 'inproc.xlsx')));
  }
  out.refreshMs = median(cli);
  out.floorMs = median(floor);
  out.refreshToFloor = Math.round((median(cli) / median(floor)) * 100) / 100;
  const med = <T extends Record<string, number>>(xs: T[]) =>
    Object.fromEntries(Object.keys(xs[0]).map((k) => [k, median(xs.map((x) => x[k]))]));
  breakdown.refresh = {
    cliWallMs: cli,
    cliStats: med(cliStats),
    inProcess: med(inProc),
    floorWallMs: floor,
    floorInProcess: med(floorStats),
    note: 'wall times include node start-up for both the CLI and the floor',
  };

  if (NO_WEB) {
    out.bundleGzipBytes = null;
    out.firstRenderMs = null;
    out.webReason = 'skipped (--no-web)';
  } else {
    log('task pane: production build');
    const bundle = bundleFigures();
    if (!bundle.ok) {
      out.bundleGzipBytes = null;
      out.firstRenderMs = null;
      out.webReason = bundle.reason;
    } else {
      out.bundleGzipBytes = bundle.gzipBytes;
      breakdown.bundle = { files: bundle.files, buildMs: bundle.buildMs };
      log('task pane: first render');
      try {
        const render = await firstRender();
        if ('reason' in render) {
          out.firstRenderMs = null;
          out.webReason = render.reason;
        } else {
          out.firstRenderMs = render.medianMs;
          breakdown.firstRender = {
            runsMs: render.runs,
            measured: 'navigation start to the pane header (h1) visible; office.js stubbed, cache disabled',
          };
        }
      } catch (e) {
        out.firstRenderMs = null;
        out.webReason = `first render failed: ${(e as Error).message.split('\n')[0]}`;
      }
    }
  }

  log('903-sized workbook');
  out.tables903 = await bench903();

  if (KEEP) log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  out.breakdown = breakdown;
  out.benchMs = ms(started);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// A 903-sized workbook: the SSDA903 tables of a large authority and a 50,000-row missing log

const LOG_ROWS = QUICK ? 10_000 : 50_000;

/**
 * The SSDA903 extract of a large authority (about 10,000 episodes and 30,000 reviews; a fifth of that with
 * --quick) and a missing log of 50,000 incidents with 8 extra columns of its own, each tagged as a table.
 */
function workbook903() {
  const data = large903({ children: QUICK ? 1000 : 5000 });
  const wb = large903Workbook(data);
  const ws = wb.addWorksheet('Missing log');
  const extra = ['Ref', 'Police ref', 'Risk', 'Location', 'Found by', 'RHI offered', 'RHI done', 'Notes'];
  ws.addRow(['Young person ID', 'Type', 'Reported missing', 'Returned', ...extra]);
  const ids = data.header.map((h) => h[0]);
  for (let i = 0; i < LOG_ROWS; i++) {
    // A few children go missing very often: the child of incident i is ids[(i * i) % n] for most.
    const child = ids[(i % 7 === 0 ? i % 40 : (i * 31) % ids.length) % ids.length];
    const start = new Date(Date.UTC(2024, 3, 1 + ((i * 13) % 365), (i * 5) % 24));
    ws.addRow([
      child,
      i % 9 === 0 ? 'Absent' : 'Missing',
      i % 2 === 0
        ? start
        : `${String(start.getUTCDate()).padStart(2, '0')}/${String(start.getUTCMonth() + 1).padStart(2, '0')}/2024`,
      new Date(start.getTime() + 8 * 3_600_000),
      `MFC-${i}`,
      `PN/${i}`,
      ['Low', 'Medium', 'High'][i % 3],
      'Town centre',
      'Police',
      'Yes',
      i % 4 === 0 ? 'No' : 'Yes',
      i % 11 === 0 ? 'Seen at the station; returned by taxi' : '',
    ]);
  }
  const requests: TagRequest[] = [
    { kind: 'table', sheet: 'Header', source: 'header' },
    { kind: 'table', sheet: 'Episodes', source: 'episodes' },
    { kind: 'table', sheet: 'Missing', source: 'missing' },
    { kind: 'table', sheet: 'Reviews', source: 'reviews' },
    { kind: 'table', sheet: 'OC2', source: 'oc2' },
    { kind: 'table', sheet: 'OC3', source: 'oc3' },
    {
      kind: 'table',
      sheet: 'Missing log',
      source: 'missing',
      map: { CHILD: 'Young person ID', MISSING: 'Type', MIS_START: 'Reported missing', MIS_END: 'Returned' },
    },
  ];
  const rows = {
    episodes: data.episodes.length,
    reviews: data.reviews.length,
    missing: data.missing.length,
    missingLog: LOG_ROWS,
  };
  return { wb, requests, rows };
}

/** The values a table's narrow read brings back (its header rows whole, then its columns), as JSON. */
function tableReadBytes(loaded: LoadedWorkbook, tag: TableTag): number {
  const grid = loaded.snapshot.grids.get(tag.sheet);
  return grid ? narrowReadBytes(grid, tableReadPlan(tag)) : 0;
}

async function bench903() {
  let t0 = performance.now();
  const { wb, requests, rows } = workbook903();
  const buildMs = ms(t0);
  const book = HeadlessWorkbook.fromExcelJS(wb, { name: 'Anyshire 903 2024-25.xlsx' });
  book.resetStats();
  t0 = performance.now();
  const tags = (await addTags(testHost(book), requests, new Date('2025-04-02T09:00:00Z'))) as TableTag[];
  const tagMs = ms(t0);
  const tagSyncs = book.stats.syncs;
  const tagMaxRequestBytes = book.stats.maxRequestBytes;

  book.resetStats();
  t0 = performance.now();
  const loaded = await loadWorkbook(testHost(book));
  const readMs = ms(t0);
  const readSyncs = book.stats.syncs;
  const readBytes = Object.fromEntries(tags.map((t) => [t.sheet, tableReadBytes(loaded, t)]));

  const runs: { series: number; calc: number; checks: number; total: number }[] = [];
  for (let i = 0; i < PIPELINE_WARMUP + PIPELINE_RUNS; i++) {
    const grids = new Map([...loaded.snapshot.grids].map(([name, g]) => [name, { ...g }]));
    let s = performance.now();
    const series = readAllSeries(loaded.framework, loaded.tags, grids, LARGE_903_AS_AT);
    const seriesMs = ms(s);
    s = performance.now();
    const figures = computeFigures({ framework: loaded.framework, series, asAt: LARGE_903_AS_AT });
    const calcMs = ms(s);
    s = performance.now();
    runChecks({
      framework: loaded.framework,
      tags: loaded.tags,
      brokenTagRows: loaded.broken,
      tagSheetName: TAG_SHEET,
      series,
      figures,
      asAt: LARGE_903_AS_AT,
      sheetNames: loaded.snapshot.sheets.map((x) => x.name),
    });
    const checksMs = ms(s);
    runs.push({ series: seriesMs, calc: calcMs, checks: checksMs, total: seriesMs + calcMs + checksMs });
  }
  const measured = runs.slice(PIPELINE_WARMUP);

  book.resetStats();
  t0 = performance.now();
  const result = await refreshSummary(testHost(book), {
    asAt: LARGE_903_AS_AT,
    producedAt: '2025-04-02T09:00:00Z',
  });
  const refreshMs = ms(t0);
  return {
    rows,
    tables: tags.length,
    refreshSyncs: book.stats.syncs,
    maxRequestBytes: Math.max(book.stats.maxRequestBytes, tagMaxRequestBytes),
    largestTableReadBytes: Math.max(...Object.values(readBytes)),
    pipelineMs: median(measured.map((r) => r.total)),
    breakdown: {
      buildMs,
      tagMs,
      tagSyncs,
      readMs,
      readSyncs,
      tableReadBytes: readBytes,
      limitBytes: 5 * 1024 * 1024,
      pipeline: {
        series: median(measured.map((r) => r.series)),
        calc: median(measured.map((r) => r.calc)),
        checks: median(measured.map((r) => r.checks)),
        firstRunMs: Math.round(runs[0].total * 10) / 10,
        runs: measured.length,
      },
      refreshMs,
      measures: result.measures,
      findings: result.findings,
    },
  };
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
