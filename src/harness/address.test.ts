import { clickAddress, columnLetters, columnNumber, contains, parseAreas, parseBounds } from './address';

describe('harness grid addresses', () => {
  test('column letters and numbers round-trip', () => {
    for (const [n, l] of [
      [1, 'A'],
      [26, 'Z'],
      [27, 'AA'],
      [702, 'ZZ'],
      [703, 'AAA'],
      [16384, 'XFD'],
    ] as const) {
      expect(columnLetters(n)).toBe(l);
      expect(columnNumber(l)).toBe(n);
    }
  });

  test('parses the addresses a selection can have, with or without the sheet', () => {
    expect(parseBounds('B7')).toEqual({ r1: 7, c1: 2, r2: 7, c2: 2 });
    expect(parseBounds("'Monthly PMF'!$D$41:D4")).toEqual({ r1: 4, c1: 4, r2: 41, c2: 4 });
    expect(parseBounds('43:43')).toEqual({ r1: 43, c1: 1, r2: 43, c2: 16384 });
    expect(parseBounds('C:C')).toEqual({ r1: 1, c1: 3, r2: 1048576, c2: 3 });
    expect(parseBounds('not an address')).toBeNull();
  });

  test('a click selects a cell; shift extends from the anchor; row and column headers select whole lines', () => {
    const anchor = { row: 4, column: 4 };
    expect(clickAddress({ kind: 'cell', row: 41, column: 4 }, anchor, false)).toBe('D41');
    expect(clickAddress({ kind: 'cell', row: 41, column: 4 }, anchor, true)).toBe('D4:D41');
    expect(clickAddress({ kind: 'cell', row: 4, column: 4 }, anchor, true)).toBe('D4');
    expect(clickAddress({ kind: 'row', row: 43 }, anchor, false)).toBe('43:43');
    expect(clickAddress({ kind: 'row', row: 2 }, anchor, true)).toBe('2:4');
    expect(clickAddress({ kind: 'column', column: 2 }, null, true)).toBe('B:B');
  });

  test('contains', () => {
    const b = parseBounds('B2:C3');
    expect(contains(b, 2, 2)).toBe(true);
    expect(contains(b, 4, 2)).toBe(false);
    expect(contains(null, 1, 1)).toBe(false);
  });
});

describe('parseAreas', () => {
  it('reads each area of a selection of several areas, in order', () => {
    expect(parseAreas('B5:D5,C9')).toEqual([
      { r1: 5, c1: 2, r2: 5, c2: 4 },
      { r1: 9, c1: 3, r2: 9, c2: 3 },
    ]);
    expect(parseAreas('B7')).toEqual([{ r1: 7, c1: 2, r2: 7, c2: 2 }]);
    expect(parseAreas('B7,nonsense')).toEqual([]);
  });
});
