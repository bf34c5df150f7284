/**
 * Benchmarks in words, for the summary sheet and the pane alike: a comparator with the period its figure is
 * for when that is not our latest period ('8.1% for 2023/24'), a neighbours' figure worked out from peers
 * ('8.4%, mean of 8'), our rank ('7th of 11 (3rd quartile)') and the comparators the officer named.
 */
import type { ComparatorFigure, MeasureFigures, Rank } from '../calc/types';
import type { Unit } from '../framework/types';
import { formatChange, formatValue } from './format';

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** '7th of 11 (3rd quartile)'; null without a rank. */
export function rankText(rank: Rank | null | undefined): string | null {
  return rank ? `${ordinal(rank.position)} of ${rank.of} (${ordinal(rank.quartile)} quartile)` : null;
}

/**
 * What qualifies a comparator's figure: ', mean of 8' when worked out from peers, ' for 2023/24' when it is
 * for another period than our latest ('' when neither).
 */
export function comparatorQualifier(c: ComparatorFigure, latestPeriod: string | null | undefined): string {
  const from = c.from !== undefined ? `, mean of ${c.from}` : '';
  const period =
    c.period !== undefined && c.period !== latestPeriod ? ` for ${c.periodLabel ?? c.period}` : '';
  return `${from}${period}`;
}

/** '8.1% for 2023/24 (-0.2 pp, similar)': the figure, what qualifies it, our gap to it and the verdict. */
export function comparatorCellText(
  c: ComparatorFigure | null | undefined,
  unit: Unit,
  latestPeriod: string | null | undefined,
): string | null {
  if (!c) return null;
  const value = `${formatValue(c.value, unit)}${comparatorQualifier(c, latestPeriod)}`;
  if (c.gap === null || !Number.isFinite(c.gap)) return value;
  const gap = formatChange(c.gap, unit);
  return c.versus ? `${value} (${gap}, ${c.versus})` : `${value} (${gap})`;
}

/** Our rank and the named comparators, one per line: the summary's 'Rank and other comparators' cell. */
export function rankAndNamedText(f: MeasureFigures, unit: Unit): string | null {
  const lines: string[] = [];
  const rank = rankText(f.rank);
  if (rank) lines.push(rank);
  for (const n of f.comparators.named ?? []) {
    lines.push(`${n.name}: ${comparatorCellText(n, unit, f.latest?.period)}`);
  }
  return lines.length ? lines.join('\n') : null;
}
