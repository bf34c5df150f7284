import { cellRef, columnLetter } from '../../grid';
import type { Finding, Rule } from '../types';
import { finding, rowAt, tagCell } from '../helpers';

/** Info: the tag found its row again by its label; nothing is wrong, the officer may like to know. */
export const tagRowMoved: Rule = {
  id: 'tag-row-moved',
  severity: 'info',
  description: 'a tagged row has moved (rows inserted or deleted above it) and was found again by its label',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.series) {
      if (s.state.status !== 'moved' || s.kind === 'table') continue;
      if (s.tag.kind === 'column') {
        const col = s.state.column ?? s.tag.column;
        const from = s.state.fromColumn ?? s.tag.column;
        const where =
          col !== from
            ? `from column ${columnLetter(from)} to column ${columnLetter(col)}`
            : `from row ${s.state.from} to row ${s.state.row}`;
        out.push(
          finding(tagRowMoved, ctx, {
            measureId: s.tag.measureId,
            tagId: s.tag.id,
            cell: cellRef(s.tag.sheet, s.state.row, col),
            text: `the column '${s.tag.label}' on '${s.tag.sheet}' has moved ${where}; the tag follows it.`,
          }),
        );
        continue;
      }
      out.push(
        finding(tagRowMoved, ctx, {
          measureId: s.tag.measureId,
          tagId: s.tag.id,
          cell: tagCell(s.tag, s.state.row),
          text: `the row '${s.tag.label}' has moved from row ${s.state.from} to ${rowAt(s.tag.sheet, s.state.row)}; the tag follows it.`,
        }),
      );
    }
    return out;
  },
};
