import { noTarget } from './no-target';
import { checkContext, figures, framework, measure } from '../../../../test/domain/builders';

const fw = framework({
  measures: [
    measure({ id: 'S01', polarity: 'lower' }),
    measure({ id: 'D02', polarity: 'contextual', unit: 'count' }),
    measure({ id: 'H01', polarity: 'higher' }),
  ],
});

describe('no-target', () => {
  it('reports (info) measures with a direction and no target', () => {
    const out = noTarget.run(
      checkContext({
        framework: fw,
        figures: [
          figures({
            measureId: 'S01',
            comparators: {
              england: { value: 10, source: 'framework', year: '2024', versus: 'better', gap: -1 },
              statNeighbours: null,
              region: null,
            },
          }),
          figures({ measureId: 'D02' }),
          figures({ measureId: 'H01', target: 90 }),
        ],
      }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ measureId: 'S01', severity: 'info' });
    expect(out[0].message).toContain(
      "there is no target, so no RAG rating is shown. Set one in the Framework view. England's figure, 10.0% (2024), could be a starting point.",
    );
    // Councillors read what is missing, not what to do about it.
    expect(out[0].panelMessage).toMatch(/: no target has been set, so there is no RAG rating\.$/);
  });

  it("gives England's year without brackets inside brackets", () => {
    const w01 = measure({ id: 'W01', polarity: 'lower', unit: 'ratio' });
    const [f] = noTarget.run(
      checkContext({
        framework: framework({ measures: [w01] }),
        figures: [
          figures({
            measureId: 'W01',
            comparators: {
              england: {
                value: 16,
                source: 'framework',
                year: '2023 (30 September)',
                versus: null,
                gap: null,
              },
              statNeighbours: null,
              region: null,
            },
          }),
        ],
      }),
    );
    expect(f.message).toContain("England's figure, 16.00 (30 September 2023), could be a starting point.");
    expect(f.message).not.toMatch(/\([^)]*\(/);
  });
});
