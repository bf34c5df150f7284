import { implausibleRate } from './implausible-rate';
import { checkContext, figures, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({
  measures: [
    measure({ id: 'D01', unit: 'rate10k', polarity: 'contextual' }),
    measure({ id: 'D02', unit: 'count' }),
  ],
});

describe('implausible-rate', () => {
  it('reports rates per 10,000 over 1,000 in a rate row', () => {
    const s = rowSeries({ measureId: 'D01', values: { '2025-02': 70, '2025-03': 4200 } });
    const out = implausibleRate.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('warning');
    expect(out[0].message).toContain('4,200 per 10,000');
  });

  it('reports a worked-out rate over 1,000 and points at the population', () => {
    const f = figures({ measureId: 'D02', ratePer10k: 1400 });
    const out = implausibleRate.run(checkContext({ framework: { ...fw, population: 3000 }, figures: [f] }));
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('population setting (3000)');
  });

  it('is quiet for plausible rates', () => {
    const s = rowSeries({ measureId: 'D01', values: { '2025-03': 1000 } });
    expect(
      implausibleRate.run(
        checkContext({
          framework: fw,
          series: [s],
          figures: [figures({ measureId: 'D02', ratePer10k: 70 })],
        }),
      ),
    ).toEqual([]);
  });
});
