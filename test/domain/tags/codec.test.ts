import fc from 'fast-check';
import {
  TAG_HEADER,
  TAG_SCHEMA_VERSION,
  tagSheetRows,
  tagsFromRows,
  tagsToRows,
  type TagCell,
} from '../../../src/domain/tags/codec';
import type { ColumnTag, RowTag, Tag } from '../../../src/domain/tags/types';

const rowTag = (over: Partial<RowTag> = {}): RowTag => ({
  id: 't-000001',
  kind: 'row',
  measureId: 'S01',
  role: 'value',
  sheet: 'Monthly data',
  row: 12,
  label: 'CLA with 3+ placements',
  created: '2025-04-01T09:00:00.000Z',
  ...over,
});
const columnTag = (over: Partial<ColumnTag> = {}): ColumnTag => ({
  id: 't-000002',
  kind: 'column',
  measureId: 'M04',
  role: 'records',
  sheet: 'Missing children',
  column: 4,
  firstRow: 3,
  lastRow: 120,
  label: 'Incidents',
  created: '2025-04-01T09:00:00.000Z',
  ...over,
});

describe('tag table codec', () => {
  it('writes a header with the schema version, then one row per tag', () => {
    const rows = tagsToRows([rowTag({ headerRow: 3 }), columnTag()]);
    expect(rows[0]).toEqual(TAG_HEADER);
    expect(rows[0].slice(-2)).toEqual(['schema', TAG_SCHEMA_VERSION]);
    expect(rows[1]).toEqual([
      't-000001',
      'row',
      'S01',
      'value',
      'Monthly data',
      12,
      '',
      '',
      '',
      3,
      'CLA with 3+ placements',
      '2025-04-01T09:00:00.000Z',
      '',
    ]);
    // Column tags are written with a column letter for people reading the sheet.
    expect(rows[2][6]).toBe('D');
  });

  it('reads back what it wrote', () => {
    const tags: Tag[] = [rowTag({ headerRow: 3 }), columnTag(), rowTag({ id: 't-3', role: 'denominator' })];
    const read = tagsFromRows(tagsToRows(tags));
    expect(read.tags).toEqual(tags);
    expect(read.broken).toEqual([]);
    expect(read.schema).toBe(2);
  });

  it("keeps a tag's details as a JSON object in column M, and reads schema 1 sheets (no column M) the same", () => {
    const named = rowTag({ id: 't-9', details: { name: 'All children in the county' } });
    const rows = tagsToRows([named, rowTag()]);
    expect(rows[1][12]).toBe('{"name":"All children in the county"}');
    expect(rows[2][12]).toBe('');
    expect(tagsFromRows(rows).tags).toEqual([named, rowTag()]);
    const v1 = rows.map((r, i) => (i === 0 ? [...r.slice(0, 12), 'schema', 1] : r.slice(0, 12)));
    expect(tagsFromRows(v1).tags).toEqual([rowTag({ id: 't-9' }), rowTag()]);
  });

  it('keeps a row whose details cannot be read, naming column M', () => {
    const rows = tagsToRows([rowTag()]);
    rows[1][12] = '{name: oops';
    const read = tagsFromRows(rows);
    expect(read.tags).toEqual([]);
    expect(read.broken[0].message).toMatch(/details \(column M\) '\{name: oops' are not readable/);
    rows[1][12] = '[1,2]';
    expect(tagsFromRows(rows).broken[0].message).toMatch(/not a set of named values/);
  });

  it('accepts column numbers, numbers stored as text and a blank role for column tags', () => {
    const rows: TagCell[][] = [
      [...TAG_HEADER],
      ['t-1', 'column', 'M04', '', 'Missing', '', 4, '3', '9', '', 'Incidents', ''],
      ['t-2', 'Row', 'S01', 'Value', 'Monthly', '12', '', '', '', '', 'Label', ''],
    ];
    const read = tagsFromRows(rows);
    expect(read.broken).toEqual([]);
    expect(read.tags[0]).toMatchObject({
      kind: 'column',
      column: 4,
      firstRow: 3,
      lastRow: 9,
      role: 'records',
    });
    expect(read.tags[1]).toMatchObject({ kind: 'row', row: 12, role: 'value' });
  });

  it.each([
    [
      ['t-9', 'cell', 'S01', 'value', 'Monthly', 5, '', '', '', '', 'x', ''],
      /row 3: kind 'cell' is not 'row', 'column' or 'table'/,
    ],
    [
      ['t-9', 'row', 'S01', 'value', 'Monthly', 0, '', '', '', '', 'x', ''],
      /row 3: row is 0; it must be between 1/,
    ],
    [['t-9', 'row', 'S01', 'value', 'Monthly', -3, '', '', '', '', 'x', ''], /row is -3/],
    [
      ['t-9', 'row', 'S01', 'value', 'Monthly', 'abc', '', '', '', '', 'x', ''],
      /row is 'abc', not a row number/,
    ],
    [
      ['t-9', 'row', 'S01', 'value', 'Monthly', 1.5, '', '', '', '', 'x', ''],
      /row is 1.5, not a whole row number/,
    ],
    [
      ['t-9', 'row', 'S01', 'records', 'Monthly', 5, '', '', '', '', 'x', ''],
      /role 'records' is not one of value/,
    ],
    [
      ['t-9', 'column', 'M04', 'rate', 'Missing', '', 'D', 3, 9, '', 'x', ''],
      /role 'rate' is not one of value, numerator, denominator, records, england, statNeighbours, region, comparator, peers for a column tag/,
    ],
    [['t-9', 'column', 'M04', 'records', 'Missing', '', '??', 3, 9, '', 'x', ''], /column is '\?\?'/],
    [
      ['t-9', 'column', 'M04', 'records', 'Missing', '', 'D', 9, 3, '', 'x', ''],
      /first row 9 is below last row 3/,
    ],
    [['t-9', 'row'], /measure \(column C\) is empty/],
    [['garbage'], /kind \(column B\) is empty/],
    [['', 'row', 'S01', 'value', 'Monthly', 5], /tag id \(column A\) is empty/],
  ])('keeps a broken row verbatim with a message naming it: %j', (bad, message) => {
    const rows: TagCell[][] = [[...TAG_HEADER], [...tagsToRows([rowTag()])[1]], bad as TagCell[]];
    const read = tagsFromRows(rows);
    expect(read.tags).toHaveLength(1);
    expect(read.broken).toHaveLength(1);
    expect(read.broken[0].sheetRow).toBe(3);
    expect(read.broken[0].cells).toEqual(bad);
    expect(read.broken[0].message).toMatch(/^PMF Tags row 3: /);
    expect(read.broken[0].message).toMatch(message);
  });

  it('makes a repeated tag id a broken row naming the first', () => {
    const rows = tagsToRows([rowTag(), rowTag({ row: 20 })]);
    const read = tagsFromRows(rows);
    expect(read.tags).toHaveLength(1);
    expect(read.broken[0].message).toBe("PMF Tags row 3: tag id 't-000001' is already used on row 2");
  });

  it('does not judge measure ids (a measure may be custom)', () => {
    const read = tagsFromRows(tagsToRows([rowTag({ measureId: 'LOCAL-7' })]));
    expect(read.tags[0].measureId).toBe('LOCAL-7');
  });

  it('reports a newer schema and keeps every row untouched', () => {
    const rows: TagCell[][] = [
      ['id', 'kind', 'schema', 3],
      ['t-1', 'row', 'S01', 'value', 'M', 3, 'x'],
    ];
    const read = tagsFromRows(rows);
    expect(read.newerSchema).toBe(true);
    expect(read.tags).toEqual([]);
    expect(read.broken[0].cells).toEqual(rows[1]);
    expect(read.headerProblem).toMatch(
      /newer version of the add-in \(schema 3; this version reads schema 2\)/,
    );
  });

  it('reads a sheet whose header was deleted, and says so', () => {
    const rows = tagsToRows([rowTag()]).slice(1);
    const read = tagsFromRows(rows);
    expect(read.tags).toHaveLength(1);
    expect(read.headerProblem).toMatch(/no header row/);
  });

  it('treats an empty sheet as no tags and skips blank rows', () => {
    expect(tagsFromRows([])).toEqual({ tags: [], broken: [], newerSchema: false });
    const rows = [...tagsToRows([rowTag()]), ['', '', ''], [...tagsToRows([columnTag()])[1]]];
    const read = tagsFromRows(rows);
    expect(read.tags).toHaveLength(2);
    expect(read.broken).toEqual([]);
  });

  describe('tagSheetRows', () => {
    it('writes broken rows back unchanged in their original rows, good tags around them', () => {
      const bad: TagCell[] = ['t-x', 'row', 'S01', 'value', 'Monthly', 'abc', '', '', '', '', '=SUM(A1)', ''];
      const rows: TagCell[][] = [
        ...tagsToRows([rowTag({ id: 'a' })]),
        bad,
        ...tagsToRows([rowTag({ id: 'b' })]).slice(1),
      ];
      const read = tagsFromRows(rows);
      expect(read.broken[0].sheetRow).toBe(3);
      // The officer removes tag 'a' and adds 'c' and 'd'.
      const tags = [rowTag({ id: 'b' }), rowTag({ id: 'c' }), rowTag({ id: 'd' })];
      const out = tagSheetRows(tags, read.broken, { previousRowCount: 4 });
      expect(out[0]).toEqual(TAG_HEADER);
      expect(out[2].slice(0, bad.length)).toEqual(bad);
      expect(out.map((r) => r[0])).toEqual(['id', 'b', 't-x', 'c', 'd']);
      const back = tagsFromRows(out);
      expect(back.tags.map((t) => t.id)).toEqual(['b', 'c', 'd']);
      expect(back.broken.map((b) => b.sheetRow)).toEqual([3]);
    });

    it('keeps a broken row far down the sheet in place, padding with blank rows', () => {
      const broken = [{ sheetRow: 6, cells: ['junk'], message: 'x' }];
      const out = tagSheetRows([rowTag()], broken);
      expect(out).toHaveLength(6);
      expect(out[5][0]).toBe('junk');
      expect(out[2].every((c) => c === '')).toBe(true);
    });

    it('pads to the old row count so removed tags are cleared', () => {
      const out = tagSheetRows([], [], { previousRowCount: 5 });
      expect(out).toHaveLength(5);
      expect(out.slice(1).every((r) => r.every((c) => c === ''))).toBe(true);
    });
  });
});

