// How often the top suggestion is the right measure on the fixture authority's workbooks: every row an
// officer would tag (the fixtures record the right measure and role), through the whole-sheet proposal.
import { defaultFramework } from '../../src/domain/framework';
import { suggestForSheet } from '../../src/domain/tags';
import { ANNUAL, MONTHLY, QUARTERLY, gridOf, sampleWorkbook } from '../fixtures';
import type { RowSheetInfo } from '../fixtures';

test('the top suggestion is right for nearly every row of the fixture workbooks', () => {
  const wb = sampleWorkbook();
  const framework = defaultFramework();
  let rows = 0;
  let proposed = 0;
  let top1 = 0;
  let top3 = 0;
  let roleRight = 0;
  const misses: string[] = [];
  for (const info of [MONTHLY, QUARTERLY, ANNUAL] as RowSheetInfo[]) {
    const byRow = new Map(suggestForSheet(gridOf(wb, info.sheet), framework).map((s) => [s.row, s]));
    for (const expected of Object.values(info.rows)) {
      rows++;
      const s = byRow.get(expected.row);
      if (!s) {
        misses.push(
          `${info.sheet} row ${expected.row} '${expected.label}': not proposed (${expected.measureId})`,
        );
        continue;
      }
      proposed++;
      if (s.measureId === expected.measureId) top1++;
      else
        misses.push(
          `${info.sheet} row ${expected.row} '${expected.label}': ${s.measureId}, not ${expected.measureId}`,
        );
      if (s.suggestions.slice(0, 3).some((x) => x.measureId === expected.measureId)) top3++;
      if (s.measureId === expected.measureId && s.role === expected.role) roleRight++;
    }
  }
  const pct = (n: number) => `${((100 * n) / rows).toFixed(0)}%`;
  console.log(
    `Suggestions on the fixture workbooks: ${rows} rows; proposed ${proposed} (${pct(proposed)}); ` +
      `top-1 right ${top1} (${pct(top1)}); in the top 3 ${top3} (${pct(top3)}); measure and role right ${roleRight} (${pct(roleRight)})` +
      (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
  );
  expect(rows).toBeGreaterThan(50);
  expect(top1 / rows).toBeGreaterThanOrEqual(0.85);
  expect(top3 / rows).toBeGreaterThanOrEqual(0.9);
});
