import { fractionsReadAsPercent } from './fractions-read-as-percent';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'H01' })] });

describe('fractions-read-as-percent', () => {
  it('reports a row whose fractions were read as percentages, pointing at the first one', () => {
    const s = rowSeries({
      measureId: 'H01',
      values: { '2025-02': 91, '2025-03': 93 },
      sources: { '2025-02': 'fractionAsPercent', '2025-03': 'fractionAsPercent' },
    });
    const out = fractionsReadAsPercent.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('warning');
    expect(out[0].cell?.address).toBe('C10');
  });

  it('reports from the series note too', () => {
    const s = rowSeries({
      measureId: 'H01',
      values: { '2025-03': 93 },
      notes: [{ code: 'fractionsAsPercent', message: 'x' }],
    });
    expect(fractionsReadAsPercent.run(checkContext({ framework: fw, series: [s] }))).toHaveLength(1);
  });

  it('is quiet for real percentages', () => {
    const s = rowSeries({
      measureId: 'H01',
      values: { '2025-03': 93 },
      sources: { '2025-03': 'percentFormat' },
    });
    expect(fractionsReadAsPercent.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
