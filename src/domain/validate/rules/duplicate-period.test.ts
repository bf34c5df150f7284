import { duplicatePeriod } from './duplicate-period';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('duplicate-period', () => {
  it('finds the same period in two columns', () => {
    const s = rowSeries({
      measureId: 'S01',
      entries: [
        ['2025-02', 1],
        ['2025-03', 2],
        ['2025-03', 3],
      ],
    });
    const out = duplicatePeriod.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain(
      "Mar-25 appears twice in the header row ('Monthly PMF'!D10 and 'Monthly PMF'!E10)",
    );
    expect(out[0].cell?.address).toBe('E10');
  });

  it('uses the series note when there is one', () => {
    const s = rowSeries({
      measureId: 'S01',
      values: { '2025-03': 1 },
      notes: [{ code: 'duplicatePeriod', message: 'Mar-25 in D4 and E4' }],
    });
    const out = duplicatePeriod.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('Mar-25 in D4 and E4');
  });

  it('is quiet with distinct periods', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-02': 1, '2025-03': 2 } });
    expect(duplicatePeriod.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
