/**
 * Every catalogue measure has a definition a councillor can read: what is counted, out of what, over what
 * period, and where the figures come from. Measures a Panel adds show their officer's definition or say
 * that none was given.
 */
import catalogue from '../../../src/domain/framework/catalogue.json';
import { addCustomMeasure, defaultFramework } from '../../../src/domain/framework';
import type { Measure } from '../../../src/domain/framework/types';
import {
  definitionText,
  judgedText,
  NO_DEFINITION_GIVEN,
  sourceText,
} from '../../../src/domain/summary/definitions';

const measures = defaultFramework().measures;

/** Words that name the period a figure covers. */
const PERIOD =
  /\b(period|year|years|month|months|quarter|31 March|30 September|term|birthday|school year|the last day)\b/i;
/** The sources figures come from, as the issue lists them and the catalogue names them. */
const SOURCES =
  /SSDA903|case system|Finance ledger|HR records|school census|virtual school|DfE outcomes|records/i;

describe('catalogue definitions', () => {
  it('covers every measure of the catalogue', () => {
    expect(measures).toHaveLength(catalogue.measures.length);
    expect(measures.length).toBeGreaterThan(50);
  });

  it.each(measures.map((m) => [m.id, m] as const))(
    '%s: says what is counted, over what period, from where',
    (_id, m) => {
      const d = m.definition ?? '';
      expect(d.length).toBeGreaterThan(60);
      expect(d).toMatch(/^[A-Z].*\.$/s);
      expect(d).toMatch(PERIOD);
      expect(d).not.toMatch(/^derived:|No definition/i);
      expect(m.dataSource ?? '').toMatch(SOURCES);
      // Out of what: a percentage says what it is a percentage of.
      if (m.unit === 'percent') expect(d).toMatch(/\b(Of |percentage|share|as a percentage of)/);
      if (m.unit === 'rate10k') expect(d).toMatch(/10,000/);
      if (m.unit === 'currency') expect(d).toMatch(/cost/i);
      expect(definitionText(m)).toBe(d);
      expect(sourceText(m)).toBe(m.dataSource);
      expect(judgedText(m)).toMatch(/\. (Higher|Lower|Closer|Context)/);
    },
  );

  it('names what the counts behind a percentage count, for the sentences', () => {
    for (const m of measures.filter((x) => x.unit === 'percent'))
      expect([m.id, m.counted ?? '']).not.toEqual([m.id, '']);
  });
});

describe('definitions of measures a Panel adds', () => {
  const add = (draft: Partial<Measure>): Measure => {
    const result = addCustomMeasure(defaultFramework(), {
      id: 'LOCAL1',
      name: 'Foster carers recruited',
      kloes: ['K06'],
      unit: 'count',
      polarity: 'higher',
      frequency: 'quarterly',
      ...draft,
    } as never);
    if (!('framework' in result)) throw new Error(result.errors.join('; '));
    return result.framework.measures.find((m) => m.id === 'LOCAL1')!;
  };

  it('shows the officer’s definition, counts and base, and says the Panel added it', () => {
    const m = add({
      definition: 'households approved as foster carers in the quarter',
      numerator: 'approvals at panel',
      denominator: 'households assessed',
    });
    expect(definitionText(m)).toBe(
      'Households approved as foster carers in the quarter. Counted: approvals at panel. Out of: households assessed. A measure the Panel added.',
    );
    expect(sourceText(m)).toBe('The council’s own records');
  });

  it('says no definition was given when there is none', () => {
    expect(definitionText(add({}))).toBe(`${NO_DEFINITION_GIVEN} A measure the Panel added.`);
  });
});
