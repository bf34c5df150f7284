import { countWords, recordNouns } from './countWords';

describe('countWords', () => {
  it('says a percentage is so many of so many', () => {
    expect(countWords({ id: 'H01', unit: 'percent' }, 79, 85)).toBe('79 of 85');
    expect(countWords({ id: 'D01', unit: 'rate10k' }, 412, 61250)).toBe('412 of 61,250');
  });

  it('names both parts of a ratio, never "84 of 23"', () => {
    expect(countWords({ id: 'M03', unit: 'ratio' }, 84, 23)).toBe('84 incidents / 23 children');
    expect(countWords({ id: 'W01', unit: 'ratio' }, 1234, 70)).toBe('1,234 cases / 70 social workers');
    expect(countWords({ id: 'F03', unit: 'ratio' }, 1408, 505)).toBe('£1,408 / £505');
    expect(countWords({ id: 'X01', unit: 'ratio' }, 84, 23)).toBe('84 / 23');
  });
});

describe('recordNouns', () => {
  it('knows who child- and worker-level records count', () => {
    expect(recordNouns({ id: 'M04', kloes: ['K04'] }, {})).toEqual({
      who: 'children',
      one: 'child',
      what: 'incidents',
    });
    expect(recordNouns({ id: 'W02', kloes: ['K09'] }, { threshold: 18 }).who).toBe('social workers');
    expect(recordNouns({ id: 'X01', kloes: ['K01'] }, {})).toEqual({
      who: 'records',
      one: 'record',
      what: '',
    });
  });
});
