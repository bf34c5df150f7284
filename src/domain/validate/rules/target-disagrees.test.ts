import { targetDisagrees } from './target-disagrees';
import { cellRef } from '../../grid';
import { checkContext, figures, framework, measure } from '../../../../test/domain/builders';

const fw = framework({
  measures: [
    measure({
      id: 'S01',
      name: 'Children with three or more placements',
      unit: 'percent',
      polarity: 'lower',
    }),
    measure({ id: 'F01', name: 'Weekly cost', unit: 'currency', polarity: 'lower' }),
  ],
});
const Q11 = cellRef('Monthly PMF', 11, 17);

describe('target-disagrees', () => {
  it("reports a framework target that differs from the sheet's, at the sheet's cell, in both wordings", () => {
    const out = targetDisagrees.run(
      checkContext({
        framework: fw,
        figures: [
          figures({
            measureId: 'S01',
            target: 10,
            targetSource: { from: 'setting', sheet: { value: 9, cell: Q11 } },
          }),
        ],
      }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      ruleId: 'target-disagrees',
      severity: 'warning',
      measureId: 'S01',
      cell: Q11,
    });
    expect(out[0].message).toBe(
      "S01 Children with three or more placements: the framework's target (10.0%) differs from the sheet's (9.0% at 'Monthly PMF'!Q11). The framework's is used for the RAG; change one so they agree.",
    );
    expect(out[0].panelMessage).toBe(
      'S01 Children with three or more placements: two different targets are recorded (10.0% and 9.0%); the RAG rating uses 10.0%.',
    );
  });

  it('says nothing when they agree, when only one is set, or when the sheet alone gives it', () => {
    const out = targetDisagrees.run(
      checkContext({
        framework: fw,
        figures: [
          figures({
            measureId: 'S01',
            target: 9,
            targetSource: { from: 'setting', sheet: { value: 9, cell: Q11 } },
          }),
          figures({ measureId: 'F01', target: 500, targetSource: { from: 'setting' } }),
          figures({
            measureId: 'S01',
            target: 9,
            targetSource: { from: 'sheet', sheet: { value: 9, cell: Q11 } },
          }),
          figures({ measureId: 'S01', target: null, targetSource: null }),
        ],
      }),
    );
    expect(out).toEqual([]);
  });
});
