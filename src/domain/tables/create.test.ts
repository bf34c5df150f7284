import { handGrid } from '../../../test/fixtures/handGrid';
import { createTableTag } from './create';

const base = { id: 't-1', created: '2025-04-01T09:00:00Z' };

describe('making a table tag', () => {
  it('takes the used range (its first row the header) and keeps the columns it reads', () => {
    const grid = handGrid(
      [
        ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE', 'Worker'],
        ['A', '01/01/2012', '01/05/2024', 'PN1', 'JB'],
      ],
      { name: 'Reviews', top: 2, left: 2 },
    );
    const made = createTableTag({ grid, source: 'reviews', ...base });
    expect(made).toEqual({
      tag: {
        id: 't-1',
        kind: 'table',
        measureId: '',
        sheet: 'Reviews',
        label: '903 reviews table',
        created: base.created,
        details: {
          table: {
            source: 'reviews',
            headerRow: 2,
            columns: { CHILD: 'B', REVIEW: 'D', REVIEW_CODE: 'E' },
          },
        },
      },
    });
  });

  it('refuses a table missing a column a measure needs, naming the column and the measures it blocks', () => {
    const grid = handGrid(
      [
        ['CHILD', 'DECOM', 'RNE', 'LS', 'DEC', 'REC'],
        ['A', '01/01/2024', 'S', 'C2', '', ''],
      ],
      {
        name: 'Episodes',
      },
    );
    expect(createTableTag({ grid, source: 'episodes', ...base })).toEqual({
      error:
        "Cannot tag Episodes as the 903 episodes table: row 1, the header row has no column PLACE, which P01, P03 need. Map each to the table's own header.",
    });
  });

  it('refuses a range that is not one, a map naming a column the table does not have, and a table with no rows', () => {
    const grid = handGrid([['Title'], [], ['CHILD', 'MISSING', 'MIS_START']], { name: 'Log' });
    expect(createTableTag({ grid, source: 'missing', range: 'A3', ...base })).toEqual({
      error: "Cannot tag Log as the 903 missing table: 'A3' is not a range such as A1:M4210",
    });
    expect(createTableTag({ grid, source: 'missing', map: { PLACE: 'Where' }, ...base })).toEqual({
      error:
        'Cannot tag Log as the 903 missing table: PLACE is not a column of the 903 missing table (its columns: CHILD, DOB, MISSING, MIS_START, MIS_END)',
    });
    expect(createTableTag({ grid, source: 'missing', range: 'A3:C40', ...base })).toEqual({
      error: 'Cannot tag Log as the 903 missing table: there are no rows below its header (row 3)',
    });
  });
});
