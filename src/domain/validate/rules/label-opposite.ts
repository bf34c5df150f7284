import type { Finding, Rule } from '../types';
import { finding, labelCell, rowAt, seriesRow, usableRows } from '../helpers';

/**
 * Wordings that count the opposite of a measure: a row of care leavers NOT in education, employment or
 * training tagged as C02 shows the complement of what the Panel reads (and its RAG and direction run the
 * wrong way). Measure ids with the patterns that mean "the opposite".
 */
const OPPOSITES: readonly {
  readonly measures: readonly string[];
  readonly pattern: RegExp;
  readonly says: string;
}[] = [
  {
    measures: ['C02', 'C04'],
    pattern: /\bneet\b|\bnot in (?:education|employment|eet)\b/i,
    says: 'not in education, employment or training',
  },
  { measures: ['C01'], pattern: /\bnot in touch\b|\bout of touch\b|\blost contact\b/i, says: 'not in touch' },
  {
    measures: ['C03', 'C05'],
    pattern: /\bunsuitable\b|\bnot (?:in )?suitable\b/i,
    says: 'in unsuitable accommodation',
  },
  {
    measures: ['H01', 'H02', 'H03', 'E01', 'C07'],
    pattern: /\bout of date\b|\boverdue\b|\bnot up to date\b|\bnot in date\b/i,
    says: 'out of date',
  },
  {
    measures: ['Q01', 'Q02', 'H08', 'M06'],
    pattern: /\bout of timescale\b|\blate\b|\boverdue\b/i,
    says: 'late',
  },
];

/** Warning: the row's label says the opposite of the measure it is tagged to. */
export const labelOpposite: Rule = {
  id: 'label-opposite',
  severity: 'warning',
  description: "a tagged row's label counts the opposite of its measure (NEET tagged as EET)",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of usableRows(ctx)) {
      const o = OPPOSITES.find((x) => x.measures.includes(s.tag.measureId) && x.pattern.test(s.label));
      if (!o) continue;
      out.push(
        finding(labelOpposite, ctx, {
          measureId: s.tag.measureId,
          tagId: s.tag.id,
          cell: labelCell(s),
          text: `${rowAt(s.tag.sheet, seriesRow(s))} is labelled '${s.label}', which counts those ${o.says}: the opposite of this measure. Tag the row that counts the measure itself, or the Panel sees the complement with its RAG and direction reversed.`,
          panelText: `the row read, '${s.label}' (${rowAt(s.tag.sheet, seriesRow(s))}), counts those ${o.says}: the opposite of this measure, so its RAG rating and direction of travel may be reversed.`,
        }),
      );
    }
    return out;
  },
};
