import { cellRef } from '../../grid';
import { showDay } from '../../tables/dates';
import { episodeIndex } from '../../tables/episodes';
import type { Finding, Rule } from '../types';
import { finding } from '../helpers';
import { examples, readTables, tableName } from '../tables';

/**
 * Warning: a child with two episodes open at once (the earlier one should have ceased). The figures take the
 * child's episode with the latest DECOM on any day (further down the table on equal DECOM); the rows stay in.
 */
export const tableOverlappingEpisodes: Rule = {
  id: 'table-overlapping-episodes',
  severity: 'warning',
  description: 'a child has episodes that overlap in the episodes table',
  run(ctx) {
    const out: Finding[] = [];
    for (const s of readTables(ctx)) {
      if (s.table.source !== 'episodes') continue;
      const index = episodeIndex(s.table);
      const found: { child: string; earlier: number; later: number }[] = [];
      for (const [child, episodes] of index.byChild) {
        let open = -1;
        let openUntil = -Infinity;
        for (const i of episodes) {
          if (open >= 0 && index.decom[i] < openUntil) {
            found.push({ child, earlier: open, later: i });
          }
          const end = index.dec[i];
          const until = end === end ? end : Infinity;
          if (until > openUntil) {
            openUntil = until;
            open = i;
          }
        }
      }
      if (found.length === 0) continue;
      const rowOf = (i: number) => s.table.rows[i];
      const childCol = s.table.columns.get('CHILD') ?? s.table.left;
      const first = found[0];
      const children = new Set(found.map((f) => f.child)).size;
      out.push(
        finding(tableOverlappingEpisodes, ctx, {
          tagId: s.tag.id,
          cell: cellRef(s.table.sheet, rowOf(first.later), childCol),
          text:
            `${children.toLocaleString('en-GB')} ${children === 1 ? 'child has' : 'children have'} episodes that overlap in ${tableName(s)}: ` +
            `${examples(found, (f) => `${f.child} (rows ${rowOf(f.earlier)} and ${rowOf(f.later)}: the second began ${showDay(index.decom[f.later])}, before the first ceased)`)}. ` +
            `On any day the episode that began last is counted; the earlier one should have a DEC.`,
          panelText:
            `${children.toLocaleString('en-GB')} ${children === 1 ? 'child has' : 'children have'} episodes that overlap in ${tableName(s)}; ` +
            `on any day the episode that began last is counted.`,
        }),
      );
    }
    return out;
  },
};
