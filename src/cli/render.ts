/** Plain-text output of the CLI: short aligned lines, one item each. */
import type { Framework } from '../domain/framework/types';
import type { BrokenTagRow, Tag, TagState } from '../domain/tags/types';
import type { Finding } from '../domain/validate/types';
import { columnLetter, quoteSheetName } from '../domain/grid';
import { SOURCES } from '../domain/tables/sources';
import type { TableSource } from '../domain/tables/types';

export function renderMeasures(framework: Framework): string {
  const lines: string[] = [];
  for (const k of framework.kloes) {
    lines.push(`${k.id} ${k.title}`);
    for (const m of framework.measures.filter((x) => x.kloes[0] === k.id)) {
      lines.push(
        `  ${m.id.padEnd(6)} ${m.name} [${m.unit}, ${m.polarity}, ${m.frequency}${m.custom ? ', custom' : ''}]`,
      );
    }
  }
  return lines.join('\n');
}

function stateText(state: TagState | null): string {
  if (!state) return 'unknown';
  switch (state.status) {
    case 'ok':
      return 'ok';
    case 'moved':
      return `moved from row ${state.from} to ${state.row}`;
    case 'labelChanged':
      return `label changed to '${state.label}'`;
    case 'ambiguous':
      return `ambiguous: rows ${state.rows.join(', ')}`;
    case 'rowGone':
      return `row gone: ${state.message}`;
    case 'sheetGone':
      return 'sheet gone';
  }
}

export function renderTags(
  items: readonly (Tag & { state: TagState | null })[],
  broken: readonly BrokenTagRow[],
): string {
  const lines = items.map((t) => {
    if (t.kind === 'table') {
      const d = t.details.table;
      const where = d.range ?? `used range from row ${d.headerRow}`;
      return `${t.id}  table ${d.source.padEnd(11)} ${quoteSheetName(t.sheet)} ${where}  '${t.label}'  ${stateText(t.state)}`;
    }
    const where =
      t.kind === 'row'
        ? t.lastRow
          ? `rows ${t.row}-${t.lastRow}`
          : `row ${t.row}`
        : `${columnLetter(t.column)}${t.firstRow}:${columnLetter(t.column)}${t.lastRow}`;
    return `${t.id}  ${t.measureId.padEnd(5)} ${t.role.padEnd(11)} ${quoteSheetName(t.sheet)} ${where}  '${t.label}'${detailsText(t)}  ${stateText(t.state)}`;
  });
  for (const b of broken) lines.push(`broken tag sheet row ${b.sheetRow}: ${b.message}`);
  if (lines.length === 0) lines.push('no tags');
  return lines.join('\n');
}

/** A tag's name and long-table filters, as the officer gave them: " 'All children' where la_name=Anyshire". */
function detailsText(t: Tag): string {
  const d = t.details;
  if (!d) return '';
  const parts: string[] = [];
  if (d.name) parts.push(`'${d.name}'`);
  if (d.periodColumn) parts.push(`periods in ${d.periodColumn.header || d.periodColumn.column}`);
  for (const f of d.where ?? []) parts.push(`${f.header || f.column}=${f.values.join('|')}`);
  if (d.by) parts.push(`by ${d.by.header || d.by.column}`);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

export function renderFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  const counts = { error: 0, warning: 0, info: 0 };
  const lines = findings.map((f) => {
    counts[f.severity]++;
    const where = f.cell ? `${quoteSheetName(f.cell.sheet)}!${f.cell.address}` : '-';
    return `${f.severity.padEnd(7)} ${(f.measureId ?? f.kloeId ?? '').padEnd(5)} ${where.padEnd(22)} ${f.message}`;
  });
  lines.push(`${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`);
  return lines.join('\n');
}

export function renderSuggestions(
  items: readonly {
    sheet: string;
    row: number;
    label: string;
    role?: string;
    suggestions: readonly { measureId: string; score: number }[];
    /** The row above proposed for the same measure and role (a repeated block), if any. */
    repeatOf?: number;
  }[],
): string {
  if (items.length === 0) return 'no rows to suggest';
  return items
    .map(
      (s) =>
        `${quoteSheetName(s.sheet)} row ${s.row}  '${s.label}'${s.role && s.role !== 'value' ? ` as ${s.role}` : ''}  ${s.suggestions
          .slice(0, 3)
          .map((x) => `${x.measureId} ${x.score.toFixed(2)}`)
          .join(', ')}${s.repeatOf !== undefined ? `  (repeats row ${s.repeatOf})` : ''}`,
    )
    .join('\n');
}

/** A word for a POSIX shell: as it is when safe, else in single quotes. */
function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Sheets holding a 903 table by its headers, each with the command that tags it. */
export function renderTableSuggestions(
  file: string,
  tables: readonly { sheet: string; source: TableSource; headerRow: number; range?: string }[],
): string {
  return tables
    .map(
      (t) =>
        `${quoteSheetName(t.sheet)}  ${SOURCES[t.source].name} (header on row ${t.headerRow}): pmf tag ` +
        `${shellWord(file)} --sheet ${shellWord(t.sheet)} --table${t.range ? ` ${t.range}` : ''} --source ${t.source}`,
    )
    .join('\n');
}
