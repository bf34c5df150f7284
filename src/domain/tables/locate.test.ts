import { handGrid } from '../../../test/fixtures/handGrid';
import { createTableTag } from './create';
import { placeTable } from './locate';
import type { TableTag } from '../tags/types';

const ROWS = [
  ['CHILD', 'MISSING', 'MIS_START'],
  ['A', 'M', '01/05/2024'],
  ['B', 'M', '02/05/2024'],
];

function tag(): TableTag {
  const made = createTableTag({
    grid: handGrid(ROWS, { name: 'Log' }),
    source: 'missing',
    id: 't',
    created: 'x',
  });
  if ('error' in made) throw new Error(made.error);
  return made.tag;
}

describe('finding a tagged table again', () => {
  it('is ok where it was tagged', () => {
    const placed = placeTable(tag(), handGrid(ROWS, { name: 'Log' }));
    expect(placed.state).toEqual({ status: 'ok', row: 1 });
    expect(placed.position?.range).toBe('A1:C3');
  });

  it('follows its header when rows are inserted above it, and its columns when one is inserted before them', () => {
    const down = placeTable(tag(), handGrid([['Missing log'], [], ...ROWS], { name: 'Log' }));
    expect(down.state).toEqual({ status: 'moved', row: 3, from: 1 });
    expect(down.position?.range).toBe('A3:C5');
    const right = placeTable(
      tag(),
      handGrid(
        ROWS.map((r) => ['', ...r]),
        { name: 'Log' },
      ),
    );
    expect(right.state).toEqual({ status: 'moved', row: 1, from: 1, column: 2, fromColumn: 1 });
    expect([...(right.position?.columns ?? [])]).toEqual([
      ['CHILD', 2],
      ['MISSING', 3],
      ['MIS_START', 4],
    ]);
  });

  it('cannot tell two headers apart, and says which columns a lost table lacks', () => {
    const twice = placeTable(tag(), handGrid([['x'], ...ROWS, [], ...ROWS], { name: 'Log' }));
    expect(twice.state).toEqual({ status: 'ambiguous', rows: [2, 6] });
    const renamed = placeTable(
      tag(),
      handGrid([['CHILD', 'Type', 'MIS_START'], ...ROWS.slice(1)], { name: 'Log' }),
    );
    expect(renamed.state).toEqual({
      status: 'rowGone',
      message:
        "the 903 missing table on 'Log' (header on row 1) is no longer found: row 1 has no column MISSING, which M01, M02, M03, M04, M05 need",
    });
    expect(placeTable(tag(), undefined).state).toEqual({ status: 'sheetGone' });
  });
});
