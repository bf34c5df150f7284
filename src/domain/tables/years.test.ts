import { dayOf } from './dates';
import { collectionYear, yearOf, yearsCovered } from './years';

describe('collection years', () => {
  it('is the financial year when the as-at date is 31 March', () => {
    const y = collectionYear('2025-03-31');
    expect(y.period).toMatchObject({ kind: 'financialYear', key: '2024/25', label: '2024/25' });
    expect([y.first, y.last]).toEqual([dayOf(2024, 4, 1), dayOf(2025, 3, 31)]);
    expect(collectionYear('2025-03-31', 2).period.key).toBe('2022/23');
  });

  it('is the 12 months to any other as-at date, named by its last day', () => {
    const y = collectionYear('2025-06-15');
    expect(y.period).toMatchObject({
      key: '12 months to 2025-06-15',
      label: '12 months to 15 Jun 2025',
      start: '2024-06-16',
      end: '2025-06-15',
    });
    expect(collectionYear('2025-06-15', 1).period.key).toBe('12 months to 2024-06-15');
  });

  it('covers an earlier year only when the table holds a date before that year began', () => {
    expect(yearsCovered('2025-03-31', NaN).map((y) => y.period.key)).toEqual(['2024/25']);
    expect(yearsCovered('2025-03-31', dayOf(2024, 4, 10)).map((y) => y.period.key)).toEqual(['2024/25']);
    expect(yearsCovered('2025-03-31', dayOf(2024, 3, 31)).map((y) => y.period.key)).toEqual(['2024/25']);
    expect(yearsCovered('2025-03-31', dayOf(2023, 3, 31)).map((y) => y.period.key)).toEqual([
      '2023/24',
      '2024/25',
    ]);
    expect(yearsCovered('2025-03-31', dayOf(2021, 11, 4)).map((y) => y.period.key)).toEqual([
      '2022/23',
      '2023/24',
      '2024/25',
    ]);
  });

  it('finds the year a day falls in', () => {
    const years = yearsCovered('2025-03-31', dayOf(2022, 1, 1));
    expect(yearOf(years, dayOf(2023, 4, 1))).toBe(1);
    expect(yearOf(years, dayOf(2025, 3, 31))).toBe(2);
    expect(yearOf(years, dayOf(2025, 4, 1))).toBe(-1);
    expect(yearOf(years, NaN)).toBe(-1);
  });
});
