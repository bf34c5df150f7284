import { tagUnknownMeasure } from './tag-unknown-measure';
import { checkContext, framework, measure, rowTag } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('tag-unknown-measure', () => {
  it('reports tags naming measures not in the framework', () => {
    const out = tagUnknownMeasure.run(
      checkContext({
        framework: fw,
        tags: [rowTag({ measureId: 'S01' }), rowTag({ measureId: 'X99', row: 20 })],
      }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'error', measureId: 'X99' });
    expect(out[0].message).toContain("'X99'");
    expect(out[0].cell?.row).toBe(20);
  });
});
