import { tagRowMissing } from './tag-row-missing';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('tag-row-missing', () => {
  it('reports a row that is gone, pointing at where it was', () => {
    const s = rowSeries({
      measureId: 'S01',
      row: 12,
      label: 'Placements 3+',
      state: { status: 'rowGone', message: 'no row has that label' },
    });
    const out = tagRowMissing.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('error');
    expect(out[0].cell).toMatchObject({ sheet: 'Monthly PMF', row: 12, address: 'A12' });
    expect(out[0].message).toContain("'Placements 3+'");
    expect(out[0].message).toContain('no row has that label');
  });

  it('ignores rows that were found', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-03': 1 } });
    expect(tagRowMissing.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
