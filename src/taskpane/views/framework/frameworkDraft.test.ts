import { sampleFramework } from '../../testing/fakeService';
import {
  applyDraft,
  baselineText,
  EMPTY_CUSTOM,
  EMPTY_DRAFT,
  isDraftEmpty,
  parseNumber,
  toCustomMeasure,
  validateCustomMeasure,
} from './frameworkDraft';

const fw = sampleFramework();
const kloeIds = fw.kloes.map((k) => k.id);

describe('parseNumber', () => {
  it.each([
    ['90', 90],
    [' 12.5 ', 12.5],
    ['61,250', 61250],
    ['90%', 90],
    ['', null],
    ['  ', null],
  ])('%p -> %p', (text, expected) => expect(parseNumber(text)).toBe(expected));
  it.each(['ninety', '1,2', '12..5', '1e3'])('%p is not a number', (text) =>
    expect(parseNumber(text)).toBeNaN(),
  );
});

describe('applyDraft', () => {
  it('changes only the edited settings and leaves the rest, immutably', () => {
    const result = applyDraft(fw, {
      ...EMPTY_DRAFT,
      settings: { H01: { target: '92' }, D02: { target: '400', tolerance: '10' } },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.framework.settings.H01).toEqual({
      target: 92,
      tolerance: 5,
      comment: 'Health assessments recovering after the winter backlog.',
    });
    expect(result.framework.settings.D02).toEqual({ target: 400, tolerance: 10 });
    expect(result.framework.settings.C02).toBe(fw.settings.C02);
    expect(fw.settings.H01?.target).toBe(90); // the original is untouched
  });

  it('clears a setting left blank, and drops a measure with no settings left', () => {
    const result = applyDraft(fw, { ...EMPTY_DRAFT, settings: { S01: { target: '' } } });
    if (!result.ok) throw new Error('expected ok');
    expect('S01' in result.framework.settings).toBe(false);
  });

  it('reports each bad number with the measure and field named', () => {
    const result = applyDraft(fw, {
      ...EMPTY_DRAFT,
      settings: { H01: { target: '120', tolerance: 'five' }, D02: { threshold: '-1' } },
      defaultTolerance: '',
      population: '61250.5',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      'settings.H01.target': 'H01 target must be between 0 and 100 (it is a percentage).',
      'settings.H01.tolerance': 'H01 tolerance (% of target): enter a number, such as 90.',
      'settings.D02.threshold': 'D02 threshold cannot be negative.',
      defaultTolerance: 'Enter the default tolerance as a number, such as 5.',
      population: 'Enter the population aged 0-17 as a whole number, such as 61,250.',
    });
  });

  it('sets the defaults and population, and adds or removes custom measures', () => {
    const custom = toCustomMeasure(
      {
        ...EMPTY_CUSTOM,
        id: 'X01',
        name: 'Children with a life-story book',
        unit: 'percent',
        polarity: 'higher',
        frequency: 'quarterly',
        kloes: ['K10', 'K03'],
      },
      kloeIds,
    );
    const result = applyDraft(fw, {
      ...EMPTY_DRAFT,
      defaultTolerance: '7.5',
      population: '60,100',
      added: [custom],
      removed: ['H02'],
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.framework.defaults.tolerance).toBe(7.5);
    expect(result.framework.population).toBe(60100);
    expect(result.framework.measures.map((m) => m.id)).not.toContain('H02');
    expect(result.framework.measures.at(-1)).toEqual({
      id: 'X01',
      name: 'Children with a life-story book',
      kloes: ['K03', 'K10'],
      unit: 'percent',
      polarity: 'higher',
      frequency: 'quarterly',
      source: 'local',
      derived: false,
      custom: true,
    });
  });
});

describe('validateCustomMeasure', () => {
  it('asks for every required field', () => {
    expect(validateCustomMeasure(EMPTY_CUSTOM, fw.measures, kloeIds)).toEqual({
      id: 'Give the measure an id, such as X01.',
      name: 'Give the measure a name.',
      unit: 'Choose a unit.',
      polarity: 'Choose which direction is better.',
      frequency: 'Choose how often it is reported.',
      kloes: 'Choose at least one line of enquiry (KLOE).',
    });
  });

  it('refuses a taken id (any case), a bad id, a formula-like name and unknown KLOEs', () => {
    const base = {
      ...EMPTY_CUSTOM,
      name: 'Ok',
      unit: 'count' as const,
      polarity: 'higher' as const,
      frequency: 'annual' as const,
      kloes: ['K03'],
    };
    expect(validateCustomMeasure({ ...base, id: 'h01' }, fw.measures, kloeIds).id).toBe(
      'The id H01 is already used by ‘Annual health assessment up to date’.',
    );
    expect(validateCustomMeasure({ ...base, id: '1X' }, fw.measures, kloeIds).id).toMatch(
      /must be 2 to 16 characters: a letter/,
    );
    expect(
      validateCustomMeasure({ ...base, id: 'X1', name: '=HYPERLINK("x")' }, fw.measures, kloeIds).name,
    ).toBe('The name cannot start with =, +, - or @.');
    expect(validateCustomMeasure({ ...base, id: 'X1', kloes: ['K99'] }, fw.measures, kloeIds).kloes).toBe(
      'Unknown line of enquiry: K99.',
    );
    expect(validateCustomMeasure({ ...base, id: 'X1' }, fw.measures, kloeIds)).toEqual({});
  });
});

describe('SPC baselines in the draft', () => {
  it('stores the canonical period, keeps the other settings, and clears a blank one', () => {
    const set = applyDraft(fw, { ...EMPTY_DRAFT, baselines: { H01: 'Q1 2024/25' } });
    if (!set.ok) throw new Error(JSON.stringify(set.errors));
    expect(set.framework.settings.H01).toMatchObject({ target: 90, spcBaseline: '2024/25 Q1' });
    expect(baselineText(set.framework, EMPTY_DRAFT, 'H01')).toBe('Q1 2024/25');
    const cleared = applyDraft(set.framework, { ...EMPTY_DRAFT, baselines: { H01: ' ' } });
    if (!cleared.ok) throw new Error('expected ok');
    expect(cleared.framework.settings.H01).toEqual(fw.settings.H01);
    expect(isDraftEmpty({ ...EMPTY_DRAFT, baselines: { H01: '' } })).toBe(false);
  });

  it('names the measure when the text is not a period', () => {
    const r = applyDraft(fw, { ...EMPTY_DRAFT, baselines: { D02: 'after the restructure' } });
    expect(r).toEqual({
      ok: false,
      errors: {
        'settings.D02.spcBaseline':
          'D02 SPC baseline: enter a period, such as Apr-23, Q1 2023/24 or 2023/24.',
      },
    });
  });
});
