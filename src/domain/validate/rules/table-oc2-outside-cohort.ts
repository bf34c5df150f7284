import { cellRef } from '../../grid';
import { episodeIndex } from '../../tables/episodes';
import { collectionYear } from '../../tables/years';
import { showDay } from '../../tables/dates';
import type { Finding, Rule } from '../types';
import { finding } from '../helpers';
import { examples, readTables, tableName } from '../tables';
import { ROW_OK } from '../../tables/types';
import type { EpisodeIndex } from '../../tables/episodes';

/**
 * Warning: the OC2 table is for children looked after continuously for 12 months at the as-at date. A child
 * whose episodes (short breaks left out) do not cover every day of the year to the as-at date is outside that
 * cohort. The row stays in the figures; checked only when an episodes table is tagged.
 */
export const tableOc2OutsideCohort: Rule = {
  id: 'table-oc2-outside-cohort',
  severity: 'warning',
  description: 'an OC2 row is for a child not looked after continuously for 12 months at the as-at date',
  run(ctx) {
    const tables = readTables(ctx);
    const episodes = tables.filter((s) => s.table.source === 'episodes');
    if (episodes.length === 0) return [];
    const indexes = episodes.map((s) => episodeIndex(s.table));
    const year = collectionYear(ctx.asAt);
    const out: Finding[] = [];
    for (const s of tables) {
      if (s.table.source !== 'oc2') continue;
      const outside: { child: string; row: number }[] = [];
      for (let i = 0; i < s.table.length; i++) {
        if (s.table.status[i] !== ROW_OK) continue;
        const child = s.table.child[i];
        if (!indexes.some((index) => coversYear(index, child, year.first, year.last))) {
          outside.push({ child, row: s.table.rows[i] });
        }
      }
      if (outside.length === 0) continue;
      const col = s.table.columns.get('CHILD') ?? s.table.left;
      out.push(
        finding(tableOc2OutsideCohort, ctx, {
          tagId: s.tag.id,
          cell: cellRef(s.table.sheet, outside[0].row, col),
          text:
            `${outside.length.toLocaleString('en-GB')} ${outside.length === 1 ? 'row' : 'rows'} of ${tableName(s)} ` +
            `${outside.length === 1 ? 'is for a child' : 'are for children'} not looked after continuously from ` +
            `${showDay(year.first)} to ${showDay(year.last)} in ${episodes.map(tableName).join(' or ')}: ` +
            `${examples(outside, (o) => `${o.child} (row ${o.row})`)}. The rows are kept in the figures; check the OC2 cohort.`,
          panelText:
            `${outside.length.toLocaleString('en-GB')} ${outside.length === 1 ? 'row' : 'rows'} of ${tableName(s)} ` +
            `${outside.length === 1 ? 'is for a child' : 'are for children'} not looked after continuously from ` +
            `${showDay(year.first)} to ${showDay(year.last)}; the rows are kept in the figures.`,
        }),
      );
    }
    return out;
  },
};

/** Is the child looked after on every day from `first` to `last` (episodes end the day before DEC)? */
function coversYear(index: EpisodeIndex, child: string, first: number, last: number): boolean {
  const list = index.byChild.get(child);
  if (!list) return false;
  let cursor = first;
  for (const i of list) {
    if (index.decom[i] > cursor) return false;
    const end = index.dec[i];
    const until = end === end ? end : Infinity;
    if (until > cursor) cursor = until;
    if (cursor > last) return true;
  }
  return cursor > last;
}
