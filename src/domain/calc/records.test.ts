import { median, recordStats } from './records';
import { recordSeries } from '../../../test/domain/builders';

const records = (values: (number | string | null)[]) => recordSeries({ measureId: 'M04', values }).records;

describe('records', () => {
  it('median of odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('leaves out unreadable records and counts them as skipped; blanks are not skipped', () => {
    const s = recordStats(records([2, 'x', null, '#N/A', 4]));
    expect(s).toMatchObject({ count: 2, total: 6, mean: 3, median: 3, skipped: 2 });
    expect(s.threshold).toBeUndefined();
  });

  it('has empty figures for no records', () => {
    expect(recordStats(records([]))).toMatchObject({
      count: 0,
      total: 0,
      mean: null,
      median: null,
      shareAtLeast3: null,
      topTenthShare: null,
    });
    expect(recordStats(records([]), { threshold: 25 }).shareAbove).toBeNull();
  });

  it('top tenth of 25 children who went missing is 3 children', () => {
    const values = [10, 9, 8, ...Array(22).fill(1)];
    expect(recordStats(records(values)).topTenthShare).toBeCloseTo((27 / 49) * 100, 9);
  });
});
