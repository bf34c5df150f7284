import { defaultFramework } from '../../../src/domain/framework';
import { isSubtitleText, sectionHeadingFor } from '../../../src/domain/tags/labels';
import { suggestForSheet } from '../../../src/domain/tags/suggest';
import { makeGrid } from './grid-helpers';

const MONTHS = ['Jan-25', 'Feb-25', 'Mar-25'];

describe('section headings shown with a proposal', () => {
  it('never takes a title, subtitle or note above the header for a section', () => {
    const annual = makeGrid('Annual', [
      ['Annual outcomes for children looked after'],
      [
        'Years ending 31 March (SSDA903); education results by academic year, shown against the financial year.',
      ],
      [],
      ['Indicator', ...MONTHS],
      ['Average SDQ score', 14.9, 14.6, 14.1],
      ['Care leavers 19-21 in EET', 0.52, 0.55, 0.56],
    ]);
    expect(sectionHeadingFor(annual, 5)).toBeUndefined();
    const proposals = suggestForSheet(annual, defaultFramework());
    expect(proposals.length).toBeGreaterThan(0);
    for (const p of proposals) expect(p.sectionHeading).toBeUndefined();
  });

  it("keeps real sections below the header, and a block's title right above its header", () => {
    const teams = makeGrid('Teams', [
      ['Team performance report'],
      ['As at 31 March 2025'],
      [],
      ['Team North'],
      ['Indicator', ...MONTHS],
      ['Number of CLA', 120, 122, 125],
      ['Placement stability'],
      ['3+ placements (%)', '9%', '10%', '11%'],
      [],
      ['Team South'],
      ['Indicator', ...MONTHS],
      ['Number of CLA', 98, 99, 101],
    ]);
    const headings = new Map(
      suggestForSheet(teams, defaultFramework()).map((p) => [p.row, p.sectionHeading]),
    );
    expect(headings.get(6)).toBe('Team North');
    expect(headings.get(8)).toBe('Placement stability');
    expect(headings.get(12)).toBe('Team South');
    // The pane's selection reads the same headings.
    expect([6, 8, 12].map((r) => sectionHeadingFor(teams, r))).toEqual([
      'Team North',
      'Placement stability',
      'Team South',
    ]);
  });

  it.each([
    'As at 31 March 2025',
    'Source: case management system and finance ledger. Quarters are financial quarters.',
    'Note: figures from Q2 include UASC',
    'Data extracted 02/04/2025',
    'Anyshire County Council - Children in Care Performance Management Framework',
  ])('reads "%s" as a subtitle or note', (t) => expect(isSubtitleText(t)).toBe(true));

  it.each([
    'Placement stability',
    'Care leavers 19-21',
    'Health',
    'Missing',
    'Team North',
    'Voice of the child',
  ])('reads "%s" as a section heading', (t) => expect(isSubtitleText(t)).toBe(false));
});
