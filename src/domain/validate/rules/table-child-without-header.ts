import { cellRef } from '../../grid';
import type { Finding, Rule } from '../types';
import { finding } from '../helpers';
import { examples, readTables, tableName } from '../tables';
import { ROW_OK } from '../../tables/types';

/** Warning: every child in the episodes table should have a row in the header table (when one is tagged). */
export const tableChildWithoutHeader: Rule = {
  id: 'table-child-without-header',
  severity: 'warning',
  description: 'a child in the episodes table has no row in the header table',
  run(ctx) {
    const tables = readTables(ctx);
    const headers = tables.filter((s) => s.table.source === 'header');
    if (headers.length === 0) return [];
    const known = new Set<string>();
    for (const h of headers)
      for (let i = 0; i < h.table.length; i++) if (h.table.child[i]) known.add(h.table.child[i]);
    const out: Finding[] = [];
    for (const s of tables) {
      if (s.table.source !== 'episodes') continue;
      const missing = new Map<string, number>();
      for (let i = 0; i < s.table.length; i++) {
        const child = s.table.child[i];
        if (s.table.status[i] !== ROW_OK || known.has(child) || missing.has(child)) continue;
        missing.set(child, s.table.rows[i]);
      }
      if (missing.size === 0) continue;
      const list = [...missing];
      const col = s.table.columns.get('CHILD') ?? s.table.left;
      const said =
        `${list.length.toLocaleString('en-GB')} ${list.length === 1 ? 'child' : 'children'} in ${tableName(s)} ` +
        `${list.length === 1 ? 'has' : 'have'} no row in ${headers.map(tableName).join(' or ')}: ` +
        `${examples(list, ([child, row]) => `${child} (row ${row})`)}. Their episodes are still counted`;
      out.push(
        finding(tableChildWithoutHeader, ctx, {
          tagId: s.tag.id,
          cell: cellRef(s.table.sheet, list[0][1], col),
          text: `${said}; add them to the header table.`,
          panelText: `${said}.`,
        }),
      );
    }
    return out;
  },
};
