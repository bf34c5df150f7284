/**
 * The bench's benchmark figures: a LAIT download of 150 authorities x 20 years on 60 indicator sheets, each
 * tagged as an officer would (our row, England, our region, every authority as peers: 240 tags), refreshed
 * on the headless Excel. The syncs must be those of a one-tag refresh; the pipeline and the request sizes
 * show what reading benchmarks costs.
 */
import { performance } from 'node:perf_hooks';
import { HeadlessWorkbook } from '../src/headless';
import type { ExcelHost } from '../src/excel/host';
import { addTags, loadWorkbook, refreshSummary } from '../src/excel/operations';
import type { LoadedWorkbook } from '../src/excel/operations';
import { LAIT_DOWNLOAD_AS_AT, LAIT_DOWNLOAD_DEFAULTS, laitDownload } from '../test/fixtures/lait-download';

export interface LaitBenchOptions {
  readonly quick: boolean;
  readonly host: (book: HeadlessWorkbook) => ExcelHost;
  /** The bench's pipeline run (series, figures, checks, model, plan) on a loaded workbook, with its times. */
  readonly pipelineOnce: (loaded: LoadedWorkbook, asAt: string) => { t: Record<string, number> };
  readonly runs: number;
  readonly warmup: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return Math.round((s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) * 10) / 10;
}

export async function laitBench(o: LaitBenchOptions) {
  const size = o.quick ? { ...LAIT_DOWNLOAD_DEFAULTS, measures: 20 } : LAIT_DOWNLOAD_DEFAULTS;
  const now = new Date('2025-06-01T09:00:00Z');
  const refresh = async (book: HeadlessWorkbook) => {
    book.resetStats();
    const t0 = performance.now();
    await refreshSummary(o.host(book), { asAt: LAIT_DOWNLOAD_AS_AT, producedAt: '2025-06-02T09:00:00Z' });
    return {
      ms: Math.round((performance.now() - t0) * 10) / 10,
      syncs: book.stats.syncs,
      maxRequestBytes: book.stats.maxRequestBytes,
    };
  };

  const build = () => {
    const d = laitDownload(size);
    return { d, book: HeadlessWorkbook.fromExcelJS(d.workbook, { name: 'LAIT download.xlsx' }) };
  };
  const one = build();
  await addTags(o.host(one.book), one.d.requests.slice(0, 1), now);
  const oneTag = await refresh(one.book);

  const all = build();
  all.book.resetStats();
  const t0 = performance.now();
  await addTags(o.host(all.book), all.d.requests, now);
  const tagMs = Math.round((performance.now() - t0) * 10) / 10;
  const tagSyncs = all.book.stats.syncs;
  const allTags = await refresh(all.book);
  const loaded = await loadWorkbook(o.host(all.book));
  const runs = Array.from({ length: o.warmup + o.runs }, () => o.pipelineOnce(loaded, LAIT_DOWNLOAD_AS_AT).t);
  const measured = runs.slice(o.warmup);
  const parts = Object.fromEntries(
    Object.keys(measured[0]).map((k) => [k, median(measured.map((t) => t[k]))]),
  );
  return {
    workbook: { ...size, sheets: all.d.sheets.length, tags: all.d.requests.length, tagMs, tagSyncs },
    syncs: { oneTag: oneTag.syncs, allTags: allTags.syncs },
    maxRequestBytes: Math.max(oneTag.maxRequestBytes, allTags.maxRequestBytes),
    refreshInMemoryMs: allTags.ms,
    pipelineMs: parts.total,
    pipeline: { ...parts, runs: measured.length, firstRunMs: runs[0].total },
  };
}
