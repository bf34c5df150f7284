import { periodsOutOfOrder } from './periods-out-of-order';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('periods-out-of-order', () => {
  it('finds a column earlier in time to the right of a later one', () => {
    const s = rowSeries({
      measureId: 'S01',
      entries: [
        ['2025-01', 1],
        ['2025-03', 2],
        ['2025-02', 3],
      ],
    });
    const out = periodsOutOfOrder.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('Mar-25');
    expect(out[0].message).toContain('Feb-25');
    expect(out[0].cell?.address).toBe('E10');
  });

  it('is quiet for columns in order', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-01': 1, '2025-02': 2 } });
    expect(periodsOutOfOrder.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});

describe('periods-out-of-order on newest-first sheets', () => {
  it('is quiet when every column is newer than the one to its right', () => {
    const s = rowSeries({
      measureId: 'S01',
      entries: [
        ['2025-03', 1],
        ['2025-02', 2],
        ['2025-01', 3],
      ],
    });
    expect(periodsOutOfOrder.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
