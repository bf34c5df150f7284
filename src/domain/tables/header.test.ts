import { handGrid } from '../../../test/fixtures/handGrid';
import { findHeaderRow, proposeMap, recogniseHeaders, resolveColumns } from './header';

describe('table headers', () => {
  it('recognises each 903 table by its columns, in any order and case, extra columns allowed', () => {
    expect(recogniseHeaders(['Notes', 'mis_start', 'CHILD', 'Missing', 'MIS END'])).toEqual({
      source: 'missing',
      found: ['CHILD', 'MISSING', 'MIS_START', 'MIS_END'],
      complete: true,
    });
    expect(recogniseHeaders(['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN'])?.source).toBe('header');
    expect(recogniseHeaders(['CHILD', 'SEX', 'DOB', 'DUC'])?.source).toBe('uasc');
    expect(recogniseHeaders(['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'])?.source).toBe('reviews');
    expect(recogniseHeaders(['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE'])).toMatchObject({
      source: 'episodes',
      complete: false,
    });
    // CHILD and DOB alone name no table.
    expect(recogniseHeaders(['CHILD', 'DOB', 'Name'])).toBeUndefined();
    expect(recogniseHeaders(['Indicator', 'Apr-24', 'May-24'])).toBeUndefined();
  });

  it('finds the header row under a title', () => {
    const grid = handGrid([
      ['Episodes extract 2024-25'],
      [],
      ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
      ['A', '01/01/2024'],
    ]);
    expect(findHeaderRow(grid, 1, 4)).toMatchObject({
      row: 3,
      recognition: { source: 'episodes', complete: true },
    });
  });

  it('resolves columns by 903 name or by the map, naming what is missing', () => {
    const grid = handGrid([['Young person ID', 'Type', 'Reported missing', 'Returned']]);
    const none = resolveColumns(grid, 'missing', 1, 1, 4);
    expect(none.missing).toEqual(['CHILD', 'MISSING', 'MIS_START']);
    const mapped = resolveColumns(grid, 'missing', 1, 1, 4, {
      CHILD: 'young person id',
      MISSING: 'Type',
      MIS_START: 'Reported Missing',
      MIS_END: 'Date found',
    });
    expect([...mapped.columns]).toEqual([
      ['CHILD', 1],
      ['MISSING', 2],
      ['MIS_START', 3],
    ]);
    expect(mapped.missing).toEqual([]);
    expect([...mapped.mapNotFound]).toEqual([['MIS_END', 'Date found']]);
  });

  it('proposes a map from the words logs use, never taking a column twice', () => {
    expect(
      proposeMap('missing', [
        { text: 'Child ID', column: 1 },
        { text: 'Start date', column: 2 },
        { text: 'End date', column: 3 },
        { text: 'Missing or away', column: 4 },
        { text: 'DOB', column: 5 },
      ]),
    ).toEqual({
      CHILD: 'Child ID',
      MISSING: 'Missing or away',
      MIS_START: 'Start date',
      MIS_END: 'End date',
    });
  });
});
