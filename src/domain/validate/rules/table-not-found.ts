import { cellRef, columnLetter, quoteSheetName } from '../../grid';
import type { TableSeries } from '../../series/types';
import { SOURCES } from '../../tables/sources';
import type { Finding, Rule } from '../types';
import { finding, tagCell } from '../helpers';

/** Error: a tagged table that cannot be found gives none of its measures until it is tagged again. */
export const tableNotFound: Rule = {
  id: 'table-not-found',
  severity: 'error',
  description: 'a tagged child-level table cannot be found (its sheet is gone, or its header is)',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.series) {
      if (s.kind !== 'table') continue;
      const name = SOURCES[s.tag.details.table.source].name;
      let text: string | null = null;
      // The Panel's wording: what is missing, without the officers' instructions.
      let panelText: string | null = null;
      if (s.state.status === 'sheetGone') {
        panelText = `The sheet '${s.tag.sheet}' holding ${name} is no longer in the workbook, so its measures cannot be worked out.`;
        text = `The sheet '${s.tag.sheet}' holding ${name} is no longer in the workbook (renamed or deleted?), so its measures cannot be worked out. Restore the sheet or tag the table again.`;
      } else if (s.state.status === 'rowGone') {
        panelText = `${capitalise(s.state.message)}. Its measures cannot be worked out.`;
        text = `${capitalise(s.state.message)}. Its measures cannot be worked out until the columns are back or the table is tagged again.`;
      } else if (s.state.status === 'ambiguous') {
        panelText = `The header of ${name} is now on rows ${s.state.rows.join(', ')} of ${quoteSheetName(s.tag.sheet)}, so it is not known which table to read.`;
        text = `The header of ${name} is now on rows ${s.state.rows.join(', ')} of ${quoteSheetName(s.tag.sheet)}, so the tag cannot tell which table to read. Tag the right one again.`;
      }
      if (text)
        out.push(
          finding(tableNotFound, ctx, {
            tagId: s.tag.id,
            cell: tagCell(s.tag),
            text,
            ...(panelText ? { panelText } : {}),
          }),
        );
    }
    return out;
  },
};

/** Info: the table moved (rows or columns inserted) and was found again by its header. */
export const tableMoved: Rule = {
  id: 'table-moved',
  severity: 'info',
  description: 'a tagged child-level table has moved and was found again by its header',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.series) {
      if (s.kind !== 'table' || s.state.status !== 'moved') continue;
      out.push(
        finding(tableMoved, ctx, {
          tagId: s.tag.id,
          cell: cellRef(s.tag.sheet, s.state.row, s.state.column ?? tagCell(s.tag).col),
          text: `${capitalise(movedText(s))}; the tag follows it.`,
        }),
      );
    }
    return out;
  },
};

function movedText(s: TableSeries): string {
  const name = `${SOURCES[s.tag.details.table.source].name} on ${quoteSheetName(s.tag.sheet)}`;
  if (s.state.status !== 'moved') return name;
  const parts: string[] = [];
  if (s.state.row !== s.state.from)
    parts.push(`its header is now on row ${s.state.row} (was row ${s.state.from})`);
  if (
    s.state.column !== undefined &&
    s.state.fromColumn !== undefined &&
    s.state.column !== s.state.fromColumn
  ) {
    parts.push(
      `its CHILD column is now ${columnLetter(s.state.column)} (was ${columnLetter(s.state.fromColumn)})`,
    );
  }
  return `${name} has moved: ${parts.join(' and ')}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
