import { tagRowBroken } from './tag-row-broken';
import { brokenTagRow, checkContext, framework } from '../../../../test/domain/builders';

describe('tag-row-broken', () => {
  it('names the tag sheet row', () => {
    const out = tagRowBroken.run(
      checkContext({
        framework: framework(),
        brokenTagRows: [brokenTagRow(7, "role 'rowish' is not known")],
      }),
    );
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('error');
    expect(out[0].message).toContain("Row 7 of the tag sheet 'PMF Tags'");
    expect(out[0].message).toContain("role 'rowish' is not known");
    expect(out[0].cell).toMatchObject({ sheet: 'PMF Tags', row: 7, address: 'A7' });
  });
});
