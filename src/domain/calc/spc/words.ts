/**
 * SPC in words, shared by the pane, the summary sheet and the checks: what the two icons say (variation of
 * the latest point, assurance of the target), why the latest point is a special cause ("seven months above
 * the usual level"), and how far short a history is of the points SPC needs.
 */
import type { PeriodKind } from '../../periods/types';
import { periodFromKey } from '../periodKeys';
import type { SpcAssurance, SpcFigures, SpcRule, SpcVariation } from '../types';
import { SPC_FIRM_POINTS, SPC_MIN_POINTS, withChart } from './measure';

/** The variation icon's heading. */
export const VARIATION_HEADING: Readonly<Record<SpcVariation, string>> = {
  commonCause: 'Common cause',
  improvement: 'Special cause: improvement',
  concern: 'Special cause: concern',
  neutralHigh: 'Special cause: unusually high',
  neutralLow: 'Special cause: unusually low',
};

/** What each variation means, in one phrase (legends, tooltips). */
export const VARIATION_MEANING: Readonly<Record<SpcVariation, string>> = {
  commonCause: 'only the ups and downs the figure always has: no sign of a real change',
  improvement: 'a change beyond the usual ups and downs, for the better',
  concern: 'a change beyond the usual ups and downs, for the worse',
  neutralHigh: 'a change beyond the usual ups and downs, upwards (neither better nor worse)',
  neutralLow: 'a change beyond the usual ups and downs, downwards (neither better nor worse)',
};

/** The assurance icon's heading. */
export const ASSURANCE_HEADING: Readonly<Record<SpcAssurance, string>> = {
  pass: 'Target reliably met',
  fail: 'Target reliably missed',
  hitAndMiss: 'Target hit and miss',
};

/** What each assurance means, in one phrase. */
export const ASSURANCE_MEANING: Readonly<Record<SpcAssurance, string>> = {
  pass: 'the whole usual range is on the right side of the target, so it will be met unless something changes',
  fail: 'the whole usual range is on the wrong side of the target, so it will be missed until the way the work is done changes',
  hitAndMiss:
    'the target lies within the usual range, so ordinary ups and downs will meet it in some periods and miss it in others',
};

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** 'seven' for 7 (up to twelve), digits beyond. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n);
}

function nounFor(kind: PeriodKind | undefined, n: number): string {
  const one = kind === 'month' ? 'month' : kind === 'quarter' ? 'quarter' : kind ? 'year' : 'period';
  return n === 1 ? one : `${one}s`;
}

/** The side of the mean of the latest point: +1 above, -1 below; on the mean, the way it last moved. */
export function latestSide(figures: SpcFigures): number {
  const spc = withChart(figures);
  if (!spc) return 0;
  const pts = spc.chartPoints();
  const last = pts[pts.length - 1];
  if (last.value > spc.mean) return 1;
  if (last.value < spc.mean) return -1;
  const before = pts[pts.length - 2];
  return before ? Math.sign(last.value - before.value) : 0;
}

/** One reason the latest point is a special cause, with what the words need. */
export interface SpcSignal {
  readonly rule: SpcRule;
  /** +1 high (above the mean, rising), -1 low. */
  readonly side: number;
  /** Points it covers: the run or trend ending at the latest point; of the last three, those near the limit. */
  readonly count: number;
  /** The period kind of the points ('month'), for the words. */
  readonly kind: PeriodKind | undefined;
}

