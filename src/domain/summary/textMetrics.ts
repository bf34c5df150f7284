/**
 * How much room text takes in a cell: widths of Calibri's characters (the sheet's font; LibreOffice draws it
 * with Carlito, which has the same widths), greedy word wrapping as Excel does it, and the row height the
 * lines need. Neither Excel on opening a file nor LibreOffice fits rows to wrapped text, and Excel never
 * fits merged cells, so the plan sets the height of every row whose text wraps; these estimates err on the
 * generous side so that no text is cut.
 */

/** Advance widths of Calibri in thousandths of the font size (characters not listed: AVERAGE). */
const WIDTHS: Readonly<Record<string, number>> = {
  ' ': 226,
  a: 479,
  b: 525,
  c: 423,
  d: 525,
  e: 498,
  f: 305,
  g: 471,
  h: 525,
  i: 229,
  j: 239,
  k: 455,
  l: 229,
  m: 799,
  n: 525,
  o: 527,
  p: 525,
  q: 525,
  r: 349,
  s: 391,
  t: 335,
  u: 525,
  v: 452,
  w: 715,
  x: 433,
  y: 453,
  z: 395,
  A: 579,
  B: 544,
  C: 533,
  D: 615,
  E: 488,
  F: 459,
  G: 631,
  H: 623,
  I: 252,
  J: 319,
  K: 520,
  L: 420,
  M: 855,
  N: 646,
  O: 662,
  P: 517,
  Q: 673,
  R: 543,
  S: 459,
  T: 487,
  U: 642,
  V: 567,
  W: 890,
  X: 519,
  Y: 487,
  Z: 468,
  '0': 507,
  '1': 507,
  '2': 507,
  '3': 507,
  '4': 507,
  '5': 507,
  '6': 507,
  '7': 507,
  '8': 507,
  '9': 507,
  '.': 252,
  ',': 250,
  ':': 268,
  ';': 268,
  "'": 221,
  '’': 250,
  '‘': 250,
  '"': 401,
  '(': 303,
  ')': 303,
  '-': 306,
  '–': 498,
  '—': 905,
  '/': 386,
  '%': 715,
  '£': 507,
  '+': 498,
  '&': 682,
  '?': 463,
  '!': 326,
  '@': 899,
  '=': 498,
  '#': 498,
  '*': 498,
  '·': 268,
  '▲': 760,
  '▼': 760,
  '►': 760,
};
const AVERAGE = 560;
/** Bold Calibri is a little wider. */
const BOLD = 1.06;
/** Room lost to the cell's own margins, in points. */
const CELL_PADDING_PT = 4;
/** Breathing room against differences between renderers (kerning, hinting). */
const SAFETY = 1.02;

/** WIDTHS by character code (0: not listed), for a lookup per character without building strings. */
const BY_CODE: Uint16Array = (() => {
  const codes = Object.keys(WIDTHS).map((ch) => ch.charCodeAt(0));
  const table = new Uint16Array(Math.max(...codes) + 1);
  for (const [ch, w] of Object.entries(WIDTHS)) table[ch.charCodeAt(0)] = w;
  return table;
})();

/** The width of a text in points at a font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    units += (code < BY_CODE.length ? BY_CODE[code] : 0) || AVERAGE;
  }
  return (units / 1000) * fontSize * (bold ? BOLD : 1) * SAFETY;
}

/**
 * The lines a text wraps to in a cell `widthPts` wide (a merged cell: the sum of its columns' widths):
 * words go on a line while they fit; a word longer than a line is broken, as Excel does. One pass over the
 * characters (summaries hold thousands of wrapped cells).
 */
export function wrappedLines(text: string, widthPts: number, fontSize: number, bold = false): number {
  const room = Math.max(1, widthPts - CELL_PADDING_PT);
  const perUnit = (fontSize * (bold ? BOLD : 1) * SAFETY) / 1000;
  const space = (BY_CODE[32] || AVERAGE) * perUnit;
  let lines = 1;
  let used = 0; // width of the current line, 0 when it holds no word yet
  let word = 0; // width of the word being read
  const endWord = (): void => {
    if (word === 0) return;
    if (used > 0 && used + space + word <= room) {
      used += space + word;
    } else {
      if (used > 0) lines++;
      // A word wider than the cell takes whole lines of its own.
      let w = word;
      while (w > room) {
        w -= room;
        lines++;
      }
      used = w;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      endWord();
    } else if (code === 10) {
      endWord();
      lines++;
      used = 0;
    } else {
      word += ((code < BY_CODE.length ? BY_CODE[code] : 0) || AVERAGE) * perUnit;
    }
  }
  endWord();
  return lines;
}

/** Height in points of a row holding `lines` lines of text at a font size. */
export function rowHeightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.27 + 4);
}

/** Excel's default row height for the sheet's 10-point text. */
export const DEFAULT_ROW_HEIGHT_PT = 15;
