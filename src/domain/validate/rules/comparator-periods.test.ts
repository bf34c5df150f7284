import { comparatorPeriods } from './comparator-periods';
import { computeFigures } from '../../calc/figures';
import type { Series } from '../../series/types';
import {
  checkContext,
  comparatorSeries,
  framework,
  measure,
  rowSeries,
} from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'C02', frequency: 'annual' })] });

function run(series: Series[]) {
  const figures = computeFigures({ framework: fw, series, asAt: '2025-06-30' });
  return comparatorPeriods.run(checkContext({ framework: fw, series, figures }));
}

const ours = rowSeries({ measureId: 'C02', values: { '2022/23': 54, '2023/24': 57, '2024/25': 58 } });

describe('comparator-periods', () => {
  it('warns when a benchmark is kept in other periods than ours (calendar years against financial years)', () => {
    const england = comparatorSeries({
      measureId: 'C02',
      role: 'england',
      sheet: 'EET 19-21 (LAIT)',
      row: 5,
      areas: { England: { '2023': 55, '2024': 56 } },
    });
    const out = run([ours, england]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      severity: 'warning',
      measureId: 'C02',
      cell: { sheet: 'EET 19-21 (LAIT)', address: 'A5' },
    });
    expect(out[0].message).toContain(
      "England (row 5 of 'EET 19-21 (LAIT)') is in calendar years (2023 to 2024) but our figures are in financial years (latest 2024/25)",
    );
  });

  it('notes (info) an earlier period used when the benchmark has none for ours, naming the cell', () => {
    const region = comparatorSeries({
      measureId: 'C02',
      role: 'region',
      areas: { 'North East': { '2022/23': 52, '2023/24': 54, '2024/25': 'c' } },
    });
    const out = run([ours, region]);
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('info');
    expect(out[0].cell?.address).toBe('E20');
    expect(out[0].message).toContain(
      "the region (row 20 of Benchmarks) has no figure for 2024/25, our latest period (Benchmarks!E20 is suppressed ('c')): its newest earlier figure is shown",
    );
  });

  it('warns when a benchmark has no figure for our period or before it', () => {
    const named = comparatorSeries({
      measureId: 'C02',
      role: 'comparator',
      name: 'All young people in the county',
      areas: { County: { '2024/25': null, '2025/26': 60 } },
    });
    const out = run([ours, named]);
    expect(out[0]).toMatchObject({ severity: 'warning' });
    expect(out[0].message).toContain(
      "'All young people in the county' (row 20 of Benchmarks) has no figure for 2024/25 or before",
    );
  });

  it('notes (info) the peers with no figure for our period: they are left out of the rank and the average', () => {
    const peers = comparatorSeries({
      measureId: 'C02',
      role: 'peers',
      areas: { Darlington: { '2024/25': 61 }, Hartlepool: { '2024/25': 'c' }, Doncaster: { '2023/24': 50 } },
    });
    const out = run([ours, peers]);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain(
      "2 of the 3 peers (rows 20-22 of Benchmarks) have no figure for 2024/25 (Hartlepool, Doncaster): they are left out of the rank and of the neighbours' average.",
    );
  });

  it('says nothing when every benchmark has a figure for our latest period', () => {
    const england = comparatorSeries({
      measureId: 'C02',
      role: 'england',
      areas: { England: { '2024/25': 56 } },
    });
    expect(run([ours, england])).toEqual([]);
  });

  it('warns about a benchmark with no figures at all', () => {
    const empty = comparatorSeries({ measureId: 'C02', role: 'england', areas: { England: {} } });
    expect(run([ours, empty])[0].message).toContain('has no figures for any period the add-in reads');
  });
});
