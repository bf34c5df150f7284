import {
  addMonths,
  daysBetween,
  financialYearStart,
  periodFromKey,
  previousKey,
  shiftYears,
} from './periodKeys';

describe('period keys', () => {
  it('builds months with their last day and a short label', () => {
    expect(periodFromKey('2024-02')).toEqual({
      kind: 'month',
      key: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
      label: 'Feb-24',
    });
  });

  it('places UK financial quarters: Q1 is April-June, Q4 is January-March of the next year', () => {
    expect(periodFromKey('2024/25 Q1')).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
    expect(periodFromKey('2024/25 Q4')).toMatchObject({
      start: '2025-01-01',
      end: '2025-03-31',
      label: 'Q4 2024/25',
    });
  });

  it('builds financial, academic and calendar years', () => {
    expect(periodFromKey('2024/25')).toMatchObject({
      kind: 'financialYear',
      start: '2024-04-01',
      end: '2025-03-31',
    });
    expect(periodFromKey('AY 2023/24')).toMatchObject({
      kind: 'academicYear',
      start: '2023-09-01',
      end: '2024-08-31',
    });
    expect(periodFromKey('2025')).toMatchObject({ kind: 'calendarYear', end: '2025-12-31' });
    expect(periodFromKey('1999/00')).toMatchObject({ key: '1999/00', end: '2000-03-31' });
  });

  it('rejects keys that are not canonical', () => {
    expect(periodFromKey('Mar-25')).toBeNull();
    expect(periodFromKey('2024/26')).toBeNull();
    expect(periodFromKey('2025-13')).toBeNull();
  });

  it('steps back a period and a year', () => {
    expect(previousKey('2025-01')).toBe('2024-12');
    expect(previousKey('2025/26 Q1')).toBe('2024/25 Q4');
    expect(previousKey('2024/25 Q3')).toBe('2024/25 Q2');
    expect(previousKey('AY 2024/25')).toBe('AY 2023/24');
    expect(shiftYears('2024/25 Q4', -1)).toBe('2023/24 Q4');
    expect(shiftYears('2025-03', -1)).toBe('2024-03');
  });

  it('does month arithmetic across years and finds the financial year start', () => {
    expect(addMonths('2025-03', -11)).toBe('2024-04');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(financialYearStart('2025-02')).toBe('2024-04');
    expect(financialYearStart('2025-04')).toBe('2025-04');
    expect(daysBetween('2025-03-31', '2025-04-15')).toBe(15);
  });
});
