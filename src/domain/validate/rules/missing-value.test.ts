import { missingValue } from './missing-value';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('missing-value', () => {
  it('reports blanks between valued periods, not before the first or after the last', () => {
    const s = rowSeries({
      measureId: 'S01',
      values: { '2024-11': null, '2024-12': 5, '2025-01': null, '2025-02': 6, '2025-03': null },
    });
    const out = missingValue.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'warning', cell: { address: 'E10' } });
    expect(out[0].message).toContain('Jan-25');
  });

  it('is quiet for a full series', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-01': 1, '2025-02': 2 } });
    expect(missingValue.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
