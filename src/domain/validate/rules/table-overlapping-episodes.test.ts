import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableOverlappingEpisodes } from './table-overlapping-episodes';

describe('table-overlapping-episodes', () => {
  it('warns of a child with two episodes open at once, but not of a chain that hands over on the day', () => {
    const s = seriesOf(
      tableGrid(
        'Episodes',
        ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
        [
          ['A', '01/01/2024', 'S', 'C2', 'U1', '01/06/2024', 'X1'],
          ['A', '01/06/2024', 'P', 'C2', 'U2', '', ''],
          ['B', '01/01/2024', 'S', 'C2', 'U1', '01/06/2024', 'X1'],
          ['B', '01/05/2024', 'P', 'C2', 'U2', '', ''],
        ],
      ),
      'episodes',
      '2025-03-31',
    );
    const out = tableOverlappingEpisodes.run(tableContext([s]));
    expect(out.map((f) => [f.severity, f.cell?.address])).toEqual([['warning', 'A5']]);
    expect(out[0].message).toContain('1 child has episodes that overlap');
    expect(out[0].message).toContain(
      'B (rows 4 and 5: the second began 1 May 2024, before the first ceased)',
    );
    expect(out[0].message).toContain('the earlier one should have a DEC');
    expect(out[0].panelMessage).toBe(
      '1 child has episodes that overlap in the 903 episodes table on Episodes; on any day the episode that began last is counted.',
    );
  });
});
