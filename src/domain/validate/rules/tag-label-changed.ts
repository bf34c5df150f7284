import type { Finding, Rule } from '../types';
import { finding, rowAt, tagCell } from '../helpers';

/** Warning: the row is still read, but someone should confirm it still holds this measure. */
export const tagLabelChanged: Rule = {
  id: 'tag-label-changed',
  severity: 'warning',
  description: "a tagged row's label text is not what it was when tagged",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.series) {
      if (s.state.status !== 'labelChanged' || s.kind === 'table') continue;
      out.push(
        finding(tagLabelChanged, ctx, {
          measureId: s.tag.measureId,
          tagId: s.tag.id,
          cell: tagCell(s.tag, s.state.row),
          text: `the label of ${rowAt(s.tag.sheet, s.state.row)} now reads '${s.state.label}'; it was '${s.tag.label}' when tagged. Check the row still holds this measure.`,
          panelText: `the label of ${rowAt(s.tag.sheet, s.state.row)} now reads '${s.state.label}' (it was '${s.tag.label}'); it has not been confirmed that the row still holds this measure.`,
        }),
      );
    }
    return out;
  },
};
