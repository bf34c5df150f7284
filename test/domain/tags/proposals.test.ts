import { defaultFramework } from '../../../src/domain/framework';
import { defaultAccepted, groupProposals } from '../../../src/domain/tags/proposals';
import { suggestForSheet } from '../../../src/domain/tags/suggest';
import type { RowTag } from '../../../src/domain/tags/types';
import { gridOf } from '../../fixtures';
import { TEAM_COUNT, TEAM_ROWS, TEAMS_SHEET, teamRow, teamsWorkbook } from '../../fixtures/repeated-blocks';

describe('whole-sheet proposals on a sheet of repeated blocks', () => {
  const grid = gridOf(teamsWorkbook(), TEAMS_SHEET);
  const proposals = suggestForSheet(grid, defaultFramework());

  it('groups the 50 teams x 10 rows into one group per measure, the top block first', () => {
    expect(proposals.length).toBeGreaterThanOrEqual(TEAM_COUNT * (TEAM_ROWS.length - 1));
    const groups = groupProposals(proposals);
    expect(groups.map((g) => g.measureId)).toEqual(TEAM_ROWS.map((r) => r.measureId));
    for (const [i, g] of groups.entries()) {
      expect(g.proposals[0].row).toBe(teamRow(0, i));
      expect(g.proposals.length).toBeGreaterThan(40);
      expect(g.proposals.every((p, k) => k === 0 || p.row > g.proposals[k - 1].row)).toBe(true);
    }
  });

  it('accepts one row per measure by default: the top block, each of its repeats left unticked', () => {
    const accepted = defaultAccepted(groupProposals(proposals), 0.6);
    expect([...accepted].sort((a, b) => a - b)).toEqual(TEAM_ROWS.map((_, i) => teamRow(0, i)));
  });

  it("shows the teams' names as the proposals' sections", () => {
    const byRow = new Map(proposals.map((p) => [p.row, p.sectionHeading]));
    expect(byRow.get(teamRow(0, 0))).toBe('Locality team 1');
    expect(byRow.get(teamRow(49, 9))).toBe('Locality team 50');
  });

  it('leaves a measure already tagged in the workbook unticked, and says which tag it has', () => {
    const s01: RowTag = {
      id: 't-s01',
      kind: 'row',
      role: 'value',
      measureId: 'S01',
      sheet: 'Monthly PMF',
      row: 13,
      label: '% with 3+ placements',
      created: '2025-01-01T00:00:00Z',
    };
    const groups = groupProposals(proposals, [s01]);
    expect(groups.find((g) => g.measureId === 'S01')?.alreadyTagged).toBe(s01);
    expect(defaultAccepted(groups, 0.6).has(teamRow(0, 3))).toBe(false);
    expect(defaultAccepted(groups, 0.6).size).toBe(TEAM_ROWS.length - 1);
  });
});
