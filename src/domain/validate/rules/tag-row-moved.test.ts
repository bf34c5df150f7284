import { tagRowMoved } from './tag-row-moved';
import { checkContext, framework, measure, recordSeries, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('tag-row-moved', () => {
  it('tells (info) that a row moved and where it is now', () => {
    const s = rowSeries({
      measureId: 'S01',
      row: 14,
      values: { '2025-03': 1 },
      state: { status: 'moved', row: 14, from: 12 },
    });
    const out = tagRowMoved.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('info');
    expect(out[0].cell?.row).toBe(14);
    expect(out[0].message).toMatch(/from row 12 to 'Monthly PMF' row 14/);
  });

  it('is quiet for rows in place', () => {
    expect(
      tagRowMoved.run(checkContext({ framework: fw, series: [rowSeries({ measureId: 'S01' })] })),
    ).toEqual([]);
  });
});

describe('tag-row-moved, column tags', () => {
  it('says a records column moved by column letter', () => {
    const fw2 = framework({ measures: [measure({ id: 'M04' })] });
    const r = recordSeries({ measureId: 'M04', values: [1], column: 3 });
    const moved = { ...r, state: { status: 'moved' as const, row: 2, from: 2, column: 5, fromColumn: 3 } };
    const out = tagRowMoved.run(checkContext({ framework: fw2, series: [moved] }));
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('from column C to column E');
    expect(out[0].cell?.address).toBe('E2');
  });
});
