/**
 * A grid from the rectangles read of a sheet: it spans them, but holds only what they hold. Rows without a
 * value share one empty line, lines end at their last value, and a long line with few values is sparse, so
 * that one value at XFD1048576 costs one cell, not seventeen billion.
 */
import {
  type CellValue,
  GridTooLargeError,
  cellAt,
  formatAt,
  gridBottom,
  gridFromParts,
  gridRight,
} from '../../../src/domain/grid';

const part = (top: number, left: number, values: CellValue[][], format = 'General') => ({
  top,
  left,
  values,
  numberFormats: values.map((line) => line.map(() => format)),
});

/** Cells the grid's lines hold (elements present: a sparse line's gaps are not held). */
const held = (lines: readonly (readonly unknown[])[]) =>
  [...new Set(lines)].reduce((n, line) => n + Object.keys(line).length, 0);

describe('gridFromParts', () => {
  it('reads as one rectangle would: values where the parts are, empty elsewhere', () => {
    const g = gridFromParts('S', [
      part(
        1,
        1,
        [
          ['Title', '', ''],
          ['', 'Apr-24', 'May-24'],
        ],
        '@',
      ),
      part(5, 2, [[12, 13]], '0.0%'),
    ]);
    expect([g.top, g.left, gridBottom(g), gridRight(g)]).toEqual([1, 1, 5, 3]);
    expect(cellAt(g, 1, 1)).toBe('Title');
    expect(cellAt(g, 2, 3)).toBe('May-24');
    expect(cellAt(g, 5, 3)).toBe(13);
    expect(formatAt(g, 5, 2)).toBe('0.0%');
    expect(cellAt(g, 3, 2)).toBe('');
    expect(formatAt(g, 3, 2)).toBe('General');
    // Lines end at their last value; the empty rows share one line.
    expect(g.values.map((l) => l.length)).toEqual([1, 3, 0, 0, 3]);
    expect(g.values[2]).toBe(g.values[3]);
  });

  it('one value at XFD1048576 beside data in A1:Z100 costs one cell more', () => {
    const data = Array.from({ length: 100 }, (_, r) => Array.from({ length: 26 }, (_, c) => r * 26 + c));
    const g = gridFromParts('S', [part(1, 1, data), part(1048576, 16384, [[7]])]);
    expect(gridBottom(g)).toBe(1048576);
    expect(gridRight(g)).toBe(16384);
    expect(cellAt(g, 1048576, 16384)).toBe(7);
    expect(cellAt(g, 1048576, 16383)).toBe('');
    expect(cellAt(g, 100, 26)).toBe(2599);
    expect(held(g.values)).toBe(2600 + 1);
    expect(held(g.numberFormats)).toBe(2600 + 1);
  });

  it('values far to the right of each row are held as sparse lines', () => {
    const rows = 300;
    const parts = [
      part(
        1,
        1,
        Array.from({ length: rows }, (_, r) => [`Row ${r + 1}`, r, r + 1]),
      ),
      part(
        1,
        16384,
        Array.from({ length: rows }, (_, r) => [`note ${r + 1}`]),
      ),
    ];
    const g = gridFromParts('S', parts, 10_000);
    expect(held(g.values)).toBe(rows * 4);
    expect(cellAt(g, 7, 16384)).toBe('note 7');
    expect(cellAt(g, 7, 3)).toBe(7);
    expect(cellAt(g, 7, 100)).toBe('');
    expect(formatAt(g, 7, 100)).toBe('General');
    // Each line reaches column XFD, though it holds four values.
    expect(g.values[6].length).toBe(16384);
  });

  it('where parts overlap, a value wins over an empty cell', () => {
    const g = gridFromParts('S', [part(1, 1, [['a', '', 'c']]), part(1, 2, [['b', '']])]);
    expect([cellAt(g, 1, 1), cellAt(g, 1, 2), cellAt(g, 1, 3)]).toEqual(['a', 'b', 'c']);
  });

  it('refuses a grid whose lines would hold more cells than allowed, naming the sheet', () => {
    const wide = part(1, 1, [Array.from({ length: 500 }, (_, i) => i)]);
    expect(() => gridFromParts('Monthly PMF', [wide], 100)).toThrow(GridTooLargeError);
    expect(() => gridFromParts('Monthly PMF', [wide], 100)).toThrow(/'Monthly PMF'/);
    expect(gridFromParts('S', [], 0)).toEqual({ name: 'S', top: 1, left: 1, values: [], numberFormats: [] });
  });
});
