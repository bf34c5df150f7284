import fc from 'fast-check';
import {
  addCustomMeasure,
  addEvidence,
  defaultFramework,
  withFrameworkSettings,
  withSettings,
} from '../../../src/domain/framework/framework';
import {
  frameworkFromRows,
  frameworkToRows,
  SETTINGS_HEADER,
} from '../../../src/domain/framework/settingsCodec';
import type { Framework } from '../../../src/domain/framework/types';

function ok<T>(r: { framework: T } | { errors: string[] }): T {
  if ('errors' in r) throw new Error(r.errors.join('; '));
  return r.framework;
}

function richFramework(): Framework {
  let f = defaultFramework();
  f = withFrameworkSettings(f, {
    population: 61200,
    asAt: '2025-03-31',
    tolerance: 10,
    caseloadThreshold: 22,
  });
  f = ok(
    addCustomMeasure(f, {
      id: 'LOCAL1',
      name: 'Children with a life story book',
      kloes: ['K05', 'K10'],
      unit: 'percent',
      polarity: 'higher',
      frequency: 'quarterly',
      definition: 'Life story work started, of children with a plan for adoption',
      england: { value: 12.5, year: '2024' },
      range: [0, 100],
    }),
  );
  f = withSettings(f, 'S01', {
    target: 9,
    tolerance: 7.5,
    comment: '=Up on last year\nSee the note',
    action: '+ review',
    spcBaseline: 'Apr-23',
  });
  f = withSettings(f, 'W02', { threshold: 20, england: 17.8, statNeighbours: 15, region: 16.2 });
  f = withSettings(f, 'LOCAL1', { target: 80 });
  f = addEvidence(f, { kloeId: 'K10', text: 'Members completed training\n(12 of 15)', date: '2025-02-11' });
  f = addEvidence(f, { kloeId: 'K10', text: "CiCC 'Have your say' day" });
  return f;
}

