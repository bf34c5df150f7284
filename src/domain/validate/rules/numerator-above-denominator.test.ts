import { numeratorAboveDenominator } from './numerator-above-denominator';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({
  measures: [measure({ id: 'H01', unit: 'percent' }), measure({ id: 'W01', unit: 'ratio' })],
});

describe('numerator-above-denominator', () => {
  it('reports periods where the numerator exceeds the denominator', () => {
    const n = rowSeries({
      measureId: 'H01',
      role: 'numerator',
      row: 11,
      values: { '2025-02': 79, '2025-03': 90 },
    });
    const d = rowSeries({
      measureId: 'H01',
      role: 'denominator',
      row: 12,
      values: { '2025-02': 85, '2025-03': 85 },
    });
    const out = numeratorAboveDenominator.run(checkContext({ framework: fw, series: [n, d] }));
    expect(out).toHaveLength(1);
    expect(out[0].cell?.address).toBe('D11');
    expect(out[0].message).toContain('numerator 90');
    expect(out[0].message).toContain('denominator 85');
  });

  it('allows it for ratios (cases per worker)', () => {
    const n = rowSeries({ measureId: 'W01', role: 'numerator', values: { '2025-03': 400 } });
    const d = rowSeries({ measureId: 'W01', role: 'denominator', row: 11, values: { '2025-03': 25 } });
    expect(numeratorAboveDenominator.run(checkContext({ framework: fw, series: [n, d] }))).toEqual([]);
  });
});
