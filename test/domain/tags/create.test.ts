import type { SheetGrid } from '../../../src/domain/grid';
import { createColumnTag, createRowTag, newTagId } from '../../../src/domain/tags/create';
import {
  isDataRow,
  isHeaderRow,
  isReferenceCode,
  isSectionRow,
  rowLabel,
  sectionHeadingFor,
} from '../../../src/domain/tags/labels';
import { makeGrid, monthlySheet } from './grid-helpers';

describe('row labels', () => {
  const sheet = monthlySheet();

  it('skips reference codes and takes the first text cell', () => {
    expect(rowLabel(sheet, 5)).toBe('Number of CLA at month end');
    expect(rowLabel(sheet, 6)).toBe('CLA rate per 10,000');
    expect(rowLabel(sheet, 9)).toBe('Long term placement stability');
    expect(rowLabel(sheet, 10)).toBe('');
    expect(rowLabel(sheet, 99)).toBe('');
  });

  it.each(['S01', '1.2', 'KPI 3', 'NI 62', 'PI-12', '2.1.4', '3a', 'Q-D1', 'CL2b', 'LAC-01', 'WF1'])(
    'treats %s as a reference code',
    (code) => {
      expect(isReferenceCode(code)).toBe(true);
    },
  );
  it.each(['CLA', 'EET 17-18', 'Number of CLA', 'Q1 2024/25 figures', 'UASC looked after', 'CL 19-21 EET'])(
    'treats %s as a label',
    (t) => {
      expect(isReferenceCode(t)).toBe(false);
    },
  );

  it('tells header, section and data rows apart', () => {
    expect(isHeaderRow(sheet, 3)).toBe(true);
    expect(isSectionRow(sheet, 4)).toBe(true);
    expect(isDataRow(sheet, 5)).toBe(true);
    expect(isDataRow(sheet, 8)).toBe(true); // text percentages and a suppression marker
    expect(isDataRow(sheet, 13)).toBe(true); // an error cell counts as a figure
    expect(isDataRow(sheet, 3)).toBe(false);
    expect(isDataRow(sheet, 1)).toBe(false);
    expect(isDataRow(sheet, 10)).toBe(false);
  });

  it('recognises month headers stored as real dates, and years in steps of one', () => {
    const g = makeGrid(
      'Dates',
      [
        ['Indicator', 45658, 45689, 45717],
        ['Year', 2022, 2023, 2024],
        ['CLA count', 2003, 2010, 1995],
      ],
      { formats: [['General', 'mmm-yy', 'mmm-yy', 'mmm-yy']] },
    );
    expect(isHeaderRow(g, 1)).toBe(true);
    expect(isHeaderRow(g, 2)).toBe(true);
    expect(isHeaderRow(g, 3)).toBe(false);
  });
});

describe('newTagId', () => {
  it('gives t- and six hex digits, unique against existing ids', () => {
    const id = newTagId(new Set());
    expect(id).toMatch(/^t-[0-9a-f]{6}$/);
    let n = 0;
    const seq = () => [0, 0, 0, 0, 0, 0, 0.99, 0.5, 0.5, 0.5, 0.5, 0.5][n++ % 12];
    expect(newTagId(new Set(['t-000000']), seq)).toBe('t-f88888');
  });

  it('still finds a free id with a broken random source', () => {
    const existing = new Set(['t-000000']);
    const id = newTagId(existing, () => 0);
    expect(existing.has(id)).toBe(false);
  });
});

describe('createRowTag', () => {
  const sheet = monthlySheet();
  const opts = {
    measureId: 'D02',
    existingIds: new Set<string>(),
    now: '2025-04-01T09:00:00.000Z',
    random: () => 0.5,
  };

  it('tags a data row with its label', () => {
    const result = createRowTag(sheet, 5, { ...opts, headerRow: 3 });
    expect(result).toEqual({
      tag: {
        id: 't-888888',
        kind: 'row',
        measureId: 'D02',
        role: 'value',
        sheet: 'Monthly',
        row: 5,
        label: 'Number of CLA at month end',
        created: '2025-04-01T09:00:00.000Z',
        headerRow: 3,
      },
    });
  });

  it('refuses a row outside the used range', () => {
    expect(createRowTag(sheet, 40, opts)).toEqual({
      error: "Cannot tag row 40 of 'Monthly': it is outside the sheet's data (rows 1-13)",
    });
  });

  it('refuses a blank row', () => {
    expect(createRowTag(sheet, 10, opts)).toEqual({
      error: "Cannot tag row 10 of 'Monthly': the row is blank (no label and no figures)",
    });
  });

  it('refuses a header row, or whatever the caller says is one', () => {
    expect(createRowTag(sheet, 3, opts)).toEqual({
      error: "Cannot tag row 3 of 'Monthly': it is a header row (period headings), not a row of figures",
    });
    expect('error' in createRowTag(sheet, 5, { ...opts, isHeaderRow: (_g, r) => r === 5 })).toBe(true);
  });

  it('allows a second value tag for the same measure (the checks report it)', () => {
    expect('tag' in createRowTag(sheet, 6, opts)).toBe(true);
  });
});

