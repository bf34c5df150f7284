import { mixedPeriodKinds } from './mixed-period-kinds';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('mixed-period-kinds', () => {
  it('reports months mixed with a year', () => {
    const s = rowSeries({
      measureId: 'S01',
      entries: [
        ['2025-02', 1],
        ['2025-03', 2],
        ['2024/25', 3],
      ],
    });
    const out = mixedPeriodKinds.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('month, financialYear');
  });

  it('is quiet for one kind', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-02': 1 } });
    expect(mixedPeriodKinds.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