// ---- properties ----
const text = fc.string({ maxLength: 40 });
const measureId = fc.stringMatching(/^[A-Z][A-Z0-9_-]{1,6}$/);
const sheetName = fc.string({ minLength: 1, maxLength: 31 }).filter((s) => s.trim() !== '');
const rowArb: fc.Arbitrary<RowTag> = fc
  .record({
    measureId,
    role: fc.constantFrom('value' as const, 'numerator' as const, 'denominator' as const),
    sheet: sheetName,
    row: fc.integer({ min: 1, max: 1048576 }),
    label: text,
    created: fc.constantFrom('', '2025-04-01T09:00:00.000Z'),
    headerRow: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
  })
  .map((r) => {
    const { headerRow, ...rest } = r;
    return { id: '', kind: 'row' as const, ...rest, ...(headerRow !== undefined ? { headerRow } : {}) };
  });
const columnArb: fc.Arbitrary<ColumnTag> = fc
  .record({
    measureId,
    sheet: sheetName,
    column: fc.integer({ min: 1, max: 16384 }),
    a: fc.integer({ min: 1, max: 1048576 }),
    b: fc.integer({ min: 1, max: 1048576 }),
    label: text,
    created: fc.constant('2025-01-01T00:00:00.000Z'),
  })
  .map(({ a, b, ...r }) => ({
    id: '',
    kind: 'column' as const,
    role: 'records' as const,
    firstRow: Math.min(a, b),
    lastRow: Math.max(a, b),
    ...r,
  }));