describe('createColumnTag', () => {
  const records = makeGrid('Missing', [
    ['Child-level missing data', '', ''],
    ['Child ID', 'Age', 'Incidents'],
    ['A1', 14, 3],
    ['A2', 15, 1],
    ['A3', 16, 7],
    ['', '', ''],
  ]);
  const opts = { measureId: 'M04', existingIds: new Set<string>(), now: '2025-04-01T09:00:00.000Z' };

  it('takes the header as label and the figures below it, by letter or number', () => {
    const byLetter = createColumnTag(records, 'C', opts);
    expect(byLetter).toMatchObject({
      tag: { column: 3, firstRow: 3, lastRow: 5, label: 'Incidents', role: 'records' },
    });
    expect(createColumnTag(records, 3, opts)).toMatchObject({ tag: { column: 3, firstRow: 3, lastRow: 5 } });
  });

  it('refuses a column outside the data or with no figures', () => {
    expect(createColumnTag(records, 'H', opts)).toEqual({
      error: "Cannot tag column H of 'Missing': it is outside the sheet's data",
    });
    expect(createColumnTag(records, 'A', { ...opts, firstRow: 3, lastRow: 3 })).toEqual({
      error: "Cannot tag column A of 'Missing': rows 3-3 hold no figures",
    });
  });
});

describe('single-object call forms', () => {
  const sheet = monthlySheet();
  it('createRowTag({ grid, row, id, created, ... }) uses the given id and timestamp', () => {
    const r = createRowTag({
      grid: sheet,
      row: 12,
      id: 't-abcdef',
      measureId: 'C02',
      role: 'numerator',
      created: '2025-01-01',
    });
    expect(r).toEqual({
      tag: {
        id: 't-abcdef',
        kind: 'row',
        measureId: 'C02',
        role: 'numerator',
        sheet: 'Monthly',
        row: 12,
        label: 'CL 19-21 in EET',
        created: '2025-01-01',
      },
    });
    expect(createRowTag({ grid: sheet, row: 3, id: 'x', measureId: 'C02' })).toHaveProperty('error');
  });

  it('createColumnTag({ grid, column, ... })', () => {
    const g = makeGrid('Workers', [
      ['Worker', 'Caseload'],
      ['A', 20],
      ['B', 31],
    ]);
    expect(createColumnTag({ grid: g, column: 'B', id: 't-1', measureId: 'W02', created: '' })).toEqual({
      tag: {
        id: 't-1',
        kind: 'column',
        measureId: 'W02',
        role: 'records',
        sheet: 'Workers',
        column: 2,
        firstRow: 2,
        lastRow: 3,
        label: 'Caseload',
        created: '',
      },
    });
  });
});

describe('sectionHeadingFor', () => {
  it('finds the nearest section row above', () => {
    const sheet = monthlySheet();
    expect(sectionHeadingFor(sheet, 13)).toBe('Care Leavers');
    expect(sectionHeadingFor(sheet, 8)).toBe('Stability');
    expect(sectionHeadingFor(sheet, 2)).toBe('Children Looked After - Monthly Performance Report');
    expect(sectionHeadingFor(sheet, 1)).toBeUndefined();
  });
});

describe('createRowTag on titles and section bands', () => {
  it('refuses a row with a label but no figures, naming it', () => {
    const grid: SheetGrid = {
      name: 'Monthly',
      top: 1,
      left: 1,
      values: [
        ['Anyshire County Council - children in care', '', ''],
        ['Indicator', 'Apr-24', 'May-24'],
        ['Placement stability', '', ''],
        ['% with 3+ placements', 9.5, 10.1],
      ],
      numberFormats: [
        ['General', 'General', 'General'],
        ['General', 'General', 'General'],
        ['General', 'General', 'General'],
        ['General', '0.0', '0.0'],
      ],
    };
    const opts = { measureId: 'S01', existingIds: new Set<string>() };
    expect(createRowTag(grid, 1, opts)).toEqual({
      error:
        "Cannot tag row 1 of 'Monthly': 'Anyshire County Council - children in care' has no figures beside it; it looks like a title or section heading",
    });
    expect('error' in createRowTag(grid, 3, opts)).toBe(true);
    expect('tag' in createRowTag(grid, 4, opts)).toBe(true);
  });
});
