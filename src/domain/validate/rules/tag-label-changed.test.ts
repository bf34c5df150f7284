import { tagLabelChanged } from './tag-label-changed';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('tag-label-changed', () => {
  it('quotes the old and the new label', () => {
    const s = rowSeries({
      measureId: 'S01',
      label: '3+ placements',
      values: { '2025-03': 1 },
      state: { status: 'labelChanged', row: 10, label: '3+ placements (12m)' },
    });
    const out = tagLabelChanged.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('warning');
    expect(out[0].message).toContain("'3+ placements (12m)'");
    expect(out[0].message).toContain("was '3+ placements'");
  });
});
