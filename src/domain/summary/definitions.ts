/**
 * A measure's definition as the definitions page prints it: what is counted, out of what, over what period
 * (the catalogue's words, or the officer's for a measure the Panel added), where the figures come from and
 * how the measure is judged.
 */
import type { Measure } from '../framework/types';
import { formatValue, polarityWords, unitWords } from './format';
import { publishedYearWords } from './periodWords';

export const NO_DEFINITION_GIVEN = 'No definition was given when this measure was added.';

function sentenceCase(s: string): string {
  const t = s.trim();
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/**
 * The definition: the catalogue's (or the officer's) text; a measure the Panel added also shows what its
 * officer said is counted and out of what, or says that no definition was given.
 */
export function definitionText(m: Measure): string {
  const parts: string[] = [];
  const definition = m.definition?.trim();
  if (definition) parts.push(sentenceCase(definition));
  if (m.custom || !definition) {
    if (m.numerator?.trim()) parts.push(`Counted: ${m.numerator.trim()}.`);
    if (m.denominator?.trim()) parts.push(`Out of: ${m.denominator.trim()}.`);
  }
  if (parts.length === 0) parts.push(m.custom ? NO_DEFINITION_GIVEN : 'No definition recorded.');
  if (m.custom) parts.push('A measure the Panel added.');
  return parts.join(' ');
}

/** Where the figures come from. */
export function sourceText(m: Measure): string {
  if (m.dataSource?.trim()) return m.dataSource.trim();
  if (m.custom) return 'The council’s own records';
  return m.source === 'national' ? 'A national collection' : 'The council’s own records';
}

/** The unit, which way is better, and England's published figure with its year. */
export function judgedText(m: Measure): string {
  const parts = [`${unitWords(m.unit)}.`, `${polarityWords(m.polarity)}.`];
  if (m.england && m.unit !== 'count') {
    const y = publishedYearWords(m.england.year);
    parts.push(`England: ${formatValue(m.england.value, m.unit)} ${y.preposition} ${y.text}.`);
  }
  return parts.join(' ');
}
