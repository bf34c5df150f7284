import { noPeriodHeader } from './no-period-header';
import { cellRef } from '../../grid';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('no-period-header', () => {
  it('reports a series noted as having no header', () => {
    const s = rowSeries({
      measureId: 'S01',
      row: 12,
      notes: [{ code: 'noHeader', message: 'no period header', cell: cellRef('Monthly PMF', 12, 1) }],
    });
    const out = noPeriodHeader.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('error');
    expect(out[0].message).toContain("'Monthly PMF' row 12");
  });

  it('is quiet for a normal row', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-03': 1 } });
    expect(noPeriodHeader.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
