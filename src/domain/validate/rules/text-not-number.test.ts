import { textNotNumber } from './text-not-number';
import { checkContext, framework, measure, recordSeries, rowSeries } from '../../../../test/domain/builders';

const fw = framework({
  measures: [
    measure({
      id: 'S01',
      name: 'Children with three or more placements in the last 12 months',
      unit: 'percent',
    }),
    measure({ id: 'M04', unit: 'percent' }),
  ],
});

describe('text-not-number', () => {
  it("names the measure, the sheet and the cell: 'Monthly PMF'!F12 holds the text 'TBC'", () => {
    const s = rowSeries({
      measureId: 'S01',
      row: 12,
      values: { '2025-01': 9, '2025-02': 10, '2025-03': 11, '2025-04': 'TBC' },
    });
    const out = textNotNumber.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toEqual([
      {
        ruleId: 'text-not-number',
        severity: 'error',
        measureId: 'S01',
        tagId: s.tag.id,
        cell: { sheet: 'Monthly PMF', row: 12, col: 6, address: 'F12' },
        message:
          "S01 Children with three or more placements in the last 12 months: 'Monthly PMF'!F12 holds the text 'TBC' where a number belongs (Apr-25).",
      },
    ]);
  });

  it('checks child-level records too, but not suppression markers or blanks', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-01': 'c', '2025-02': null } });
    const r = recordSeries({ measureId: 'M04', values: [1, 'unknown', 2] });
    const out = textNotNumber.run(checkContext({ framework: fw, series: [s, r] }));
    expect(out).toHaveLength(1);
    expect(out[0].cell?.address).toBe('C3');
  });
});
