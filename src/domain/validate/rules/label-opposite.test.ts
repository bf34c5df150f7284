import { labelOpposite } from './label-opposite';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'C02', polarity: 'higher' }), measure({ id: 'H01' })] });

describe('label-opposite', () => {
  it('warns when a NEET row is tagged as the EET measure', () => {
    const s = rowSeries({ measureId: 'C02', label: 'CL 19-21 NEET %', values: { '2025-03': 38 } });
    const out = labelOpposite.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ ruleId: 'label-opposite', severity: 'warning', measureId: 'C02' });
    expect(out[0].message).toContain("'CL 19-21 NEET %'");
    expect(out[0].message).toContain('not in education, employment or training');
  });

  it('is quiet for rows that count the measure itself', () => {
    const series = [
      rowSeries({ measureId: 'C02', label: 'Care leavers 19-21 in EET', values: { '2025-03': 60 } }),
      rowSeries({ measureId: 'H01', label: 'Annual health assessments in date', values: { '2025-03': 90 } }),
    ];
    expect(labelOpposite.run(checkContext({ framework: fw, series }))).toEqual([]);
  });

  it('warns for out-of-date wording on a measure of things up to date', () => {
    const s = rowSeries({ measureId: 'H01', label: 'Health assessments overdue', values: { '2025-03': 12 } });
    expect(labelOpposite.run(checkContext({ framework: fw, series: [s] }))).toHaveLength(1);
  });
});
