/**
 * The front page's content, chosen from the summary: how many measures are green, amber and red, improving
 * and worsening, and how many changed beyond ordinary variation (their control charts); the measures that most need the Panel's attention; the lines of enquiry with nothing to
 * show; the data-quality errors still open.
 *
 * A measure needs attention, most pressing first, when:
 *  1. its latest figure is a special cause of concern on its control chart (spc.variation 'concern');
 *  2. it is red against its target;
 *  3. it got worse in each of the last two periods or more (each step judged as the direction of travel
 *     is, with the same stable band);
 *  4. it is far behind England: worse by FAR_FROM_ENGLAND_POINTS percentage points or more for a
 *     percentage, or by FAR_FROM_ENGLAND_SHARE of England's figure or more for other units (counts are
 *     never compared with England).
 */
import { directionOf } from '../calc/policy';
import { latestReason } from '../calc/spc';
import type { MeasureFigures } from '../calc/types';
import type { Measure } from '../framework/types';
import type { Finding } from '../validate/types';
import { formatValue } from './format';
import { periodWords } from './periodWords';
import type {
  AttentionItem,
  AttentionReason,
  AttentionReasonCode,
  FrontPage,
  KloeSection,
  MeasureRow,
} from './types';

export const FAR_FROM_ENGLAND_POINTS = 5;
export const FAR_FROM_ENGLAND_SHARE = 0.2;
/** Periods in a row a measure must have worsened in to need attention. */
export const WORSENING_RUN = 2;

const ORDER: readonly AttentionReasonCode[] = ['concern', 'red', 'worsening', 'farFromEngland'];

/** How many of the latest period-on-period steps were all worse (gaps in the series are skipped). */
export function worseningRun(measure: Measure, f: MeasureFigures, stableBand: number): number {
  if (measure.polarity === 'contextual') return 0;
  const values = f.trend.filter((v): v is number => v !== null && Number.isFinite(v));
  let run = 0;
  for (let i = values.length - 1; i >= 1; i--) {
    const d = directionOf(measure.unit, measure.polarity, values[i], values[i - 1], stableBand, f.target);
    if (d !== 'worsening') break;
    run++;
  }
  return run;
}

/** Worse than England by a wide margin (see the header); never for counts or context-only measures. */
export function farFromEngland(measure: Measure, f: MeasureFigures): boolean {
  const e = f.comparators.england;
  if (!e || e.versus !== 'worse' || e.gap === null || measure.unit === 'count') return false;
  if (measure.unit === 'percent') return Math.abs(e.gap) >= FAR_FROM_ENGLAND_POINTS;
  return e.value !== 0 && Math.abs(e.gap) >= FAR_FROM_ENGLAND_SHARE * Math.abs(e.value);
}

function reasonsFor(row: MeasureRow, stableBand: number): AttentionReason[] {
  const { measure, figures: f } = row;
  const unit = measure.unit;
  const out: AttentionReason[] = [];
  if (f.spc?.variation === 'concern') {
    const why = latestReason(f.spc) ?? 'beyond ordinary variation';
    out.push({ code: 'concern', text: `Special cause for concern: ${why}` });
  }
  if (f.rag === 'red' && f.target !== null) {
    out.push({ code: 'red', text: `Red against the target of ${formatValue(f.target, unit)}` });
  }
  const run = worseningRun(measure, f, stableBand);
  if (run >= WORSENING_RUN) out.push({ code: 'worsening', text: `Worse in each of the last ${run} periods` });
  if (f.latest && f.comparators.england && farFromEngland(measure, f)) {
    const e = f.comparators.england;
    // England's figure is for another period than ours when its series has none for ours yet.
    const when =
      e.period && e.period !== f.latest.period ? ` in ${periodWords(e.period, null, e.periodLabel)}` : '';
    out.push({
      code: 'farFromEngland',
      text: `Far behind England: ${formatValue(f.latest.value, unit)} against ${formatValue(e.value, unit)}${when}`,
    });
  }
  return out;
}

export interface FrontPageOptions {
  /** The framework's stable band, for the direction of each step (defaults.stableBand). */
  readonly stableBand: number;
}

/** The front page's content for the summary's sections and findings. */
export function buildFrontPage(
  sections: readonly KloeSection[],
  findings: readonly Finding[],
  options: FrontPageOptions,
): FrontPage {
  const rows: MeasureRow[] = [];
  const seen = new Set<string>();
  for (const s of sections) {
    for (const r of s.rows) {
      if (seen.has(r.measure.id)) continue;
      seen.add(r.measure.id);
      rows.push(r);
    }
  }

  const rag = { green: 0, amber: 0, red: 0, none: 0 };
  const direction = { improving: 0, worsening: 0, stable: 0, none: 0 };
  const variation = { commonCause: 0, improvement: 0, concern: 0, neutralHigh: 0, neutralLow: 0, none: 0 };
  const attention: { item: AttentionItem; rank: number; index: number }[] = [];
  rows.forEach((row, index) => {
    const f = row.figures;
    rag[f.rag ?? 'none']++;
    direction[f.direction ?? 'none']++;
    variation[f.spc?.variation ?? 'none']++;
    const reasons = reasonsFor(row, options.stableBand);
    if (reasons.length > 0) {
      attention.push({ item: { row, reasons }, rank: ORDER.indexOf(reasons[0].code), index });
    }
  });
  attention.sort((a, b) => a.rank - b.rank || a.index - b.index);

  return {
    measures: rows.length,
    rag,
    direction,
    variation,
    attention: attention.map((a) => a.item),
    unevidencedKloes: sections
      .filter((s) => s.rows.length === 0 && s.evidence.length === 0)
      .map((s) => s.kloe),
    openErrors: findings.filter((f) => f.severity === 'error').length,
    openWarnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
