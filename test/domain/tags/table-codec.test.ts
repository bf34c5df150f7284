import { tagFromRow, tagToRow, tagsFromRows, TAG_HEADER } from '../../../src/domain/tags/codec';
import type { TableTag } from '../../../src/domain/tags/types';

const TAG: TableTag = {
  id: 't-3a9c01',
  kind: 'table',
  measureId: '',
  sheet: 'Missing log',
  label: '903 missing table',
  created: '2025-04-01T09:00:00.000Z',
  details: {
    table: {
      source: 'missing',
      range: 'A4:H78',
      headerRow: 4,
      columns: { CHILD: 'B', MISSING: 'F', MIS_START: 'D' },
      map: { CHILD: 'Young person ID', MISSING: 'Type', MIS_START: 'Reported missing' },
      values: { MISSING: { Absconded: 'M' } },
    },
  },
};

describe('table tags on the tag sheet', () => {
  it('keeps the table in the details column and reads it back the same', () => {
    const row = tagToRow(TAG);
    expect(row.slice(0, 6)).toEqual(['t-3a9c01', 'table', '', 'missing', 'Missing log', 4]);
    expect(JSON.parse(String(row[12]))).toEqual(TAG.details);
    expect(tagFromRow(row)).toEqual(TAG);
    expect(tagsFromRows([[...TAG_HEADER], row]).tags).toEqual([TAG]);
  });

  it('reports details that cannot be right, keeping the row as it is', () => {
    const broken = (table: unknown) => {
      const row = tagToRow(TAG);
      row[12] = JSON.stringify({ table });
      return tagFromRow(row);
    };
    expect(broken({ ...TAG.details.table, source: 'placements' })).toBe(
      "details (column M): the table kind 'placements' is not one of episodes, header, missing, oc2, oc3, reviews, uasc",
    );
    expect(broken({ ...TAG.details.table, range: 'A4' })).toBe(
      "details (column M): the table range 'A4' is not a range such as A1:M4210",
    );
    expect(broken({ ...TAG.details.table, columns: { PLACE: 'C' } })).toBe(
      'details (column M): column PLACE is not a column of the missing table',
    );
    expect(broken({ ...TAG.details.table, map: { CHILD: ' ' } })).toBe(
      'details (column M): the column map gives CHILD no header',
    );
    const noTable = tagToRow(TAG);
    noTable[12] = '';
    expect(tagFromRow(noTable)).toBe('the table (details, column M) is missing');
    const otherKind = tagToRow(TAG);
    otherKind[3] = 'episodes';
    expect(tagFromRow(otherKind)).toBe(
      "the table kind in column D ('episodes') is not the one in its details ('missing')",
    );
    const read = tagsFromRows([[...TAG_HEADER], noTable]);
    expect(read.broken[0]).toMatchObject({ sheetRow: 2, cells: noTable });
  });
});
