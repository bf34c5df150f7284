import {
  addCustomMeasure,
  addEvidence,
  defaultFramework,
  measureById,
  measuresForKloe,
  removeCustomMeasure,
  removeEvidence,
  stableBandFor,
  thresholdFor,
  toleranceFor,
  uncoveredKloes,
  validateEvidence,
  withFrameworkSettings,
  withSettings,
  spcBaselineKey,
  type CustomMeasureDraft,
} from '../../../src/domain/framework/framework';

const fw = defaultFramework();
const draft: CustomMeasureDraft = {
  id: 'LOCAL1',
  name: 'Children with a life story book',
  kloes: ['K05', 'K10'],
  unit: 'percent',
  polarity: 'higher',
  frequency: 'quarterly',
};

describe('defaultFramework', () => {
  it('has every catalogue KLOE, context and demand first, and every measure', () => {
    expect(fw.kloes[0].id).toBe('K00');
    expect(fw.kloes).toHaveLength(11);
    expect(fw.measures).toHaveLength(63);
    expect(fw.defaults).toEqual({
      tolerance: 5,
      stableBand: 0.5,
      caseloadThreshold: 25,
      smallDenominator: 10,
    });
  });

  it('carries source, derived, range and England values from the catalogue', () => {
    expect(measureById(fw, 'F01')).toMatchObject({
      source: 'local',
      derived: false,
      custom: false,
      unit: 'currency',
    });
    expect(measureById(fw, 'D01')).toMatchObject({
      source: 'national',
      england: { value: 67, year: '2025' },
    });
    expect(measureById(fw, 'M04')).toMatchObject({ derived: true, source: 'local' });
    expect(measureById(fw, 'H06')?.range).toEqual([0, 40]);
    expect(measureById(fw, 'W01')?.england?.year).toBe('2023 (30 September)');
  });

  it('lists measures under a KLOE (all, or those at home there)', () => {
    expect(measuresForKloe(fw, 'K08').map((m) => m.id)).toEqual([
      'C01',
      'C02',
      'C03',
      'C04',
      'C05',
      'C06',
      'C07',
    ]);
    expect(measuresForKloe(fw, 'K06').map((m) => m.id)).toContain('C06');
    expect(measuresForKloe(fw, 'K06', true).map((m) => m.id)).not.toContain('C06');
  });

  it('is frozen, so no caller can change the shared default', () => {
    expect(Object.isFrozen(fw.measures)).toBe(true);
  });
});

describe('settings', () => {
  it('patches a measure immutably and clears fields set to undefined', () => {
    const a = withSettings(fw, 'S01', { target: 9, comment: '=Up on last year\nsee note' });
    expect(fw.settings).toEqual({});
    expect(a.settings.S01).toEqual({ target: 9, comment: '=Up on last year\nsee note' });
    const b = withSettings(a, 'S01', { target: undefined });
    expect(b.settings.S01).toEqual({ comment: '=Up on last year\nsee note' });
    expect(withSettings(b, 'S01', { comment: undefined }).settings).toEqual({});
  });

  it('keeps an SPC baseline as the canonical key of the period written, and refuses text that is not a period', () => {
    expect(withSettings(fw, 'S01', { spcBaseline: 'Apr-23' }).settings.S01).toEqual({
      spcBaseline: '2023-04',
    });
    expect(withSettings(fw, 'S01', { spcBaseline: '2023/24' }).settings.S01).toEqual({
      spcBaseline: '2023/24',
    });
    expect(spcBaselineKey(' Q2 2024/25 ')).toBe('2024/25 Q2');
    expect(spcBaselineKey('soon')).toBeNull();
    expect(() => withSettings(fw, 'S01', { spcBaseline: 'soon' })).toThrow(/not a period such as Apr-23/);
    const set = withSettings(fw, 'S01', { spcBaseline: '2023-04' });
    expect(withSettings(set, 'S01', { spcBaseline: '' }).settings).toEqual({});
  });

  it('refuses unknown measures and numbers that are not finite', () => {
    expect(() => withSettings(fw, 'ZZ9', { target: 1 })).toThrow(/No measure with id 'ZZ9'/);
    expect(() => withSettings(fw, 'S01', { target: NaN })).toThrow(/finite/);
  });

  it('falls back to framework defaults for tolerance and threshold', () => {
    expect(toleranceFor(fw, 'S01')).toBe(5);
    expect(toleranceFor(withSettings(fw, 'S01', { tolerance: 10 }), 'S01')).toBe(10);
    expect(thresholdFor(fw, 'W02')).toBe(25);
    expect(thresholdFor(withFrameworkSettings(fw, { caseloadThreshold: 20 }), 'W02')).toBe(20);
  });

  it('sets framework-wide settings and validates them', () => {
    const f = withFrameworkSettings(fw, { population: 61200, asAt: '2025-03-31', tolerance: 10 });
    expect(f).toMatchObject({ population: 61200, asAt: '2025-03-31', defaults: { tolerance: 10 } });
    expect(withFrameworkSettings(f, { population: undefined }).population).toBeUndefined();
    expect(() => withFrameworkSettings(fw, { asAt: '2025-02-30' })).toThrow(/not a date/);
    expect(() => withFrameworkSettings(fw, { population: -1 })).toThrow();
  });

  it('gives a per-unit stable band', () => {
    const unit = (id: string) => stableBandFor(measureById(fw, id)!, fw);
    expect(unit('S01')).toBe(0.5);
    expect(unit('D01')).toBe(0.5);
    expect(unit('D02')).toBe(0);
    expect(unit('H06')).toBe(0.1);
    expect(unit('A01')).toBe(1);
  });
});

