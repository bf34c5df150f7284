/** Room text takes in a cell: Calibri's widths, word wrapping as Excel does it, row heights. */
import { rowHeightFor, textWidth, wrappedLines } from '../../../src/domain/summary/textMetrics';

describe('textMetrics', () => {
  it('measures text with Calibri’s widths (Carlito’s, which match), a little generously', () => {
    // 14,269 thousandths of an em at 10 pt is 142.7 pt, plus 2% for differences between renderers.
    expect(textWidth('Children starting to be looked after', 10)).toBeCloseTo(142.69 * 1.02, 1);
    expect(textWidth('iiii', 10)).toBeLessThan(textWidth('mmmm', 10));
    expect(textWidth('Panel', 10, true)).toBeGreaterThan(textWidth('Panel', 10));
    expect(textWidth('££', 20)).toBeCloseTo(2 * textWidth('£', 20), 6);
  });

  it('wraps at spaces: a line holds the words that fit', () => {
    const name = 'Children starting to be looked after';
    expect(wrappedLines(name, 160, 10)).toBe(1);
    expect(wrappedLines(name, 140, 10)).toBe(2);
    expect(wrappedLines(name, 60, 10)).toBe(3); // 'Children' | 'starting to be' | 'looked after'
    expect(wrappedLines('', 60, 10)).toBe(1);
  });

  it('breaks a word wider than the cell, and counts line breaks in the text', () => {
    expect(wrappedLines('x'.repeat(40), 60, 10)).toBe(4); // 177 pt of x in 56 pt lines
    expect(wrappedLines('one\ntwo\nthree', 200, 10)).toBe(3);
    expect(wrappedLines('one\n', 200, 10)).toBe(2);
  });

  it('gives a row the height of its lines', () => {
    expect(rowHeightFor(1, 10)).toBe(17);
    expect(rowHeightFor(3, 10)).toBe(43);
  });
});
