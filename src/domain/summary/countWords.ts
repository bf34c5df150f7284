/**
 * What a figure's counts count, in words: '79 of 85' for a percentage, '84 incidents / 23 children' for
 * missing incidents per child, '£1,408 / £505' for a ratio of two costs. A ratio's parts are not a share of
 * one another, so they are never joined with 'of'.
 */
import type { RecordStats } from '../calc/types';
import type { Measure, Unit } from '../framework/types';
import { formatCount, formatValue } from './format';

/** The nouns of a ratio's numerator and denominator, by measure. */
const RATIO_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  M03: ['incidents', 'children'],
  W01: ['cases', 'social workers'],
};

/** The units of a ratio worked out from two other measures (F03 = F02 / F01: two weekly costs). */
const RATIO_INPUT_UNITS: Readonly<Record<string, Unit>> = { F03: 'currency' };

function part(n: number, unit: Unit | undefined, noun: string | undefined): string {
  if (unit === 'currency') return formatValue(n, 'currency');
  return noun ? `${formatCount(n)} ${noun}` : formatCount(n);
}

/** The counts behind a figure: '79 of 85', '84 incidents / 23 children', '£1,408 / £505'. */
export function countWords(
  measure: Pick<Measure, 'id' | 'unit'>,
  numerator: number,
  denominator: number,
): string {
  if (measure.unit === 'percent' || measure.unit === 'rate10k') {
    return `${formatCount(numerator)} of ${formatCount(denominator)}`;
  }
  const nouns = RATIO_NOUNS[measure.id];
  const unit = RATIO_INPUT_UNITS[measure.id] ?? (measure.unit === 'currency' ? 'currency' : undefined);
  return `${part(numerator, unit, nouns?.[0])} / ${part(denominator, unit, nouns?.[1])}`;
}

/**
 * Who a list of child- or worker-level records counts (one per row) and what their values count: children and
 * missing incidents, social workers and cases; plain 'records' (and no noun for the values) otherwise.
 */
export function recordNouns(
  measure: Pick<Measure, 'id' | 'kloes'>,
  stats: Pick<RecordStats, 'threshold'>,
): {
  readonly who: string;
  readonly one: string;
  readonly what: string;
} {
  if (/^M0[1-5]$/.test(measure.id)) return { who: 'children', one: 'child', what: 'incidents' };
  if (/^W0\d$/.test(measure.id) || measure.kloes[0] === 'K09' || stats.threshold !== undefined) {
    return { who: 'social workers', one: 'worker', what: 'cases' };
  }
  return { who: 'records', one: 'record', what: '' };
}
