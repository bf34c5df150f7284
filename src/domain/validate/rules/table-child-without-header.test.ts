import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableChildWithoutHeader } from './table-child-without-header';

const episodes = seriesOf(
  tableGrid(
    'Episodes',
    ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
    [
      ['A', '01/01/2024', 'S', 'C2', 'U1', '', ''],
      ['B', '01/01/2024', 'S', 'C2', 'U1', '', ''],
      ['B', '01/02/2024', 'P', 'C2', 'U1', '', ''],
    ],
  ),
  'episodes',
  '2025-03-31',
);

describe('table-child-without-header', () => {
  it('names the children of the episodes table with no header row, once each', () => {
    const header = seriesOf(
      tableGrid('Header', ['CHILD', 'SEX', 'DOB'], [['A', 1, '01/01/2012']]),
      'header',
      '2025-03-31',
    );
    const out = tableChildWithoutHeader.run(tableContext([episodes, header]));
    expect(out.map((f) => [f.severity, f.cell?.address])).toEqual([['warning', 'A3']]);
    expect(out[0].message).toBe(
      '1 child in the 903 episodes table on Episodes has no row in the 903 header table on Header: B (row 3). Their episodes are still counted; add them to the header table.',
    );
  });

  it('says nothing when no header table is tagged', () => {
    expect(tableChildWithoutHeader.run(tableContext([episodes]))).toEqual([]);
  });
});
