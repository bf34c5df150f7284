import fc from 'fast-check';
import { median, recordCounts, recordStats } from './records';
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

  it('works out the same median, counts and top tenth whether the records are small whole numbers or not', () => {
    // Small whole numbers are sorted by counting; anything else by a comparison sort: both must agree with
    // the plain definition.
    const naive = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const n = sorted.length;
      const med = n === 0 ? null : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      const went = sorted.filter((v) => v >= 1);
      const top = went.length === 0 ? 0 : Math.max(1, Math.ceil(went.length / 10));
      return {
        median: med,
        atLeast1: went.length,
        atLeast3: sorted.filter((v) => v >= 3).length,
        topTenthTotal: sorted.slice(n - top).reduce((a, b) => a + b, 0),
      };
    };
    const small = fc.integer({ min: 0, max: 5000 });
    const any = fc.oneof(
      small,
      fc.double({ min: -10, max: 50, noNaN: true }).map((v) => Math.round(v * 4) / 4),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(small, any), { maxLength: 300 }), (drawn) => {
        // The reader never gives -0 (it reads it as 0); the builder passes numbers through as they are.
        const values = drawn.map((v) => (Object.is(v, -0) ? 0 : v));
        const list = records(values);
        const want = naive(values);
        expect(recordStats(list).median).toBe(want.median);
        expect(recordCounts(list)).toMatchObject({
          atLeast1: want.atLeast1,
          atLeast3: want.atLeast3,
          topTenthTotal: want.topTenthTotal,
        });
      }),
    );
  });
});
