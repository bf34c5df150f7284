import { createLabelIndex, describeTagState, locateTag, locateTags } from '../../../src/domain/tags/locate';
import type { ColumnTag, RowTag } from '../../../src/domain/tags/types';
import { makeGrid, monthlySheet } from './grid-helpers';

const tagFor = (row: number, label: string, over: Partial<RowTag> = {}): RowTag => ({
  id: `t-${row}`,
  kind: 'row',
  measureId: 'D02',
  role: 'value',
  sheet: 'Monthly',
  row,
  label,
  created: '',
  ...over,
});

describe('locateTag (row tags)', () => {
  const sheet = monthlySheet();
  const cla = tagFor(5, 'Number of CLA at month end');

  it('is ok when the label is still at the tagged row', () => {
    expect(locateTag(cla, sheet)).toEqual({ status: 'ok', row: 5 });
  });

  it('compares labels ignoring case and spacing', () => {
    expect(locateTag(tagFor(5, '  number of  CLA at MONTH end '), sheet)).toEqual({ status: 'ok', row: 5 });
  });

  it('follows a row moved down by rows inserted above', () => {
    const values = [
      ...sheet.values.slice(0, 3),
      ['', 'New row', 1, 2, 3],
      ['', '', '', '', ''],
      ...sheet.values.slice(3),
    ];
    const moved = makeGrid('Monthly', values);
    expect(locateTag(cla, moved)).toEqual({ status: 'moved', row: 7, from: 5 });
  });

  it('follows a row moved up by rows deleted above', () => {
    const values = [...sheet.values.slice(0, 1), ...sheet.values.slice(3)];
    expect(locateTag(cla, makeGrid('Monthly', values))).toEqual({ status: 'moved', row: 3, from: 5 });
  });

  it('follows rows of a sorted block', () => {
    const block = makeGrid('Block', [
      ['Measure', 'Q1', 'Q2'],
      ['Dental checks up to date', 80, 82],
      ['Immunisations up to date', 90, 91],
      ['SDQ completed', 70, 75],
    ]);
    const sorted = makeGrid('Block', [block.values[0], block.values[3], block.values[1], block.values[2]]);
    const dental = tagFor(2, 'Dental checks up to date', { sheet: 'Block' });
    const sdq = tagFor(4, 'SDQ completed', { sheet: 'Block' });
    expect(locateTag(dental, sorted)).toEqual({ status: 'moved', row: 3, from: 2 });
    expect(locateTag(sdq, sorted)).toEqual({ status: 'moved', row: 2, from: 4 });
  });

  it('never re-points a tag whose label is now on several rows', () => {
    const dup = makeGrid('Monthly', [
      ['Indicator', 'Jan-25'],
      ['Other', 1],
      ['Number in EET', 5],
      ['Number in EET', 6],
    ]);
    expect(locateTag(tagFor(2, 'Number in EET'), dup)).toEqual({ status: 'ambiguous', rows: [3, 4] });
  });

  it('stays ok when one of several matches is the tagged row', () => {
    const dup = makeGrid('Monthly', [
      ['Indicator', 'Jan-25'],
      ['Number in EET', 5],
      ['Number in EET', 6],
    ]);
    expect(locateTag(tagFor(3, 'Number in EET'), dup)).toEqual({ status: 'ok', row: 3 });
  });

  it('reports a renamed label with the new text', () => {
    const values = sheet.values.map((r) => [...r]);
    values[4][1] = 'Number of children in care at month end';
    expect(locateTag(cla, makeGrid('Monthly', values))).toEqual({
      status: 'labelChanged',
      row: 5,
      label: 'Number of children in care at month end',
    });
  });

  it('reports a row that has gone', () => {
    const short = makeGrid('Monthly', sheet.values.slice(0, 3));
    const state = locateTag(cla, short);
    expect(state.status).toBe('rowGone');
    if (state.status === 'rowGone')
      expect(state.message).toMatch(/'Number of CLA at month end' \(row 5 of 'Monthly'\)/);
  });

  it('reports a missing (or renamed) sheet', () => {
    expect(locateTag(cla, undefined)).toEqual({ status: 'sheetGone' });
    expect(describeTagState(cla, { status: 'sheetGone' })).toMatch(/sheet 'Monthly' is missing/);
  });

  it('builds the label index once per sheet and reuses it', () => {
    expect(createLabelIndex(sheet)).toBe(createLabelIndex(sheet));
    expect(createLabelIndex(sheet).rowsByLabel().get('cl 19-21 in eet')).toEqual([12]);
  });

  it('locates thousands of tags on a big sheet', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`Row label ${i}`, i, i + 1]);
    const big = makeGrid('Big', [['Indicator', 'Jan-25', 'Feb-25'], ...rows.reverse()]);
    const tags = Array.from({ length: 5000 }, (_, i) =>
      tagFor(i + 2, `Row label ${i}`, { id: `t${i}`, sheet: 'Big' }),
    );
    const states = locateTags(tags, new Map([['Big', big]]));
    expect(states.get('t0')).toEqual({ status: 'moved', row: 5001, from: 2 });
  });
});

describe('locateTag (column tags)', () => {
  const records = makeGrid('Missing', [
    ['Child-level missing data', '', ''],
    ['Child ID', 'Age', 'Incidents'],
    ['A1', 14, 3],
    ['A2', 15, 1],
    ['A3', 16, 7],
  ]);
  const tag: ColumnTag = {
    id: 't-c',
    kind: 'column',
    measureId: 'M04',
    role: 'records',
    sheet: 'Missing',
    column: 3,
    firstRow: 3,
    lastRow: 5,
    label: 'Incidents',
    created: '',
  };

  it('is ok when the header is still above the first record', () => {
    expect(locateTag(tag, records)).toEqual({ status: 'ok', row: 3 });
  });

  it('follows a column moved right by an inserted column', () => {
    const shifted = makeGrid(
      'Missing',
      records.values.map((r) => [r[0], '', r[1], r[2]]),
    );
    expect(locateTag(tag, shifted)).toEqual({ status: 'moved', row: 3, from: 3, column: 4, fromColumn: 3 });
  });

  it('reports a renamed header', () => {
    const values = records.values.map((r) => [...r]);
    values[1][2] = 'Episodes';
    expect(locateTag(tag, makeGrid('Missing', values))).toEqual({
      status: 'labelChanged',
      row: 3,
      label: 'Episodes',
    });
  });
});
