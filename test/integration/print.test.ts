// The Panel's pages as a member sees them on paper: the refreshed sample's front page and summary printed to
// PDF by LibreOffice (an independent renderer), then read back word by word with poppler's pdftotext.
// Runs where LibreOffice and poppler-utils are installed (scripts/setup.sh installs both; CI has them).
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { refreshSummary } from '../../src/excel/operations';
import type { SummaryWriteResult } from '../../src/excel/operations-types';
import { orderedColumns, planSummarySheet, SUMMARY_ROWS } from '../../src/domain/summary';
import { planFrontPage, planHeight, PRINTABLE_HEIGHT_PT } from '../../src/domain/summary/frontPagePlan';
import type { SheetPlan } from '../../src/domain/summary/types';
import { SAMPLE_AS_AT, headlessTestHost, taggedSampleWorkbook } from '../fixtures/tagged-sample';
import { canRender, pageCount, pdfPages, printSheets, type PdfPage, type PdfWord } from '../render/sheet-pdf';

const PRODUCED = '2025-04-02T09:30:00Z';
/** The summary's printed columns (the members'). */
const PRINTED = orderedColumns().filter((c) => c.group === 'member').length;

/** The words of a text as pdftotext splits them. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** Words of a page in reading order: lines top to bottom (same top within 1.5 pt), each left to right. */
function readingOrder(words: readonly PdfWord[]): PdfWord[] {
  return [...words].sort((a, b) => (Math.abs(a.yMin - b.yMin) > 1.5 ? a.yMin - b.yMin : a.xMin - b.xMin));
}

/** The page's footer line. */
function footer(page: PdfPage): string {
  return readingOrder(page.words.filter((w) => w.yMin > page.height - 50))
    .map((w) => w.text)
    .join(' ');
}

interface Columns {
  /** Left edge of the ID column on the page, in PDF points, and the page's scale (PDF points per sheet point). */
  readonly idLeft: number;
  readonly scale: number;
  /** Bottom of the header row's words. */
  readonly headerBottom: number;
}

/** Left and right edges of a plan column on a printed page. */
function edges(cols: Columns, widths: readonly number[], col: number): { left: number; right: number } {
  let left = cols.idLeft;
  for (let c = 0; c < col; c++) left += widths[c] * cols.scale;
  return { left, right: left + widths[col] * cols.scale };
}

/**
 * Where the ID and Measure columns are on a printed page, from the repeated header row ('ID', 'Measure',
 * centred in their cells) and the plan's widths: the page's scale is the distance between the two centres
 * over half the two widths.
 */
function columnsOn(page: PdfPage, widths: readonly number[], printed: number): Columns | null {
  const lines = readingOrder(page.words);
  for (let i = 0; i + 1 < lines.length; i++) {
    const id = lines[i];
    const name = lines[i + 1];
    if (id.text !== 'ID' || name.text !== 'Measure' || Math.abs(id.yMin - name.yMin) > 1.5) continue;
    // The scale over the whole header, from the centre of 'ID' to the centre of the last printed header.
    const header = lines.filter((w) => Math.abs(w.yMin - id.yMin) <= 1.5);
    const last = header[header.length - 1];
    const c0 = (id.xMin + id.xMax) / 2;
    const cLast = (last.xMin + last.xMax) / 2;
    let span = -widths[0] / 2 + widths[printed - 1] / 2;
    for (let c = 0; c < printed - 1; c++) span += widths[c];
    const scale = (cLast - c0) / span;
    return { idLeft: c0 - (widths[0] * scale) / 2, scale, headerBottom: Math.max(id.yMax, last.yMax) };
  }
  return null;
}

/**
 * Counts the places on the pages where a text is printed whole in its cell of column `col` of a measure's
 * row: anchored at the row's ID, every word there in order (a word broken at a hyphen at the end of a line
 * is joined again), every word inside the column, and no other text drawn within the lines it takes in the
 * ID column or its own (text that does not fit its row runs over the row below, and meets that row's text).
 */
