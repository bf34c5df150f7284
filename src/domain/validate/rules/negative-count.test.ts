import { negativeCount } from './negative-count';
import { checkContext, framework, measure, recordSeries, rowSeries } from '../../../../test/domain/builders';

const fw = framework({
  measures: [
    measure({ id: 'M01', unit: 'count' }),
    measure({ id: 'H01', unit: 'percent' }),
    measure({ id: 'M04', unit: 'percent' }),
  ],
});

describe('negative-count', () => {
  it('reports negative counts in count rows, denominator rows and records', () => {
    const c = rowSeries({ measureId: 'M01', values: { '2025-03': -2 } });
    const d = rowSeries({ measureId: 'H01', role: 'denominator', row: 11, values: { '2025-03': -1 } });
    const r = recordSeries({ measureId: 'M04', values: [1, -3] });
    const out = negativeCount.run(checkContext({ framework: fw, series: [c, d, r] }));
    expect(out.map((f) => f.measureId)).toEqual(['M01', 'H01', 'M04']);
    expect(out[0].severity).toBe('error');
  });

  it('does not treat a negative percentage change row as a count', () => {
    const v = rowSeries({ measureId: 'H01', values: { '2025-03': -2 } });
    expect(negativeCount.run(checkContext({ framework: fw, series: [v] }))).toEqual([]);
  });
});
