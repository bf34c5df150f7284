import { errorCell } from './error-cell';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('error-cell', () => {
  it('reports Excel error values with the error code', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-02': 4, '2025-03': '#DIV/0!' } });
    const out = errorCell.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'error', cell: { address: 'D10' } });
    expect(out[0].message).toContain('#DIV/0!');
  });

  it('is quiet for numbers', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-03': 4 } });
    expect(errorCell.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
