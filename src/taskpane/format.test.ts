import { longUkDate, parseUkDate, ukNumericDate } from './format';

describe('UK dates', () => {
  it.each([
    ['31/03/2025', '2025-03-31'],
    ['31/3/25', '2025-03-31'],
    ['1-2-2025', '2025-02-01'],
    ['01.02.2025', '2025-02-01'],
    ['31 Mar 2025', '2025-03-31'],
    ['31st March 2025', '2025-03-31'],
    ['2025-03-31', '2025-03-31'],
  ])('reads %s day first as %s', (text, iso) => expect(parseUkDate(text)).toBe(iso));

  it.each(['3/31/2025', '31/02/2025', '2025-13-01', 'March 2025', '', '31 Foo 2025'])('refuses %s', (text) =>
    expect(parseUkDate(text)).toBeNull(),
  );

  it('shows dates day first', () => {
    expect(ukNumericDate('2025-03-01')).toBe('01/03/2025');
    expect(longUkDate('2025-03-01')).toBe('1 March 2025');
  });
});
