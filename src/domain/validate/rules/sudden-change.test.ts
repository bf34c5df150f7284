import { suddenChange } from './sudden-change';
import { computeFigures } from '../../calc/figures';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const H01 = measure({ id: 'H01', unit: 'percent', polarity: 'higher' });
const M02 = measure({ id: 'M02', unit: 'count', polarity: 'lower' });
const fw = framework({ measures: [H01, M02] });

function run(measureId: string, values: Record<string, number | null>) {
  const series = [rowSeries({ measureId, values })];
  const figs = computeFigures({ framework: fw, series, asAt: '2025-04-15' });
  return suddenChange.run(checkContext({ framework: fw, series, figures: figs }));
}

describe('sudden-change', () => {
  it('flags a jump far beyond the usual change (over 3x the median and over 5 points)', () => {
    const out = run('H01', { '2024-11': 80, '2024-12': 81, '2025-01': 80, '2025-02': 81, '2025-03': 95 });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('warning');
    expect(out[0].message).toContain('+14 points');
    expect(out[0].message).toContain('median 1 points');
  });

  it('flags a drop as well', () => {
    expect(
      run('H01', { '2024-11': 80, '2024-12': 81, '2025-01': 80, '2025-02': 81, '2025-03': 60 }),
    ).toHaveLength(1);
  });

  it('ignores a change under the floor even against a flat history', () => {
    expect(run('H01', { '2024-11': 80, '2024-12': 80, '2025-01': 80, '2025-02': 80, '2025-03': 84 })).toEqual(
      [],
    );
  });

  it('ignores a change in line with a volatile history', () => {
    expect(run('H01', { '2024-11': 60, '2024-12': 75, '2025-01': 62, '2025-02': 78, '2025-03': 60 })).toEqual(
      [],
    );
  });

  it('needs three earlier changes to judge', () => {
    expect(run('H01', { '2025-01': 80, '2025-02': 81, '2025-03': 99 })).toEqual([]);
  });

  it('uses a count floor of 5 (small counts wobble)', () => {
    expect(run('M02', { '2024-11': 2, '2024-12': 2, '2025-01': 3, '2025-02': 2, '2025-03': 6 })).toEqual([]);
    expect(
      run('M02', { '2024-11': 20, '2024-12': 21, '2025-01': 20, '2025-02': 21, '2025-03': 40 }),
    ).toHaveLength(1);
  });
});
