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
import type { RecordList } from '../series/readings';
import type { RecordStats } from './types';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return sortedMedian(Float64Array.from(values).sort());
}

/** Median of numbers already sorted ascending (a typed array sorts numerically, without a comparator). */
function sortedMedian(sorted: Float64Array): number | null {
  if (sorted.length === 0) return null;
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

export function recordCounts(records: RecordList, threshold?: number): RecordCounts {
  return countsOf(readable(records), threshold);
}

/** The counts from readable values sorted ascending: one pass, and the top tenth from the sorted end. */
function countsOf(sorted: Float64Array, threshold: number | undefined): RecordCounts {
  let atLeast1 = 0;
  let atLeast3 = 0;
  let above = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    if (v >= 1) atLeast1++;
    if (v >= 3) atLeast3++;
    if (threshold !== undefined && v > threshold) above++;
  }
  const n = atLeast1 === 0 ? 0 : Math.max(1, Math.ceil(atLeast1 / 10));
  // The n largest values (all >= 1 since n <= atLeast1), summed largest first as before.
  let topTenthTotal = 0;
  for (let i = sorted.length - 1; i >= sorted.length - n; i--) topTenthTotal += sorted[i];
  return { atLeast1, atLeast3, topTenthChildren: n, topTenthTotal, above };
}

/** Readable values, sorted ascending. */
function readable(records: RecordList): Float64Array {
  const values = records.numbers();
  return countingSort(values) ?? values.sort();
}

/** Whole numbers below this are sorted by counting them. */
const COUNTING_LIMIT = 4096;

/**
 * Sorts in place by counting, when every value is a whole number from 0 below COUNTING_LIMIT - as counts
 * of incidents per child or cases per worker are - in one pass instead of a comparison sort of tens of
 * thousands of records; null (values untouched) otherwise.
 */
function countingSort(values: Float64Array): Float64Array | null {
  const counts = new Uint32Array(COUNTING_LIMIT);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0 && v < COUNTING_LIMIT && Number.isInteger(v))) return null;
    counts[v]++;
  }
  let k = 0;
  for (let v = 0; v < COUNTING_LIMIT; v++) for (let c = counts[v]; c > 0; c--) values[k++] = v;
  return values;
}

export function recordStats(records: RecordList, options: RecordStatsOptions = {}): RecordStats {
  return recordStatsAndCounts(records, options).stats;
}

/** recordStats and recordCounts together, reading and sorting the records once. */
export function recordStatsAndCounts(
  records: RecordList,
  options: RecordStatsOptions = {},
): { stats: RecordStats; counts: RecordCounts } {
  const values = readable(records);
  let skipped = 0;
  // Summed in the records' order, as before sorting, so the total is the same to the last bit.
  let total = 0;
  for (let i = 0; i < records.length; i++) {
    const v = records.value(i);
    if (v !== null) total += v;
    else if (records.missingReason(i) !== 'blank') skipped++;
  }
  const counts = countsOf(values, options.threshold);
  const base = {
    count: values.length,
    total,
    mean: values.length === 0 ? null : total / values.length,
    median: sortedMedian(values),
    shareAtLeast3: counts.atLeast1 === 0 ? null : (counts.atLeast3 / counts.atLeast1) * 100,
    topTenthShare: total <= 0 || counts.atLeast1 === 0 ? null : (counts.topTenthTotal / total) * 100,
  };
  if (options.threshold === undefined) return { stats: { ...base, skipped }, counts };
  return {
    stats: {
      ...base,
      threshold: options.threshold,
      shareAbove: values.length === 0 ? null : (counts.above / values.length) * 100,
      skipped,
    },
    counts,
  };
}
