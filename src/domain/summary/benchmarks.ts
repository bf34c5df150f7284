/**
 * Benchmarks in short words, for the summary's analyst columns and the pane: what qualifies a comparator's
 * figure (the period it is for when not our latest, 'mean of 8' when worked out from peers) and our rank
 * ('7th of 11 (3rd quartile)'). The member's sentence says the same in full (sentence.ts).
 */
import type { ComparatorFigure, Rank } from '../calc/types';
import { ordinal } from './periodWords';

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
