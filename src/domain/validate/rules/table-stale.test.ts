import { seriesOf, tableContext, tableGrid } from '../../../../test/domain/tables/helpers';
import { tableStale } from './table-stale';

describe('table-stale', () => {
  it('warns when a table holds nothing dated in the as-at year, and works out none of it', () => {
    const s = seriesOf(
      tableGrid('Reviews', ['CHILD', 'REVIEW', 'REVIEW_CODE'], [['A', '01/05/2023', 'PN1']]),
      'reviews',
      '2025-03-31',
    );
    expect(s.derived).toEqual([]);
    const out = tableStale.run(tableContext([s]));
    expect(out.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        "The 903 reviews table holds nothing dated in 2024/25 (its latest date is 1 May 2023), so no figures for 2024/25 are worked out from it. Paste this year's extract, or check the as-at date.",
      ],
    ]);
    // The Panel's summary sheet says what is missing, not what the officer should do about it.
    expect(out[0].panelMessage).toBe(
      'The 903 reviews table holds nothing dated in 2024/25 (its latest date is 1 May 2023), so no figures for 2024/25 are worked out from it.',
    );
  });
});
