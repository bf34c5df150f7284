import { polarityDisagrees, readPolarity } from './polarity-disagrees';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({
  measures: [measure({ id: 'S01', polarity: 'lower' }), measure({ id: 'H01', polarity: 'higher' })],
});

describe('readPolarity', () => {
  it.each([
    ['High', 'higher'],
    ['Higher is better', 'higher'],
    ['Low is good', 'lower'],
    ['Low', 'lower'],
    ['Lower is better', 'lower'],
    ['High is bad', 'lower'],
    ['Smaller is better', 'lower'],
    ['Target', 'target'],
    ['N/A', 'contextual'],
    ['Neutral', 'contextual'],
  ])('%s -> %s', (text, expected) => {
    expect(readPolarity(text)).toBe(expected);
  });

  it('ignores text it cannot read', () => {
    expect(readPolarity('see notes')).toBeNull();
    expect(readPolarity('')).toBeNull();
  });
});

describe('polarity-disagrees', () => {
  it("reports 'High' in the workbook against lower-is-better in the framework", () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-03': 9 }, polarityText: 'High' });
    const out = polarityDisagrees.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('warning');
    expect(out[0].message).toContain("'High'");
    expect(out[0].message).toContain('lower is better');
    expect(out[0].cell?.address).toBe('B10');
  });

  it('is quiet when they agree', () => {
    const s = rowSeries({ measureId: 'H01', values: { '2025-03': 9 }, polarityText: 'Higher is better' });
    expect(polarityDisagrees.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
