import { percentOutOfRange } from './percent-out-of-range';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({
  measures: [measure({ id: 'H01', unit: 'percent' }), measure({ id: 'M01', unit: 'count' })],
});

describe('percent-out-of-range', () => {
  it('reports percentages under 0 or over 100, not 0 and 100', () => {
    const s = rowSeries({
      measureId: 'H01',
      values: { '2025-01': 0, '2025-02': 100, '2025-03': 112.5, '2025-04': -1 },
    });
    const out = percentOutOfRange.run(checkContext({ framework: fw, series: [s] }));
    expect(out.map((f) => f.cell?.address)).toEqual(['E10', 'F10']);
    expect(out[0].message).toContain('112.5%');
    expect(out[0].severity).toBe('error');
  });

  it('leaves counts and numerator rows alone', () => {
    const c = rowSeries({ measureId: 'M01', values: { '2025-03': 250 } });
    const n = rowSeries({ measureId: 'H01', role: 'numerator', row: 11, values: { '2025-03': 250 } });
    expect(percentOutOfRange.run(checkContext({ framework: fw, series: [c, n] }))).toEqual([]);
  });
});
