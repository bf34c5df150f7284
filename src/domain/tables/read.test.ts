import { seriesOf, tableGrid } from '../../../test/domain/tables/helpers';
import { ROW_DUPLICATE, ROW_ERROR, ROW_OK } from './types';

describe('reading a table', () => {
  it('reads codes case-insensitively with spaces ignored, words through the maps, and skips blank rows', () => {
    const s = seriesOf(
      tableGrid(
        'Log',
        ['CHILD', 'MISSING', 'MIS_START'],
        [
          ['a1', ' m ', '01/05/2024'],
          ['', '', ''],
          ['A2', 'Missing', 45420],
          ['A3', 'Absent', '02/05/2024'],
          ['A4', 'Gone', '03/05/2024'],
          [123, 'away', '04/05/2024'],
        ],
      ),
      'missing',
      '2025-03-31',
      { values: { MISSING: { gone: 'm' } } },
    );
    const t = s.table!;
    expect(t.length).toBe(5);
    expect([...t.rows]).toEqual([2, 4, 5, 6, 7]);
    expect(t.child).toEqual(['A1', 'A2', 'A3', 'A4', '123']);
    expect(t.codes.get('MISSING')).toEqual(['M', 'M', 'A', 'M', 'A']);
    expect(t.issues).toEqual([]);
  });

  it('leaves out rows with an error, counts a copy once, and keeps a row whose SDQ is out of range', () => {
    const s = seriesOf(
      tableGrid(
        'OC2',
        ['CHILD', 'DOB', 'SDQ_SCORE', 'HEALTH_CHECK', 'TEETH_CHECK', 'IMMUNISATIONS', 'CONVICTED'],
        [
          ['A', '01/01/2012', 12, 1, 1, 1, 0],
          ['B', '', 12, 1, 1, 1, 0],
          ['C', '01/01/2012', 12, 'Y', 1, 1, 0],
          ['A', '01/01/2012', 12, 1, 1, 1, 0],
          ['D', '01/01/2012', 'n/k', 1, 1, 1, 0],
          ['', '01/01/2012', 3, 1, 1, 1, 0],
        ],
      ),
      'oc2',
      '2025-03-31',
    );
    const t = s.table!;
    expect([...t.status]).toEqual([ROW_OK, ROW_ERROR, ROW_ERROR, ROW_DUPLICATE, ROW_OK, ROW_ERROR]);
    expect(t.issues.map((i) => [i.kind, i.row, i.col, i.field ?? '', i.raw ?? i.other])).toEqual([
      ['unreadableDate', 3, 2, 'DOB', ''],
      ['codeOutsideList', 4, 4, 'HEALTH_CHECK', 'Y'],
      ['duplicateRow', 5, 1, '', 2],
      ['sdqOutOfRange', 6, 3, 'SDQ_SCORE', 'n/k'],
      ['blankChild', 7, 1, 'CHILD', ''],
    ]);
    // H01: the two kept rows (A, D).
    expect(s.derived.find((d) => d.measureId === 'H01')?.points[0]).toMatchObject({
      numerator: 2,
      denominator: 2,
    });
  });
});
