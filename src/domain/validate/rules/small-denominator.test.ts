import { smallDenominator } from './small-denominator';
import { computeFigures } from '../../calc/figures';
import { checkContext, framework, measure, recordSeries, rowSeries } from '../../../../test/domain/builders';

const fw = framework({
  measures: [measure({ id: 'H01', name: 'Annual health assessment', unit: 'percent' })],
});

function run(num: number, den: number) {
  const series = [
    rowSeries({ measureId: 'H01', role: 'numerator', row: 11, values: { '2025-03': num } }),
    rowSeries({ measureId: 'H01', role: 'denominator', row: 12, values: { '2025-03': den } }),
  ];
  const figs = computeFigures({ framework: fw, series, asAt: '2025-04-15' });
  return smallDenominator.run(checkContext({ framework: fw, series, figures: figs }));
}

describe('small-denominator', () => {
  it('says how far one child moves the percentage: on 7 children one child is 14 points', () => {
    const out = run(5, 7);
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('info');
    expect(out[0].message).toContain('5 of 7');
    expect(out[0].message).toContain('on 7 children one child is 14 points');
    expect(out[0].cell?.address).toBe('C12');
  });

  it('is quiet from 10 children up', () => {
    expect(run(8, 10)).toEqual([]);
  });
});

describe('small-denominator for the workforce', () => {
  it('speaks of social workers, not children', () => {
    const fw2 = framework({
      measures: [measure({ id: 'W02', kloes: ['K09'], unit: 'percent', polarity: 'lower' })],
    });
    const series = [recordSeries({ measureId: 'W02', values: [20, 30, 26, 10] })];
    const figs = computeFigures({ framework: fw2, series, asAt: '2025-04-15' });
    const out = smallDenominator.run(checkContext({ framework: fw2, series, figures: figs }));
    expect(out[0].message).toContain('2 of 4 (50%): on 4 social workers one worker is 25 points');
  });
});
