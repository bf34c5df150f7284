/**
 * Child-level (or worker-level) distributions: one number per child (missing incidents) or per worker
 * (caseload).
 *
 * - count: records with a readable number (children with 0 incidents count as children, not as 'went missing').
 * - shareAtLeast3 (M04): children with 3+ incidents / children with 1+ incidents x 100.
 * - topTenthShare (M05): of the children who went missing (1+ incidents), sorted by incidents, the top
 *   ceil(10%) - at least one child - and their share of all incidents. Ties at the cut: exactly that many
 *   children are taken; children tied at the cut have the same number of incidents, so which of them is
 *   taken does not change the share (the figure is well defined).
 * - threshold / shareAbove (W02): records strictly above the threshold / all records x 100.
 */
import type { RecordValue } from '../series/types';
import type { RecordStats } from './types';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface RecordStatsOptions {
  /** Compute shareAbove against this threshold (W02). */
  readonly threshold?: number;
}

/** Extra counts behind the shares, so a figure can be shown as '4 of 20'. */
export interface RecordCounts {
  /** Records with 1 or more (children who went missing). */
  readonly atLeast1: number;
  readonly atLeast3: number;
  /** Children in the most frequent tenth, and their incidents. */
  readonly topTenthChildren: number;
  readonly topTenthTotal: number;
  /** Records above the threshold. */
  readonly above: number;
}

export function recordCounts(records: readonly RecordValue[], threshold?: number): RecordCounts {
  const values = readable(records);
  const missing = values.filter((v) => v >= 1).sort((a, b) => b - a);
  const n = missing.length === 0 ? 0 : Math.max(1, Math.ceil(missing.length / 10));
  return {
    atLeast1: missing.length,
    atLeast3: values.filter((v) => v >= 3).length,
    topTenthChildren: n,
    topTenthTotal: missing.slice(0, n).reduce((s, v) => s + v, 0),
    above: threshold === undefined ? 0 : values.filter((v) => v > threshold).length,
  };
}

function readable(records: readonly RecordValue[]): number[] {
  const out: number[] = [];
  for (const r of records) if (r.value !== null && Number.isFinite(r.value)) out.push(r.value);
  return out;
}

export function recordStats(records: readonly RecordValue[], options: RecordStatsOptions = {}): RecordStats {
  const values = readable(records);
  const skipped = records.filter(
    (r) => r.value === null && r.read.kind === 'missing' && r.read.reason !== 'blank',
  ).length;
  const total = values.reduce((s, v) => s + v, 0);
  const counts = recordCounts(records, options.threshold);
  const stats = {
    count: values.length,
    total,
    mean: values.length === 0 ? null : total / values.length,
    median: median(values),
    shareAtLeast3: counts.atLeast1 === 0 ? null : (counts.atLeast3 / counts.atLeast1) * 100,
    topTenthShare: total <= 0 || counts.atLeast1 === 0 ? null : (counts.topTenthTotal / total) * 100,
  };
  if (options.threshold === undefined) return { ...stats, skipped };
  return {
    ...stats,
    threshold: options.threshold,
    shareAbove: values.length === 0 ? null : (counts.above / values.length) * 100,
    skipped,
  };
}
