import { cellRef, quoteSheetName } from '../../grid';
import type { Rule } from '../types';
import { finding } from '../helpers';

/** Error: a tag that cannot be read is a measure silently missing from the summary. */
export const tagRowBroken: Rule = {
  id: 'tag-row-broken',
  severity: 'error',
  description: 'a row of the hidden tag sheet could not be read',
  run(ctx) {
    return ctx.brokenTagRows.map((b) =>
      finding(tagRowBroken, ctx, {
        cell: cellRef(ctx.tagSheetName, b.sheetRow, 1),
        text: `Row ${b.sheetRow} of the tag sheet ${quoteSheetName(ctx.tagSheetName)} could not be read (${b.message}). It is kept as it is and ignored; tag the data again or correct the row.`,
        panelText: `a record of which figures to read (row ${b.sheetRow} of the sheet ${quoteSheetName(ctx.tagSheetName)}) could not be read, so the figures it points to are left out.`,
      }),
    );
  },
};
