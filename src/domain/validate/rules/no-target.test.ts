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
    expect(out[0].message).toContain("England's figure (10, 2024)");
  });
});