describe('custom measures', () => {
  it('adds a valid measure as local and custom', () => {
    const r = addCustomMeasure(fw, draft);
    expect('framework' in r && measureById(r.framework, 'LOCAL1')).toMatchObject({
      source: 'local',
      custom: true,
      derived: false,
      kloes: ['K05', 'K10'],
    });
    expect(fw.measures).toHaveLength(63);
  });

  it.each([
    [{ id: 'S01' }, /is a measure of the default framework/],
    [{ id: 'local1' }, /must be 2 to 16 characters/],
    [{ id: 'X' }, /must be 2 to 16 characters/],
    [{ id: 'A'.repeat(17) }, /must be 2 to 16 characters/],
    [{ name: '  ' }, /needs a name/],
    [{ unit: 'percentage' }, /Unit 'percentage' is not one of/],
    [{ polarity: 'up' }, /Polarity 'up'/],
    [{ frequency: 'weekly' }, /Frequency 'weekly'/],
    [{ kloes: [] }, /at least one key line of enquiry/],
    [{ kloes: ['K99'] }, /'K99' is not in the framework/],
  ])('refuses %j', (change, message) => {
    const r = addCustomMeasure(fw, { ...draft, ...change } as CustomMeasureDraft);
    expect('errors' in r && r.errors.join('\n')).toMatch(message);
  });

  it('refuses a second measure with the same id and removes custom measures with their settings', () => {
    const r = addCustomMeasure(fw, draft);
    if (!('framework' in r)) throw new Error('expected a framework');
    const again = addCustomMeasure(r.framework, draft);
    expect('errors' in again && again.errors[0]).toMatch(/already used/);
    const withTarget = withSettings(r.framework, 'LOCAL1', { target: 50 });
    const removed = removeCustomMeasure(withTarget, 'LOCAL1');
    expect(measureById(removed, 'LOCAL1')).toBeUndefined();
    expect(removed.settings.LOCAL1).toBeUndefined();
    expect(removeCustomMeasure(fw, 'S01')).toBe(fw);
  });
});

describe('evidence', () => {
  it('records and removes notes per KLOE, and counts coverage', () => {
    const f = addEvidence(fw, {
      kloeId: 'K10',
      text: 'Members attended CiCC in February',
      date: '2025-02-11',
    });
    expect(f.evidence).toEqual([
      { kloeId: 'K10', text: 'Members attended CiCC in February', date: '2025-02-11' },
    ]);
    expect(fw.evidence).toEqual([]);
    expect(removeEvidence(f, 0).evidence).toEqual([]);
    expect(removeEvidence(f, 5)).toBe(f);
    expect(uncoveredKloes(fw)).toEqual([]);
  });

  it('refuses notes without text or for unknown KLOEs', () => {
    expect(validateEvidence(fw, { kloeId: 'K42', text: ' ' })).toEqual([
      "Key line of enquiry 'K42' is not in the framework",
      'The evidence note has no text',
    ]);
    expect(() => addEvidence(fw, { kloeId: 'K10', text: 'x', date: '2025-13-01' })).toThrow(
      "Date '2025-13-01' is not a date like 2025-03-31",
    );
  });
});