/** Why the latest point is a special cause, in rule order; [] when it is common cause. */
export function latestSignals(figures: SpcFigures): SpcSignal[] {
  const spc = withChart(figures);
  if (!spc) return [];
  const pts = spc.chartPoints();
  const n = pts.length;
  if (n === 0) return [];
  const last = pts[n - 1];
  if (last.rules.length === 0) return [];
  const side = latestSide(figures);
  const kind = periodFromKey(last.period)?.kind;
  return last.rules.map((rule): SpcSignal => {
    switch (rule) {
      case 'outsideLimits':
        return { rule, side, count: 1, kind };
      case 'shift': {
        let k = 0;
        for (let i = n - 1; i >= 0; i--) {
          const p = pts[i];
          if (!p.rules.includes('shift') || Math.sign(p.value - spc.mean) !== side) break;
          k++;
        }
        return { rule, side, count: k, kind };
      }
      case 'trend': {
        const dir = Math.sign(last.value - (pts[n - 2]?.value ?? last.value));
        let k = 1;
        for (let i = n - 1; i > 0 && Math.sign(pts[i].value - pts[i - 1].value) === dir; i--) k++;
        return { rule, side: dir, count: k, kind };
      }
      case 'twoOfThree': {
        const line = side > 0 ? spc.upperTwoSigma : spc.lowerTwoSigma;
        const near = pts.slice(-3).filter((p) => (side > 0 ? p.value > line : p.value < line)).length;
        return { rule, side, count: near, kind };
      }
    }
  });
}

/** A signal in words: 'seven months above the usual level'. */
export function signalText(signal: SpcSignal): string {
  const { side, count, kind } = signal;
  switch (signal.rule) {
    case 'outsideLimits':
      return side > 0 ? 'above the upper process limit' : 'below the lower process limit';
    case 'shift':
      return `${numberWord(count)} ${nounFor(kind, count)} ${side > 0 ? 'above' : 'below'} the usual level`;
    case 'trend':
      return `${numberWord(count)} ${nounFor(kind, count)} each ${side > 0 ? 'higher' : 'lower'} than the one before`;
    case 'twoOfThree': {
      const limit = `close to the ${side > 0 ? 'upper' : 'lower'} process limit`;
      const nouns = nounFor(kind, 3);
      return count >= 3
        ? `the last three ${nouns} all ${limit}`
        : `${numberWord(count)} of the last three ${nouns} ${limit}`;
    }
  }
}

/** A signal in a few words, for a narrow cell: '7 months above usual'. */
export function signalShortText(signal: SpcSignal): string {
  const { side, count, kind } = signal;
  switch (signal.rule) {
    case 'outsideLimits':
      return side > 0 ? 'above the upper limit' : 'below the lower limit';
    case 'shift':
      return `${count} ${nounFor(kind, count)} ${side > 0 ? 'above' : 'below'} usual`;
    case 'trend':
      return `${count} ${nounFor(kind, count)} ${side > 0 ? 'rising' : 'falling'}`;
    case 'twoOfThree':
      return `near the ${side > 0 ? 'upper' : 'lower'} limit`;
  }
}

/**
 * Why the latest point is a special cause, in words ('seven months above the usual level'); several reasons
 * in rule order ('a, b and c'); null when it is common cause.
 */
export function latestReason(spc: SpcFigures): string | null {
  const reasons = latestSignals(spc).map(signalText);
  if (reasons.length === 0) return null;
  return reasons.length > 1
    ? `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`
    : reasons[0];
}

/** The variation icon in words: 'Special cause: concern, seven months above the usual level'. */
export function variationText(spc: SpcFigures): string {
  if (spc.variation === 'commonCause')
    return `${VARIATION_HEADING.commonCause}: no change beyond the usual ups and downs`;
  const reason = latestReason(spc);
  return reason ? `${VARIATION_HEADING[spc.variation]}, ${reason}` : VARIATION_HEADING[spc.variation];
}

/** The assurance icon in words: 'Target reliably met'; null when there is no assurance. */
export function assuranceText(spc: SpcFigures): string | null {
  return spc.assurance ? ASSURANCE_HEADING[spc.assurance] : null;
}

/** 'Too few points: 9 of the 12 needed' (since the baseline, when one is set). */
export function tooFewText(points: number, baselineLabel?: string | null): string {
  const since = baselineLabel ? ` since ${baselineLabel}` : '';
  return `Too few points${since}: ${points} of the ${SPC_MIN_POINTS} needed`;
}

/** 'Provisional: 14 points; the reading firms up at 20'. */
export function provisionalText(points: number): string {
  return `Provisional: ${points} points; the reading firms up at ${SPC_FIRM_POINTS}`;
}
