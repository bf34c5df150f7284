import { quoteSheetName } from '../../grid';
import type { Finding, Rule } from '../types';
import { finding } from '../helpers';
import { readTables, tableName } from '../tables';

/**
 * Warning: two tagged tables give the same measure for the same year (the same extract tagged twice, or two
 * extracts that overlap). The figures use the table tagged first; the other's figure for that year is not used.
 */
export const tableSameYear: Rule = {
  id: 'table-same-year',
  severity: 'warning',
  description: 'two tagged child-level tables give the same measure for the same year',
  run(ctx) {
    const out: Finding[] = [];
    const tables = readTables(ctx);
    const bySource = new Map<string, typeof tables>();
    for (const s of tables) bySource.set(s.table.source, [...(bySource.get(s.table.source) ?? []), s]);
    for (const list of bySource.values()) {
      for (let b = 1; b < list.length; b++) {
        const later = list[b];
        for (let a = 0; a < b; a++) {
          const first = list[a];
          const years = new Set(first.derived.flatMap((d) => d.points.map((p) => p.period.label)));
          const shared = [
            ...new Set(later.derived.flatMap((d) => d.points.map((p) => p.period.label))),
          ].filter((y) => years.has(y));
          if (shared.length === 0) continue;
          out.push(
            finding(tableSameYear, ctx, {
              tagId: later.tag.id,
              ...(later.from ? { cell: later.from.cell } : {}),
              text:
                `${tableName(later)} and ${tableName(first)} both give ${shared.join(', ')}. The figures use the ` +
                `first tagged (${quoteSheetName(first.tag.sheet)}); untag the other if it is the same extract.`,
              panelText:
                `${tableName(later)} and ${tableName(first)} both give ${shared.join(', ')}. The figures use the ` +
                `first (${quoteSheetName(first.tag.sheet)}).`,
            }),
          );
        }
      }
    }
    return out;
  },
};
