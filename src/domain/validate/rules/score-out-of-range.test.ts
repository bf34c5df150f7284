import { scoreOutOfRange } from './score-out-of-range';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const H06 = measure({
  id: 'H06',
  name: 'Average SDQ total difficulties score',
  unit: 'score',
  polarity: 'lower',
  range: [0, 40],
});
const fw = framework({ measures: [H06, measure({ id: 'E05', unit: 'score' })] });

describe('score-out-of-range', () => {
  it('reports SDQ scores outside 0-40', () => {
    const s = rowSeries({ measureId: 'H06', values: { '2023/24': 14.2, '2024/25': 41 } });
    const out = scoreOutOfRange.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('outside the possible range 0-40');
    expect(out[0].severity).toBe('error');
  });

  it('ignores measures with no range', () => {
    const s = rowSeries({ measureId: 'E05', values: { '2024/25': 90 } });
    expect(scoreOutOfRange.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
