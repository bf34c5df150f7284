import { ytdDisagrees } from './ytd-disagrees';
import { computeFigures } from '../../calc/figures';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'M02', unit: 'count', polarity: 'lower' })] });

function run(ytd: number) {
  const series = [
    rowSeries({ measureId: 'M02', values: { '2025-04': 10, '2025-05': 12, '2025-06': 8 }, ytd }),
  ];
  const figs = computeFigures({ framework: fw, series, asAt: '2025-07-10' });
  return ytdDisagrees.run(checkContext({ framework: fw, series, figures: figs }));
}

describe('ytd-disagrees', () => {
  it('reports a YTD column that is not the sum of the months', () => {
    const out = run(31);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('add up to 30');
    expect(out[0].cell?.address).toBe('J10');
  });

  it('is quiet when they agree', () => {
    expect(run(30)).toEqual([]);
  });
});
