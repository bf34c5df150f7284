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

  it('says a row tagged twice once, with a count, not "row 13; row 13"', () => {
    const a = rowTag({ id: 't-a', measureId: 'S01', row: 13 });
    const b = rowTag({ id: 't-b', measureId: 'S01', row: 13 });
    const [only] = tagDuplicateValue.run(checkContext({ framework: fw, tags: [a, b] }));
    expect(only.message).toContain(
      "'Monthly PMF' row 13 is tagged twice as its value. Only one tag is used; remove the other.",
    );
    expect(only.message).not.toContain('row 13; ');
    const c = rowTag({ id: 't-c', measureId: 'S01', row: 20 });
    const [three] = tagDuplicateValue.run(checkContext({ framework: fw, tags: [a, b, c] }));
    expect(three.message).toContain(
      "3 tags give its value: 'Monthly PMF' row 13 (twice); 'Monthly PMF' row 20.",
    );
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
