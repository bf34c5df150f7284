import { suppressedValue } from './suppressed-value';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('suppressed-value', () => {
  it('reports suppression markers as info', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-02': 'c', '2025-03': 4, '2025-04': 'TBC' } });
    const out = suppressedValue.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'info', cell: { address: 'C10' } });
    expect(out[0].message).toContain("suppressed ('c') for Feb-25");
  });
});
