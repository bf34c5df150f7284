import { staleData } from './stale-data';
import { computeFigures } from '../../calc/figures';
import { checkContext, framework, measure, recordSeries, rowSeries } from '../../../../test/domain/builders';

const H01 = measure({ id: 'H01', frequency: 'monthly' });
const P01 = measure({ id: 'P01', frequency: 'quarterly' });
const M04 = measure({ id: 'M04', frequency: 'quarterly' });
const fw = framework({ measures: [H01, P01, M04] });

function run(series: ReturnType<typeof rowSeries | typeof recordSeries>[], asAt: string) {
  const figs = computeFigures({ framework: fw, series, asAt });
  return staleData.run(checkContext({ framework: fw, series, figures: figs, asAt }));
}

describe('stale-data', () => {
  it('flags a monthly figure more than 62 days old', () => {
    const out = run([rowSeries({ measureId: 'H01', values: { '2025-01': 90 } })], '2025-04-15');
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('warning');
    expect(out[0].message).toContain('Jan-25');
    expect(out[0].message).toContain('31 Jan 2025');
  });

  it('accepts last month and the month before', () => {
    expect(run([rowSeries({ measureId: 'H01', values: { '2025-02': 90 } })], '2025-04-15')).toEqual([]);
  });

  it('gives a quarterly figure a quarter and a month', () => {
    expect(run([rowSeries({ measureId: 'P01', values: { '2024/25 Q3': 70 } })], '2025-04-30')).toEqual([]);
    expect(run([rowSeries({ measureId: 'P01', values: { '2024/25 Q3': 70 } })], '2025-05-15')).toHaveLength(
      1,
    );
  });

  it('never calls child-level figures stale', () => {
    expect(run([recordSeries({ measureId: 'M04', values: [1, 3] })], '2025-04-15')).toEqual([]);
  });
});
