/**
 * The year's evidence, for the Panel's annual report: the evidence notes recorded under each line of
 * enquiry in the 12 months to the as-at date, with their dates, and a count per line of enquiry. Notes
 * with no date are kept (listed after the dated ones and counted apart): nothing recorded is dropped
 * silently. Notes dated outside the year are counted, not listed.
 */
import type { EvidenceNote, Kloe } from '../framework/types';
import type { KloeSection } from './types';

export interface KloeEvidence {
  readonly kloe: Kloe;
  /** Dated notes in the year, oldest first, then the undated ones in the order recorded. */
  readonly notes: readonly EvidenceNote[];
}

export interface YearEvidence {
  /** First and last day of the year (ISO). */
  readonly from: string;
  readonly to: string;
  /** Every line of enquiry, in framework order, with its notes (none for some). */
  readonly kloes: readonly KloeEvidence[];
  /** Notes listed (dated in the year, and undated). */
  readonly total: number;
  readonly undated: number;
  /** Notes dated before the year or after the as-at date: not listed. */
  readonly outside: number;
}

/** The day after the same date a year earlier: the first day of the 12 months to `asAt`. */
export function yearStart(asAt: string): string {
  const y = Number(asAt.slice(0, 4));
  const m = Number(asAt.slice(5, 7));
  const d = Number(asAt.slice(8, 10));
  // A year before 29 February is 28 February.
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  const t = Date.UTC(y - 1, m - 1, Math.min(d, lastDay)) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The evidence of the 12 months to the as-at date, by line of enquiry. */
export function yearEvidence(sections: readonly KloeSection[], asAt: string): YearEvidence {
  const to = asAt.slice(0, 10);
  const from = yearStart(to);
  let total = 0;
  let undated = 0;
  let outside = 0;
  const seen = new Set<string>();
  const kloes: KloeEvidence[] = [];
  for (const s of sections) {
    if (seen.has(s.kloe.id)) continue;
    seen.add(s.kloe.id);
    const dated: EvidenceNote[] = [];
    const none: EvidenceNote[] = [];
    for (const note of s.evidence) {
      if (!note.date) none.push(note);
      else if (note.date >= from && note.date <= to) dated.push(note);
      else outside++;
    }
    dated.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
    total += dated.length + none.length;
    undated += none.length;
    kloes.push({ kloe: s.kloe, notes: [...dated, ...none] });
  }
  return { from, to, kloes, total, undated, outside };
}