function printedWhole(
  pages: readonly PdfPage[],
  widths: readonly number[],
  printed: number,
  id: string,
  col: number,
  text: string,
): number {
  const expected = wordsOf(text);
  let found = 0;
  for (const page of pages) {
    const cols = columnsOn(page, widths, printed);
    if (!cols) continue;
    const idCol = edges(cols, widths, 0);
    const cell = edges(cols, widths, col);
    const below = page.words.filter((w) => w.yMin > cols.headerBottom);
    const anchors = below.filter(
      (w) => w.text === id && w.xMin >= idCol.left - 1 && w.xMax <= idCol.right + 1,
    );
    const inCell = readingOrder(below.filter((w) => w.xMin >= cell.left - 1 && w.xMin < cell.right));
    const watched = below.filter(
      (w) =>
        (w.xMin >= idCol.left - 1 && w.xMin < idCol.right) ||
        (w.xMin >= cell.left - 1 && w.xMin < cell.right),
    );
    for (const anchor of anchors) {
      const start = inCell.findIndex((w) => Math.abs(w.yMin - anchor.yMin) <= 1.5);
      if (start < 0) continue;
      const used: PdfWord[] = [];
      let k = start;
      let ok = true;
      for (const want of expected) {
        let got = inCell[k]?.text ?? '';
        used.push(inCell[k]);
        k++;
        while (got !== want && got.endsWith('-') && want.startsWith(got) && k < inCell.length) {
          got += inCell[k].text;
          used.push(inCell[k]);
          k++;
        }
        if (got !== want) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const bottom = Math.max(...used.map((w) => w.yMax));
      const inside = used.every((w) => w.xMax <= cell.right + 0.5);
      const intruders = watched.filter(
        (w) => !used.includes(w) && w !== anchor && w.yMin > anchor.yMin + 1.5 && w.yMin < bottom - 1,
      );
      if (inside && intruders.length === 0) found++;
    }
  }
  return found;
}

/** How many times each shown measure's name is in the summary's Measure column (sections and definitions). */
function namesInPlan(plan: SheetPlan, measures: readonly { id: string; name: string }[]) {
  return measures.map(({ id, name }) => ({
    id,
    name,
    times: plan.values.filter((row) => row[0] === id && row[1] === name).length,
  }));
}

(canRender() ? describe : describe.skip)('the printed Panel pack (LibreOffice)', () => {
  let result: SummaryWriteResult;
  let pages: PdfPage[];
  let summaryPlan: SheetPlan;
  let frontPlan: SheetPlan;

  beforeAll(async () => {
    const book = await taggedSampleWorkbook();
    result = await refreshSummary(headlessTestHost(book), { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    summaryPlan = planSummarySheet(result.model, { sheetName: result.sheetName, markerText: 'm' });
    frontPlan = planFrontPage(result.model, { summarySheet: result.sheetName });
    const dir = mkdtempSync(join(tmpdir(), 'pmf-print-'));
    const pdf = await printSheets(book, [result.frontPageSheetName, result.sheetName], dir);
    pages = pdfPages(pdf);
    expect(pages).toHaveLength(pageCount(pdf));
  }, 240000);

  test('the front page is one A4 landscape page, at full size', () => {
    // The sheets print in tab order: the front page first, then the summary, whose first page has its title.
    const summaryStart = pages.findIndex((p) => p.words.some((w) => w.text === 'Latest'));
    expect(summaryStart).toBe(1);
    expect(pages[0].width).toBeCloseTo(841.9, 0);
    expect(pages[0].height).toBeCloseTo(595.3, 0);
    // It fits without being shrunk: its rows add up to no more than the page holds.
    expect(planHeight(frontPlan)).toBeLessThanOrEqual(PRINTABLE_HEIGHT_PT);
    const text = pages[0].words.map((w) => w.text).join(' ');
    expect(text).toContain('The Panel’s front page, as at 31 March 2025');
    expect(text).toContain('Needs the Panel’s attention');
    expect(text).toContain('Data quality: 2 errors');
    expect(footer(pages[0])).toBe(`As at 31/03/2025 Page 1 of ${pages.length} Panel front page`);
  });

  test('every measure the front page lists is printed with its name whole, in its own column', () => {
    const listed = frontPlan.values
      .map((r) => r[0])
      .filter((v): v is string => typeof v === 'string' && /^[A-Z]\d\d /.test(v));
    expect(listed.length).toBeGreaterThanOrEqual(3);
    const why = pages[0].words.find((w) => w.text === 'Why')!;
    const column = readingOrder(pages[0].words.filter((w) => w.yMin > why.yMax && w.xMax < why.xMin - 1))
      .map((w) => w.text)
      .join(' ')
      .replace(/(\w)- /g, '$1-');
    for (const name of listed) expect(column).toContain(wordsOf(name).join(' '));
  });

  test('the summary prints one page wide, its header and footer on every page, the detail columns left off', () => {
    const summary = pages.slice(1);
    expect(summary.length).toBeGreaterThanOrEqual(4);
    expect(summary.length).toBeLessThanOrEqual(12);
    summary.forEach((page, i) => {
      const text = page.words.map((w) => w.text).join(' ');
      expect([i, columnsOn(page, summaryPlan.columnWidths, PRINTED) !== null]).toEqual([i, true]);
      expect(page.width).toBeCloseTo(841.9, 0);
      expect([i, /What the figures say/.test(text), /Data notes|Stat neighbours/.test(text)]).toEqual([
        i,
        true,
        false,
      ]);
      expect(footer(page)).toBe(
        `As at 31/03/2025 Page ${i + 2} of ${pages.length} Panel performance summary`,
      );
    });
  });

  test('the definitions start a page of their own', () => {
    const at = pages.findIndex((p) => p.words.some((w) => w.text === 'Definitions'));
    expect(at).toBeGreaterThan(1);
    const page = pages[at];
    const cols = columnsOn(page, summaryPlan.columnWidths, PRINTED)!;
    const below = readingOrder(page.words.filter((w) => w.yMin > cols.headerBottom + 1));
    expect(below[0].text).toBe('Definitions');
  });

  test('no measure name is cut: each is printed whole, inside its column, within its row', () => {
    const expected = namesInPlan(summaryPlan, result.model.definitions);
    expect(expected.length).toBeGreaterThan(40);
    expect(expected.every((e) => e.times >= 2)).toBe(true); // a section, and the definitions
    const cut: string[] = [];
    for (const { id, name, times } of expected) {
      const whole = printedWhole(pages.slice(1), summaryPlan.columnWidths, PRINTED, id, 1, name);
      if (whole !== times) cut.push(`${id} '${name}': printed whole ${whole} of ${times} times`);
    }
    expect(cut).toEqual([]);
  });

  test('each sentence is printed whole beside its measure', () => {
    const col = summaryPlan.values[SUMMARY_ROWS.header].indexOf('What the figures say');
    const cut: string[] = [];
    for (const section of result.model.sections) {
      for (const row of section.rows) {
        if (!row.sentence) continue;
        const whole = printedWhole(
          pages.slice(1),
          summaryPlan.columnWidths,
          PRINTED,
          row.measure.id,
          col,
          row.sentence,
        );
        if (whole < 1) cut.push(`${row.measure.id}: ${row.sentence}`);
      }
    }
    expect(cut).toEqual([]);
  });
});
