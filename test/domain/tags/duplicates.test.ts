import type { SheetGrid } from '../../../src/domain/grid';
import { createColumnTag, createRowTag } from '../../../src/domain/tags/create';
import { duplicateFinder, duplicateTagMessage } from '../../../src/domain/tags/duplicates';
import type { ColumnTag, RowTag, TableTag, Tag } from '../../../src/domain/tags/types';
import { makeGrid, monthlySheet } from './grid-helpers';

function row(grid: SheetGrid, r: number, measureId: string, id: string, role: RowTag['role'] = 'value') {
  const made = createRowTag({ grid, row: r, measureId, role, id, created: '2025-01-01T00:00:00Z' });
  if ('error' in made) throw new Error(made.error);
  return made.tag;
}

function records(grid: SheetGrid, first: number, last: number, id: string): ColumnTag {
  const made = createColumnTag({
    grid,
    column: 'C',
    measureId: 'M02',
    firstRow: first,
    lastRow: last,
    id,
    created: '2025-01-01T00:00:00Z',
  });
  if ('error' in made) throw new Error(made.error);
  return made.tag;
}

describe('duplicate tags', () => {
  const sheet = monthlySheet();
  const grids = (g: SheetGrid) => (name: string) =>
    name.toLowerCase() === g.name.toLowerCase() ? g : undefined;

  it('finds a second tag of the same row, measure and role, and says so naming the sheet and row', () => {
    const first = row(sheet, 8, 'S01', 't-1');
    const finder = duplicateFinder([first], grids(sheet));
    const again = row(sheet, 8, 'S01', 't-2');
    expect(finder.find(again)).toBe(first);
    expect(duplicateTagMessage(again, first)).toBe(
      "'Monthly' row 8 is already tagged as S01 (its value, tag t-1); a second tag would only repeat it.",
    );
  });

  it('lets the same row be tagged to another measure or in another role', () => {
    const finder = duplicateFinder([row(sheet, 8, 'S01', 't-1')], grids(sheet));
    expect(finder.find(row(sheet, 8, 'S02', 't-2'))).toBeUndefined();
    expect(finder.find(row(sheet, 8, 'S01', 't-3', 'numerator'))).toBeUndefined();
    expect(finder.find(row(sheet, 9, 'S01', 't-4'))).toBeUndefined();
  });

  it('compares an existing tag where its row is now, after rows were inserted above it', () => {
    const first = row(sheet, 8, 'S01', 't-1');
    // Two rows inserted above the header: the tagged row is now row 10.
    const blank = ['', '', '', '', ''];
    const moved = makeGrid('Monthly', [blank, blank, ...sheet.values]);
    const finder = duplicateFinder([first], grids(moved));
    expect(finder.find(row(moved, 10, 'S01', 't-2'))).toBe(first);
    // Row 8 now holds another indicator: tagging it is no repeat.
    expect(finder.find(row(moved, 8, 'S01', 't-3'))).toBeUndefined();
  });

  it('counts tags made earlier in the same batch, and a tag on another sheet is no repeat', () => {
    const finder = duplicateFinder([], grids(sheet));
    const a = row(sheet, 5, 'D02', 't-a');
    expect(finder.find(a)).toBeUndefined();
    finder.add(a);
    expect(finder.find(row(sheet, 5, 'D02', 't-b'))).toBe(a);
    const other = monthlySheet('Quarterly');
    expect(duplicateFinder([a], grids(other)).find(row(other, 5, 'D02', 't-c'))).toBeUndefined();
  });

  it('refuses a column of records overlapping one already tagged, not one beside it', () => {
    const list = makeGrid('Missing', [
      ['Child', 'Age', 'Incidents'],
      ...Array.from({ length: 20 }, (_, i) => [`C${i + 1}`, 10 + (i % 7), i % 4]),
    ]);
    const tagged: Tag = records(list, 2, 21, 't-1');
    const finder = duplicateFinder([tagged], grids(list));
    expect(finder.find(records(list, 10, 21, 't-2'))).toBe(tagged);
    expect(duplicateTagMessage(records(list, 10, 21, 't-2'), tagged)).toMatch(
      /^'Missing' column C rows 10-21 is already tagged as M02 \(its child-level records/,
    );
  });

  it('ignores a tag whose row is gone: it points nowhere', () => {
    const first = row(sheet, 8, 'S01', 't-1');
    const emptied = makeGrid(
      'Monthly',
      sheet.values.map((r, i) => (i === 7 ? ['', '', '', '', ''] : r)),
    );
    expect(duplicateFinder([first], grids(emptied)).find({ ...first, id: 't-2' })).toBeUndefined();
  });

  it('refuses a second tag of the same kind of child-level table under the same header, not another kind', () => {
    const table = (id: string, source: 'episodes' | 'missing', headerRow: number): TableTag => ({
      id,
      kind: 'table',
      measureId: '',
      sheet: 'Episodes',
      label: `the 903 ${source} table`,
      created: '2025-01-01T00:00:00Z',
      details: { table: { source, headerRow, columns: { CHILD: 'A' } } },
    });
    const first = table('t-1', 'episodes', 3);
    const finder = duplicateFinder([first], () => undefined);
    const again = table('t-2', 'episodes', 3);
    expect(finder.find(again)).toBe(first);
    expect(duplicateTagMessage(again, first)).toBe(
      "'Episodes' is already tagged as the 903 episodes table (tag t-1); a second tag would only repeat it.",
    );
    expect(finder.find(table('t-3', 'missing', 3))).toBeUndefined();
    expect(finder.find(table('t-4', 'episodes', 40))).toBeUndefined();
  });
});
