import { tagAmbiguous } from './tag-ambiguous';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('tag-ambiguous', () => {
  it('lists the candidate rows and points at the first', () => {
    const s = rowSeries({
      measureId: 'S01',
      label: 'Total',
      state: { status: 'ambiguous', rows: [12, 30, 41] },
    });
    const out = tagAmbiguous.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('error');
    expect(out[0].message).toContain('rows 12, 30 and 41');
    expect(out[0].cell?.row).toBe(12);
  });
});