describe('framework settings rows', () => {
  it('writes a readable layout: header with schema, then kind | id | field | value', () => {
    const rows = frameworkToRows(richFramework());
    expect(rows[0]).toEqual(SETTINGS_HEADER);
    expect(rows[0]).toEqual(['kind', 'id', 'field', 'value', 'schema', 1]);
    expect(rows).toContainEqual(['framework', '', 'population', 61200]);
    expect(rows).toContainEqual(['measure', 'S01', 'target', 9]);
    expect(rows).toContainEqual(['custom', 'LOCAL1', 'kloes', 'K05, K10']);
    expect(rows).toContainEqual(['evidence', 'K10', '2025-02-11', 'Members completed training\n(12 of 15)']);
  });

  it('round-trips settings, custom measures, evidence, population and as-at exactly', () => {
    const f = richFramework();
    const read = frameworkFromRows(frameworkToRows(f));
    expect(read.problems).toEqual([]);
    expect(read.framework).toEqual(f);
  });

  it('reads the default framework from an empty sheet', () => {
    const read = frameworkFromRows([]);
    expect(read.framework).toBe(defaultFramework());
    expect(read.problems).toEqual([]);
  });

  it('reads numbers stored as text', () => {
    const read = frameworkFromRows([
      [...SETTINGS_HEADER],
      ['measure', 'S01', 'target', '12.5'],
      ['framework', '', 'population', ' 61,200 '],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.framework.settings.S01).toEqual({ target: 12.5 });
    expect(read.framework.population).toBe(61200);
  });

  it('reports malformed rows by sheet row and loads the rest', () => {
    const rows = [
      [...SETTINGS_HEADER],
      ['measure', 'S01', 'target', 9],
      ['measure', 'S02', 'target', 'abc'],
      ['measure', 'ZZ9', 'target', 3],
      ['measure', 'S03', 'colour', 'red'],
      ['framework', '', 'asAt', '31/03/2025'],
      ['nonsense', 'x'],
      ['evidence', 'K77', '', 'text'],
      ['measure', 'S01', 'target', 10],
      ['custom', 'LOCAL2', 'name', 'Broken custom'],
      ['framework', '', 'population', -5],
    ];
    const read = frameworkFromRows(rows);
    expect(read.problems.map((p) => p.message)).toEqual([
      "PMF Settings row 3: target for S02 is 'abc', not a number",
      "PMF Settings row 4: target is set for measure 'ZZ9', which is not in the framework; the setting is kept but not used",
      "PMF Settings row 5: 'colour' is not a measure setting (expected one of target, tolerance, threshold, england, statNeighbours, region, comment, action, spcBaseline)",
      "PMF Settings row 6: as-at date is '31/03/2025', not a date like 2025-03-31",
      "PMF Settings row 7: kind 'nonsense' is not one of framework, measure, custom, evidence",
      "PMF Settings row 8: evidence is for 'K77', which is not a key line of enquiry of the framework",
      'PMF Settings row 9: repeats the setting on row 2; the later value (this row) is used',
      expect.stringMatching(
        /^PMF Settings row 10: custom measure LOCAL2 is not loaded: Unit '' is not one of/,
      ),
      'PMF Settings row 11: population is -5; it must be above 0',
    ]);
    expect(read.problems.map((p) => p.sheetRow)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(read.framework.settings.S01).toEqual({ target: 10 });
    // Unknown measures' settings are kept (so they are written back), not dropped silently.
    expect(read.framework.settings.ZZ9).toEqual({ target: 3 });
    expect(frameworkToRows(read.framework)).toContainEqual(['measure', 'ZZ9', 'target', 3]);
  });

  it('keeps the SPC baseline as a canonical period, reading it as officers write it', () => {
    expect(frameworkToRows(richFramework())).toContainEqual(['measure', 'S01', 'spcBaseline', '2023-04']);
    const read = frameworkFromRows([
      [...SETTINGS_HEADER],
      ['measure', 'S01', 'spcBaseline', 'April 2023'],
      ['measure', 'S02', 'spcBaseline', 'Q1 2023/24'],
      ['measure', 'S03', 'spcBaseline', 45017], // a date cell: 1 April 2023
      ['measure', 'H01', 'spcBaseline', 'next spring'],
      ['measure', 'H02', 'spcBaseline', ''],
    ]);
    expect(read.framework.settings.S01).toEqual({ spcBaseline: '2023-04' });
    expect(read.framework.settings.S02).toEqual({ spcBaseline: '2023/24 Q1' });
    expect(read.framework.settings.S03).toEqual({ spcBaseline: '2023-04' });
    expect(read.framework.settings.H01).toBeUndefined();
    expect(read.framework.settings.H02).toBeUndefined();
    expect(read.problems.map((p) => p.message)).toEqual([
      "PMF Settings row 5: spcBaseline for H01 is 'next spring', not a period such as Apr-23, 2023-04 or 2023/24 Q1",
    ]);
  });

  it('reports a newer schema and falls back to the default framework', () => {
    const read = frameworkFromRows([
      ['kind', 'id', 'field', 'value', 'schema', 3],
      ['measure', 'S01', 'target', 9],
    ]);
    expect(read.newerSchema).toBe(true);
    expect(read.framework.settings).toEqual({});
    expect(read.problems[0].message).toMatch(
      /^PMF Settings row 1: the settings were saved by a newer version of the add-in \(schema 3/,
    );
  });

  it('reads a sheet that lost its header, and says so', () => {
    const read = frameworkFromRows([['measure', 'S01', 'target', 9]]);
    expect(read.framework.settings.S01).toEqual({ target: 9 });
    expect(read.problems[0].message).toMatch(/row 1: no header row/);
  });

  it('keeps any commentary text exactly (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (comment, action) => {
        const f = withSettings(defaultFramework(), 'C02', { comment, action });
        const read = frameworkFromRows(frameworkToRows(f));
        expect(read.framework.settings.C02).toEqual({ comment, action });
      }),
    );
  });

  it('never throws on garbage (property)', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.double(),
      fc.boolean(),
      fc.constantFrom('measure', 'custom', 'evidence', 'framework', 'S01', 'target', 'K10', 'schema'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), (rows) => {
        const read = frameworkFromRows(rows);
        for (const p of read.problems)
          expect(p.message).toMatch(new RegExp(`^PMF Settings row ${p.sheetRow}: `));
      }),
    );
  });
});