const tagsArb = fc
  .array(fc.oneof(rowArb, columnArb), { maxLength: 20 })
  .map((tags) => tags.map((t, i) => ({ ...t, id: `t-${i.toString(16).padStart(6, '0')}` }) as Tag));
const anyCell: fc.Arbitrary<TagCell> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom('row', 'column', 'value', 'records', 'schema', 'A', 'XFD', 'ZZZZ', '0', '-3', '1.5'),
);

function trimEnd(cells: readonly TagCell[]): TagCell[] {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

describe('tag codec properties', () => {
  it('any valid tags round-trip exactly', () => {
    fc.assert(
      fc.property(tagsArb, (tags) => {
        const read = tagsFromRows(tagsToRows(tags));
        expect(read.broken).toEqual([]);
        expect(read.tags).toEqual(tags);
      }),
    );
  });

  it('any garbage never throws, and every non-blank row is either a tag or kept verbatim', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 14 }), { maxLength: 15 }), (rows) => {
        const read = tagsFromRows(rows);
        for (const b of read.broken) expect(b.cells).toEqual(rows[b.sheetRow - 1]);
        const written = tagSheetRows(read.tags, read.broken);
        for (const b of read.broken) {
          if (b.sheetRow >= 2) expect(written[b.sheetRow - 1].slice(0, b.cells.length)).toEqual(b.cells);
        }
      }),
    );
  });

  it('writing back never changes what a re-read finds', () => {
    fc.assert(
      fc.property(tagsArb, fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 6 }), (tags, junk) => {
        const rows: TagCell[][] = [...tagsToRows(tags), ...junk];
        const first = tagsFromRows(rows);
        if (first.newerSchema) return;
        const again = tagsFromRows(tagSheetRows(first.tags, first.broken));
        expect(again.tags).toEqual(first.tags);
        // The writer pads rows to one width with '' (empty cells, as Excel reads them back).
        expect(again.broken.map((b) => trimEnd(b.cells))).toEqual(first.broken.map((b) => trimEnd(b.cells)));
      }),
    );
  });
});
