import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { rowSeries } from '../../../../test/domain/builders';
import { tableReconciliation } from './table-reconciliation';

const episodes = seriesOf(
  tableGrid(
    'Episodes',
    ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
    [
      ['A', '01/01/2020', 'S', 'C2', 'U1', '', ''],
      ['B', '01/01/2020', 'S', 'C2', 'U1', '01/05/2024', 'X1'],
      ['B', '01/05/2024', 'P', 'C2', 'U2', '01/06/2024', 'X1'],
      ['B', '01/06/2024', 'P', 'C2', 'U3', '', ''],
      ['C', '01/01/2020', 'S', 'C2', 'K2', '', ''],
    ],
  ),
  'episodes',
  '2025-03-31',
);

describe('table-reconciliation', () => {
  it('names the keyed figure and the derived one when they differ for the same year', () => {
    // Derived S01 for 2024/25: B had 3 placements, of 3 children: 33.3% (1 of 3).
    const keyed = rowSeries({ measureId: 'S01', sheet: 'PMF', values: { '2023/24': 10, '2024/25': 9.9 } });
    const out = tableReconciliation.run(tableContext([keyed, episodes]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'warning', measureId: 'S01', cell: keyed.observations.cell(1) });
    expect(out[0].message).toBe(
      `S01 Children with three or more placements in the last 12 months: keyed 9.9% for 2024/25 (PMF!${keyed.observations.cell(1).address}); the 903 episodes table (Episodes!A1:G6) gives 33.3% (1 of 3) for 2024/25. The figures use the keyed value: check which is right.`,
    );
  });

  it('compares a snapshot measure keyed monthly with the month ending the year, within the keyed rounding', () => {
    // D02 = 3 at 31 March 2025; P01 = 2 of 3 = 66.7%.
    const d02 = rowSeries({ measureId: 'D02', sheet: 'PMF', values: { '2025-02': 5, '2025-03': 4 } });
    const p01 = rowSeries({ measureId: 'P01', sheet: 'PMF', values: { '2025-03': 67 } });
    const out = tableReconciliation.run(tableContext([d02, p01, episodes]));
    expect(out.map((f) => f.measureId)).toEqual(['D02']);
    expect(out[0].message).toContain('keyed 4 for Mar-25');
    expect(out[0].message).toContain('gives 3 for 2024/25');
  });
});
