import type { Polarity } from '../../framework/types';
import type { Finding, Rule } from '../types';
import { at, finding, measureOf, usableRows } from '../helpers';

/**
 * Reads the workbook's polarity text: 'High', 'Higher is better', 'Low is good', 'Low', 'Bigger is better',
 * 'High is bad' (= lower), 'Target', 'In line', 'Contextual', 'N/A', 'Neutral'. Unrecognised text is ignored.
 */
export function readPolarity(text: string): Polarity | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (/\b(target|in line|close|closer)\b/.test(t)) return 'target';
  if (
    /\b(context|contextual|neutral|n\/?a|none|no polarity|information|info)\b/.test(t) ||
    /^[-–]$/.test(t)
  ) {
    return 'contextual';
  }
  const high =
    /\b(high|higher|highest|up|increase|increasing|more|bigger|greater|larger|max|maximise)\b|↑/.test(t);
  const low = /\b(low|lower|lowest|down|decrease|decreasing|less|fewer|smaller|min|minimise)\b|↓/.test(t);
  if (high === low) return null;
  const bad = /\b(bad|worse|poor)\b/.test(t);
  return high !== bad ? 'higher' : 'lower';
}

const WORDS: Record<Polarity, string> = {
  higher: 'higher is better',
  lower: 'lower is better',
  target: 'close to target is best',
  contextual: 'no good or bad direction (contextual)',
};

/** Warning: direction of travel and RAG follow the framework; if the workbook is right, they are wrong. */
export const polarityDisagrees: Rule = {
  id: 'polarity-disagrees',
  severity: 'warning',
  description: "the workbook's polarity column disagrees with the framework's polarity",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const m = measureOf(ctx, s.tag.measureId);
      if (!m || !s.polarityText) continue;
      const wb = readPolarity(s.polarityText.text);
      if (wb === null || wb === m.polarity) continue;
      out.push(
        finding(polarityDisagrees, ctx, {
          measureId: m.id,
          tagId: s.tag.id,
          cell: s.polarityText.cell,
          text: `the workbook says '${s.polarityText.text}' (${at(s.polarityText.cell)}), but the framework has ${WORDS[m.polarity]}. Direction of travel and RAG follow the framework; change one of them so they agree.`,
          panelText: `the sheet says '${s.polarityText.text}' (${at(s.polarityText.cell)}), but the framework has ${WORDS[m.polarity]}; the direction of travel and RAG rating follow the framework.`,
        }),
      );
    }
    return out;
  },
};
