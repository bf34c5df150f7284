/**
 * The counts behind a measure's latest percentage ('45 of 456'): from the latest point's numerator and
 * denominator, or, for child-level and worker-level records (M04, W02), from the records' shares.
 */
import type { MeasureFigures, RecordStats } from '../calc/types';

export interface LatestCounts {
  readonly numerator: number;
  readonly denominator: number;
}

function near(a: number | null | undefined, b: number): boolean {
  return a !== null && a !== undefined && Math.abs(a - b) < 0.05;
}

function share(part: number | null | undefined, of: number): number | null {
  if (part === null || part === undefined || !Number.isFinite(part)) return null;
  return Math.round((part / 100) * of);
}

/**
 * The share the records give for the latest figure: the share above the threshold (W02) or the share of
 * children with three or more incidents (M04), with the number of records it is a share of.
 */
function recordShare(r: RecordStats): number | null | undefined {
  return r.threshold !== undefined ? r.shareAbove : r.shareAtLeast3;
}

/**
 * Counts behind the latest figure, when known: the point's own numerator and denominator; else, for
 * records whose share is the latest figure, that share of the records (rounded to whole records).
 */
export function latestCounts(f: MeasureFigures): LatestCounts | null {
  const latest = f.latest;
  if (latest && latest.numerator !== null && latest.denominator !== null) {
    return { numerator: latest.numerator, denominator: latest.denominator };
  }
  const r = f.records;
  if (!r) return null;
  const s = recordShare(r);
  if (latest && !near(s, latest.value)) return null;
  const n = share(s, r.count);
  return n === null ? null : { numerator: n, denominator: r.count };
}

/** The same, for records whatever the latest figure is (the summary's Counts column for M04 and W02). */
export function recordCounts(r: RecordStats, f: MeasureFigures): LatestCounts | null {
  const latest = f.latest;
  const s = recordShare(r);
  if (latest && latest.numerator !== null && latest.denominator !== null && near(s, latest.value)) {
    return { numerator: latest.numerator, denominator: latest.denominator };
  }
  const n = share(s, r.count);
  return n === null ? null : { numerator: n, denominator: r.count };
}
