import { ageOn, dayOf, readDate, shiftYears, showDay } from './dates';

describe('903 dates', () => {
  it('reads Excel dates (a time of day ignored) and dd/mm/yyyy text, with or without a time', () => {
    const d = dayOf(2024, 7, 5);
    expect(readDate(45478)).toBe(d);
    expect(readDate(45478.9375)).toBe(d);
    expect(readDate('05/07/2024')).toBe(d);
    expect(readDate(' 5/7/2024 ')).toBe(d);
    expect(readDate('05-07-2024 22:15')).toBe(d);
    expect(readDate('05.07.2024 10:15:30')).toBe(d);
    expect(readDate('2024-07-05')).toBe(d);
    expect(readDate('2024-07-05T22:15:00Z')).toBe(d);
    expect(readDate('5 Jul 2024')).toBe(d);
    expect(readDate('05-July-2024')).toBe(d);
  });

  it('says blank for an empty cell and never guesses the rest', () => {
    expect(readDate('')).toBe('blank');
    expect(readDate('   ')).toBe('blank');
    for (const bad of ['31/02/2024', '05/07/24', '2024/25', 'unknown', '13/13/2024', '#N/A', '5 Jly 2024']) {
      expect([bad, readDate(bad)]).toEqual([bad, null]);
    }
    expect(readDate(true)).toBeNull();
    expect(readDate(20240705)).toBeNull();
    expect(readDate(-3)).toBeNull();
  });

  it('shifts years (29 February to 28 February) and counts whole years of age', () => {
    expect(showDay(shiftYears(dayOf(2024, 2, 29), -1))).toBe('28 Feb 2023');
    expect(ageOn(dayOf(2010, 5, 12), dayOf(2025, 3, 31))).toBe(14);
    expect(ageOn(dayOf(2010, 3, 31), dayOf(2025, 3, 31))).toBe(15);
    expect(ageOn(dayOf(2008, 2, 29), dayOf(2025, 2, 28))).toBe(16);
    expect(ageOn(dayOf(2008, 2, 29), dayOf(2025, 3, 1))).toBe(17);
  });
});
