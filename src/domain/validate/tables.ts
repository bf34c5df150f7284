/**
 * What the checks on child-level tables share: the tables that were read, and one finding per table (and per
 * column) for the rows a check finds, naming how many there are and the first of them with their cells,
 * pointing at the first. A 10,000-row extract with 300 bad dates gives one finding a person can act on, not 300.
 */
import { cellAddress, cellRef, quoteSheetName, type CellRef } from '../grid';
import type { TableSeries } from '../series/types';
import type { ParsedTable, TableIssue, TableIssueKind } from '../tables/types';
import { SOURCES } from '../tables/sources';
import type { CheckContext, Finding, Rule } from './types';
import { finding, isUsable } from './helpers';

/** Tables found on their sheet and read. */
export function readTables(ctx: CheckContext): (TableSeries & { table: ParsedTable })[] {
  return ctx.series.filter(
    (s): s is TableSeries & { table: ParsedTable } => s.kind === 'table' && isUsable(s) && s.table !== null,
  );
}

/** "the 903 episodes table on 'Episodes'" */
export function tableName(s: TableSeries): string {
  return `${SOURCES[s.tag.details.table.source].name} on ${quoteSheetName(s.tag.sheet)}`;
}

/** How many examples a grouped finding lists. */
export const EXAMPLES = 5;

/** "'31/02/2024' (B21), 'unknown' (H40) and 12 more" */
export function examples<T>(items: readonly T[], show: (item: T) => string, max = EXAMPLES): string {
  const shown = items.slice(0, max).map(show);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more.toLocaleString('en-GB')} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export function rows(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'row' : 'rows'}`;
}

/** The issues of one kind in a table, grouped by column (in the order first found). */
export function issuesByField(table: ParsedTable, kind: TableIssueKind): Map<string, TableIssue[]> {
  const out = new Map<string, TableIssue[]>();
  for (const issue of table.issues) {
    if (issue.kind !== kind) continue;
    const key = issue.field ?? '';
    const list = out.get(key);
    if (list) list.push(issue);
    else out.set(key, [issue]);
  }
  return out;
}

/** 'B21' */
export function issueAddress(issue: { readonly row: number; readonly col: number }): string {
  return cellAddress(issue.row, issue.col);
}

export function issueCell(table: ParsedTable, issue: TableIssue): CellRef {
  return cellRef(table.sheet, issue.row, issue.col);
}

/** One finding per column for the issues of a kind: `text` says what, given the table, column and issues. */
export function findingsPerField(
  rule: Pick<Rule, 'id' | 'severity'>,
  ctx: CheckContext,
  kind: TableIssueKind,
  text: (s: TableSeries & { table: ParsedTable }, field: string, issues: readonly TableIssue[]) => string,
): Finding[] {
  const out: Finding[] = [];
  for (const s of readTables(ctx)) {
    for (const [field, issues] of issuesByField(s.table, kind)) {
      out.push(
        finding(rule, ctx, {
          tagId: s.tag.id,
          cell: issueCell(s.table, issues[0]),
          text: text(s, field, issues),
        }),
      );
    }
  }
  return out;
}
