import { tagDuplicateValue } from './tag-duplicate-value';
import { checkContext, columnTag, framework, measure, rowTag } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' }), measure({ id: 'M04' })] });

describe('tag-duplicate-value', () => {
  it('reports two value rows for one measure and says the first is used', () => {
    const a = rowTag({ measureId: 'S01', row: 10 });
    const b = rowTag({ measureId: 'S01', row: 25, sheet: 'Quarterly' });
    const out = tagDuplicateValue.run(checkContext({ framework: fw, tags: [a, b] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'warning', tagId: b.id });
    expect(out[0].message).toContain("Only the first ('Monthly PMF' row 10) is used");
    expect(out[0].cell).toMatchObject({ sheet: 'Quarterly', row: 25 });
  });

  it('accepts a value, a numerator and a denominator for the same measure', () => {
    const tags = [
      rowTag({ measureId: 'S01', row: 10 }),
      rowTag({ measureId: 'S01', role: 'numerator', row: 11 }),
      rowTag({ measureId: 'S01', role: 'denominator', row: 12 }),
      columnTag({ measureId: 'M04' }),
    ];
    expect(tagDuplicateValue.run(checkContext({ framework: fw, tags }))).toEqual([]);
  });
});
