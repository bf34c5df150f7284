import { defaultFramework } from '../framework';
import type { Measure } from '../framework/types';
import { DERIVED_DEFINITIONS, derivedDefinition } from './definitions';
import { SOURCES } from './sources';
import { TABLE_SOURCES } from './types';

const framework = defaultFramework();
const measure = (id: string): Measure => {
  const m = framework.measures.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id} in the catalogue`);
  return m;
};
const episodes = {
  source: 'episodes',
  sheet: 'Episodes',
  range: 'A1:M4210',
  text: 'the 903 episodes table (Episodes!A1:M4210)',
};

describe('the definitions of measures worked out from a table', () => {
  it('defines every measure a table gives, and nothing else', () => {
    const given = TABLE_SOURCES.flatMap((s) => Object.keys(SOURCES[s].measures)).sort();
    expect(Object.keys(DERIVED_DEFINITIONS).sort()).toEqual(given);
    // Each is a catalogue measure, so the summary shows it.
    for (const id of given) expect(measure(id).id).toBe(id);
  });

  it('replaces the catalogue definition and names the table the figures come from', () => {
    const d02 = derivedDefinition(measure('D02'), episodes);
    expect(d02).toMatchObject({ id: 'D02', name: measure('D02').name, unit: measure('D02').unit });
    expect(d02.definition).toBe(
      'Children with an episode of care open on the as-at date. Short breaks (legal status V3, V4) are left out.',
    );
    expect(d02.dataSource).toBe(
      'Worked out by the add-in from the 903 episodes table (Episodes!A1:M4210), by the definition beside it, ' +
        "which follows the SSDA903 return's. The DfE's published figures apply its fuller methodology, so they " +
        'can differ slightly.',
    );
  });

  it('states the counting rules of the measures most often questioned', () => {
    expect(DERIVED_DEFINITIONS.S01).toContain(
      'each later one that starts care or changes placement (S, P, B)',
    );
    expect(DERIVED_DEFINITIONS.M05).toContain('(at least one child)');
    expect(DERIVED_DEFINITIONS.M01).toContain('Away incidents are counted apart');
    expect(DERIVED_DEFINITIONS.C01).toContain('but those who died or returned home');
    expect(DERIVED_DEFINITIONS.V01).toContain(
      '(PN1-PN6), out of the reviews of children aged 4 or over (PN1-PN7)',
    );
  });

  it('leaves a measure no table gives as the catalogue has it', () => {
    const e01 = measure('E01');
    expect(derivedDefinition(e01, episodes)).toBe(e01);
  });
});
