import { latestPeriodBlank } from './latest-period-blank';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('latest-period-blank', () => {
  it('reports a blank newest period and says which period the figures show', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-01': 4, '2025-02': 5, '2025-03': null } });
    const out = latestPeriodBlank.run(checkContext({ framework: fw, series: [s], asAt: '2025-04-15' }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'warning', cell: { address: 'E10' } });
    expect(out[0].message).toContain('the newest period, Mar-25, has no value');
    expect(out[0].message).toContain('the figures show Feb-25 instead');
  });

  it('does not count columns for periods that have not ended yet', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-03': 4, '2025-04': null, '2025-05': null } });
    expect(latestPeriodBlank.run(checkContext({ framework: fw, series: [s], asAt: '2025-04-15' }))).toEqual(
      [],
    );
  });

  it('says what a suppressed newest cell holds', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-02': 5, '2025-03': 'c' } });
    const out = latestPeriodBlank.run(checkContext({ framework: fw, series: [s], asAt: '2025-04-15' }));
    expect(out[0].message).toContain("holds the suppression marker 'c'");
  });
});
