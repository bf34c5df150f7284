import { fractionalCount } from './fractional-count';
import { checkContext, framework, measure, recordSeries, rowSeries } from '../../../../test/domain/builders';

const fw = framework({
  measures: [
    measure({ id: 'M01', unit: 'count' }),
    measure({ id: 'H01', unit: 'percent' }),
    measure({ id: 'M04' }),
  ],
});

describe('fractional-count', () => {
  it('reports non-whole counts', () => {
    const c = rowSeries({ measureId: 'M01', values: { '2025-02': 4, '2025-03': 4.5 } });
    const r = recordSeries({ measureId: 'M04', values: [1, 0.25] });
    const out = fractionalCount.run(checkContext({ framework: fw, series: [c, r] }));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ severity: 'warning', cell: { address: 'D10' } });
    expect(out[0].message).toContain('4.5');
  });

  it('leaves percentages alone', () => {
    const v = rowSeries({ measureId: 'H01', values: { '2025-03': 92.9 } });
    expect(fractionalCount.run(checkContext({ framework: fw, series: [v] }))).toEqual([]);
  });
});
