// The Panel summary sheet, written by the real writer on the headless Excel and read back from the .xlsx
// with ExcelJS, as another program would see it.
import type ExcelJS from 'exceljs';
import { FRONT_PAGE_MARKER, SUMMARY_MARKER, refreshSummary } from '../../src/excel/operations';
import { REQUEST_BUDGET_BYTES, writeSheetPlan } from '../../src/excel/summary-writer';
import { FRONT_PAGE_SHEET, SUMMARY_SHEET } from '../../src/excel/workbook-names';
import type { SheetPlan } from '../../src/domain/summary/types';
import { SAMPLE_SHEETS } from '../fixtures';
import { SAMPLE_AS_AT, taggedSampleWorkbook, headlessTestHost } from '../fixtures/tagged-sample';
import { HeadlessWorkbook } from '../../src/headless';
import { readBack, reopen, sheetContent, summaryColumns } from './helpers';
import type { Book } from './helpers';

const PRODUCED = '2025-04-02T09:30:00Z';

async function sample(): Promise<Book> {
  const book = await taggedSampleWorkbook();
  return { book, host: headlessTestHost(book) };
}

function findRow(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getRow(r).getCell(col).value;
    const s = typeof v === 'object' && v !== null && 'text' in v ? String(v.text) : String(v ?? '');
    if (s === text) return r;
  }
  return -1;
}

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v && typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v ?? '');
}

describe('the Panel summary sheet', () => {
  let b: Book;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let col: (header: string) => number;

  beforeAll(async () => {
    b = await sample();
    const result = await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    expect(result.sheetName).toBe(SUMMARY_SHEET);
    expect(result.frontPageSheetName).toBe(FRONT_PAGE_SHEET);
    expect(result.renamedBecauseTaken).toBe(false);
    wb = await readBack(b);
    ws = wb.getWorksheet(SUMMARY_SHEET)!;
    col = summaryColumns(ws).col;
  });

  test('has a title, the as-at date in UK form, when and from which workbook it was made', () => {
    expect(text(ws.getCell('A1'))).toMatch(/Corporate Parenting Panel/);
    const line = text(ws.getCell('A2'));
    expect(line).toContain('31/03/2025');
    expect(line).toContain('02/04/2025');
    expect(line).toContain('Anyshire PMF 2024-25.xlsx');
  });

  test('freezes the header row, prints A4 landscape one page wide and repeats the header row', () => {
    const header = findRow(ws, 1, 'ID');
    expect(text(ws.getRow(header).getCell(2))).toBe('Measure');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9); // A4
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
  });

  test('prints the members’ columns, with the as-at date and page numbers in the footer', () => {
    // The printed area ends at the Action column; the analyst's detail follows it on screen.
    expect(ws.pageSetup.printArea).toBe(`A1:${ws.getColumn(col('Action')).letter}${ws.rowCount}`);
    expect(col('Period')).toBeGreaterThan(col('Action'));
    expect(ws.headerFooter.oddFooter).toBe('&LAs at 31/03/2025&CPage &P of &N&RPanel performance summary');
    // The first columns are the ones a member reads: whether a change is real (Variation) beside its
    // direction, whether the target is reliably met (Assurance) beside the RAG.
    expect(
      ['ID', 'Measure', 'Latest', 'Direction', 'Variation', 'RAG', 'Assurance', 'Target', 'England'].map(col),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(col('What the figures say')).toBeLessThan(col('Commentary'));
    expect(col('Commentary')).toBeLessThan(col('Action'));
  });

  test('lists every KLOE in framework order, context and demand first', () => {
    const bands: string[] = [];
    let table = true;
    ws.eachRow((row) => {
      const id = text(row.getCell(1));
      if (/^Data quality/.test(id)) table = false;
      if (table && /^K\d\d$/.test(id)) bands.push(id);
    });
    expect(bands).toEqual(['K00', 'K01', 'K02', 'K03', 'K04', 'K05', 'K06', 'K07', 'K08', 'K09', 'K10']);
  });

  test('shows a measure row with its figures, unit formats, RAG colours and a link to its source row', () => {
    const r = findRow(ws, 1, 'S01');
    expect(r).toBeGreaterThan(0);
    const row = ws.getRow(r);
    const name = row.getCell(col('Measure'));
    expect(text(name)).toBe('Children with three or more placements in the last 12 months');
    expect(name.alignment?.wrapText).toBe(true);
    expect((row.getCell(col('ID')).value as ExcelJS.CellHyperlinkValue).hyperlink).toMatch(
      /^#'Monthly PMF'!/,
    );
    expect(text(row.getCell(col('Period')))).toBe('Mar-25');
    expect(typeof row.getCell(col('Latest')).value).toBe('number');
    expect(row.getCell(col('Latest')).numFmt).toContain('%');
    expect(text(row.getCell(col('RAG')))).toMatch(/^(Green|Amber|Red)$/);
    const fill = row.getCell(col('RAG')).fill as ExcelJS.FillPattern;
    expect(['FFC6EFCE', 'FFFFEB9C', 'FFFFC7CE']).toContain(fill.fgColor?.argb);
    expect(text(row.getCell(col('What the figures say')))).toMatch(
      /^45 of 456 children \(9\.9%\) in March 2025/,
    );
    expect(text(row.getCell(col('Commentary')))).toMatch(/sibling groups/);
    expect(text(row.getCell(col('Action')))).toMatch(/Placement stability meetings/);
  });

  test('shows statistical process control in words, symbol and fill, and says when a history is too short', () => {
    // S01 has 15 monthly figures in the sample: a provisional reading.
    const s01 = ws.getRow(findRow(ws, 1, 'S01'));
    const variation = s01.getCell(col('Variation'));
    expect(text(variation)).toMatch(/^(▲|▼) (Improvement|Concern)(: .+)? \*$|^○ Common cause \*$/);
    expect(text(s01.getCell(col('Assurance')))).toMatch(
      /^(√ Reliably met|× Reliably missed|± Hit and miss)$/,
    );
    if (!text(variation).startsWith('○')) {
      expect((variation.fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/^FF[0-9A-F]{6}$/);
    }
    // Quarterly measures have a few points only.
    expect(text(ws.getRow(findRow(ws, 1, 'P05')).getCell(col('Variation')))).toMatch(
      /^Too few points: \d+ of 12$/,
    );
    const header = findRow(ws, 1, 'ID');
    const legend: string[] = [];
    for (let r = 1; r < header; r++) legend.push(text(ws.getRow(r).getCell(1)));
    expect(legend.some((l) => l.startsWith('Variation (statistical process control'))).toBe(true);
  });

  test('shows counts beside percentages and child-level distributions', () => {
    const s01 = ws.getRow(findRow(ws, 1, 'S01'));
    expect(text(s01.getCell(col('Counts')))).toMatch(/\d+ of \d+/);
    const m04 = ws.getRow(findRow(ws, 1, 'M04'));
    expect(text(m04.getCell(col('Counts')))).toMatch(/children/);
  });

  test('leaves comparator cells of counts empty: our number of children is not set beside England’s', () => {
    for (const id of ['D02', 'D03', 'D04', 'D06', 'P07', 'M01', 'M02']) {
      const row = ws.getRow(findRow(ws, 1, id));
      for (const header of ['England', 'England gap', 'Stat neighbours', 'Region'])
        expect([id, header, text(row.getCell(col(header)))]).toEqual([id, header, '']);
      expect(text(row.getCell(col('What the figures say')))).not.toMatch(/England|neighbours|region/);
    }
  });

  test('gathers the year’s evidence with dates and a count per line of enquiry', () => {
    const band = findRow(
      ws,
      1,
      'The year’s evidence, 01/04/2024 to 31/03/2025: 5 notes for the annual report',
    );
    expect(band).toBeGreaterThan(0);
    expect(text(ws.getRow(band + 1).getCell(1))).toMatch(
      /K06 Fostering: 1; K07 Residential care: 1; K10 Corporate parenting and voice: 3/,
    );
    const k10 = findRow(ws, 1, 'K10');
    let dated = -1;
    for (let r = band; r <= ws.rowCount; r++) if (text(ws.getRow(r).getCell(2)) === '12/03/2025') dated = r;
    expect(dated).toBeGreaterThan(band);
    expect(k10).toBeLessThan(band);
    expect(text(ws.getRow(dated).getCell(3))).toMatch(/completed corporate parenting training/);
  });

  test('defines every measure shown, on a page of its own, with where its figures come from', () => {
    const definitions = findRow(ws, 1, 'Definitions');
    // A page break before the definitions (recorded under the row above it in the file).
    const written = b.book.excel.getWorksheet(SUMMARY_SHEET) as unknown as { rowBreaks: { id: number }[] };
    expect(written.rowBreaks.map((x) => x.id)).toEqual([definitions - 1]);
    const s01 = findRow(ws, 1, 'S01');
    let def = -1;
    for (let r = definitions; r <= ws.rowCount; r++) if (text(ws.getRow(r).getCell(1)) === 'S01') def = r;
    expect(def).toBeGreaterThan(s01);
    const row = ws.getRow(def).values as unknown[];
    const joined = row.map((v) => String(v ?? '')).join(' | ');
    expect(joined).toMatch(/three or more placements in the 12 months before it/);
    expect(joined).toMatch(/SSDA903 return/);
    expect(joined).not.toMatch(/No definition/);
  });

  test('lists lines of enquiry no number measures with their evidence', () => {
    const k10 = findRow(ws, 1, 'K10');
    const below: string[] = [];
    for (let r = k10 + 1; r < k10 + 12; r++) below.push(ws.getRow(r).values?.toString() ?? '');
    expect(below.join(' ')).toMatch(/corporate parenting training/);
  });

  test('the data-quality section speaks to councillors: what is missing, no instructions for officers', () => {
    const start = ws
      .getColumn(1)
      .values.findIndex((v) => typeof v === 'string' && v.startsWith('Data quality'));
    const end = findRow(ws, 1, 'Definitions');
    expect(start).toBeGreaterThan(0);
    const issues: string[] = [];
    for (let r = start + 2; r < end; r++) issues.push(text(ws.getRow(r).getCell(5)));
    const all = issues.join('\n');
    expect(all).toMatch(/no target has been set, so there is no RAG rating\./);
    expect(all).toMatch(
      /two different targets are recorded \(10\.0% and 9\.0%\); the RAG rating uses 10\.0%/,
    );
    for (const instruction of [
      /Framework view/,
      /\bTag (a|the|it)\b/,
      /tag the data again/i,
      /\bCorrect the\b/,
      /Add the newer periods/,
      /change (one|one of them) so they agree/,
      /Choose the header row/,
    ]) {
      expect(all).not.toMatch(instruction);
    }
  });

  test('has a data-quality section with links to the cells and a definitions section', () => {
    // The cell's address is the link; the issue's text beside it wraps.
    let sawDq = false;
    let sawDefinitions = false;
    let linkToE01 = false;
    ws.eachRow((row) => {
      const joined = (row.values as unknown[])
        .map((v) =>
          v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : String(v ?? ''),
        )
        .join(' ');
      if (/Data quality/.test(joined)) sawDq = true;
      if (/^\s*Definitions/.test(joined.trim()) || /Definitions/.test(text(row.getCell(1))))
        sawDefinitions = true;
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellHyperlinkValue;
        if (
          v &&
          typeof v === 'object' &&
          'hyperlink' in v &&
          String(v.text) === "'Monthly PMF'!I27" &&
          /#'Monthly PMF'!I27/.test(v.hyperlink) &&
          /#DIV\/0!/.test(text(row.getCell(5)))
        )
          linkToE01 = true;
      });
    });
    expect(sawDq).toBe(true);
    expect(sawDefinitions).toBe(true);
    expect(linkToE01).toBe(true);
  });

  test('writes commentary beginning with = as text, never as a formula', () => {
    const c02 = ws.getRow(findRow(ws, 1, 'C02')).getCell(col('Commentary'));
    expect(c02.value).toBe('=Care leavers EET improved after the apprenticeship scheme.');
    expect(c02.type).toBe(3 /* ExcelJS ValueType.String; a formula would be 6 */);
    expect(c02.formula).toBeUndefined();
    expect(c02.numFmt).toBe('@');
  });

  test('changes no source cell', async () => {
    const before = await taggedSampleWorkbook();
    const original = await readBack({ book: before, host: headlessTestHost(before) });
    for (const name of SAMPLE_SHEETS) {
      expect(sheetContent(ws.workbook.getWorksheet(name)!)).toEqual(
        sheetContent(original.getWorksheet(name)!),
      );
    }
  });
});

describe('the front page', () => {
  let b: Book;
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    b = await sample();
    await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    wb = await readBack(b);
    ws = wb.getWorksheet(FRONT_PAGE_SHEET)!;
  });

  const rowWith = (pattern: RegExp): number => {
    for (let r = 1; r <= ws.rowCount; r++) if (pattern.test(text(ws.getRow(r).getCell(1)))) return r;
    return -1;
  };

  test('sits just before the summary, marked as the add-in’s own', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names.indexOf(FRONT_PAGE_SHEET)).toBe(names.indexOf(SUMMARY_SHEET) - 1);
    expect(text(ws.getCell('O1'))).toBe(FRONT_PAGE_MARKER);
  });

  test('prints on one A4 landscape page, the marker outside the printed area, with the as-at date in the footer', () => {
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 1,
    });
    expect(ws.pageSetup.printArea).toBe(`A1:N${ws.rowCount}`);
    expect(ws.headerFooter.oddFooter).toBe('&LAs at 31/03/2025&CPage &P of &N&RPanel front page');
  });

  test('gives the as-at date, the RAG and direction counts and the data-quality errors still open', () => {
    expect(text(ws.getCell('A2'))).toMatch(/^The Panel’s front page, as at 31 March 2025/);
    const numbers = ws.getRow(4);
    const labels = ws.getRow(5);
    const tiles = new Map<string, number>();
    for (let c = 1; c <= 13; c += 2) tiles.set(text(labels.getCell(c)), Number(numbers.getCell(c).value));
    expect(tiles.get('green')! + tiles.get('amber')! + tiles.get('red')!).toBeGreaterThan(0);
    expect(tiles.get('data errors open')).toBe(2);
    expect(text(ws.getRow(rowWith(/^Data quality:/)).getCell(1))).toMatch(
      /2 errors and 8 warnings still open/,
    );
  });

  test('lists the measures that need attention with why, their sentence and the officer’s action', () => {
    const head = rowWith(/^Needs the Panel’s attention: \d+ measures/);
    expect(head).toBeGreaterThan(0);
    const first = ws.getRow(head + 2);
    expect(text(first.getCell(1))).toMatch(/^P02 Children looked after in children's homes/);
    expect(text(first.getCell(4))).toBe('Red against the target of 11.0%');
    expect(text(first.getCell(6))).toMatch(/^13\.8% in January to March 2025/);
    expect(text(first.getCell(12))).toMatch(/^Step-down panel reviews every child in residential care/);
    const p04 = ws.getRow(head + 3);
    expect(text(p04.getCell(1))).toBe('P04 Foster placements provided in-house');
    expect(text(p04.getCell(12))).toBe('No action recorded');
    expect(rowWith(/^None: every line of enquiry has a measure or evidence recorded\.$/)).toBeGreaterThan(
      head,
    );
  });
});

describe('refreshing', () => {
  test('twice gives the same sheet, in the same place, and no second copy', async () => {
    const b = await sample();
    await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    const first = await readBack(b);
    const again = await reopen(b);
    again.book.resetStats();
    await refreshSummary(again.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    // Read (3 syncs: the sheet list; the tags, the sheets' extents and the old summary's marker cell; the
    // cells) and write (1), as on the first refresh.
    expect(again.book.stats.syncs).toBe(4);
    const second = await readBack(again);
    expect(second.worksheets.map((w) => w.name)).toEqual(first.worksheets.map((w) => w.name));
    const a = first.getWorksheet(SUMMARY_SHEET)!;
    const c = second.getWorksheet(SUMMARY_SHEET)!;
    expect(sheetContent(c)).toEqual(sheetContent(a));
    expect(Object.keys((c as unknown as { _merges: object })._merges).sort()).toEqual(
      Object.keys((a as unknown as { _merges: object })._merges).sort(),
    );
  });

  test('replaces a summary an earlier version wrote (its marker in Q1), rather than writing a second', async () => {
    const b = await sample();
    const old = b.book.excel.addWorksheet(SUMMARY_SHEET);
    old.getCell('A1').value = 'Corporate Parenting Panel: performance summary (old layout)';
    old.getCell('Q1').value = SUMMARY_MARKER;
    const result = await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    expect(result.sheetName).toBe(SUMMARY_SHEET);
    expect(result.renamedBecauseTaken).toBe(false);
    const wb = await readBack(b);
    expect(wb.worksheets.filter((w) => w.name.startsWith('PMF Summary')).map((w) => w.name)).toEqual([
      SUMMARY_SHEET,
    ]);
    expect(text(wb.getWorksheet(SUMMARY_SHEET)!.getCell('A1'))).toBe(
      'Corporate Parenting Panel: performance summary',
    );
  });

  test("never overwrites a user's own front page sheet", async () => {
    const b = await sample();
    const mine = b.book.excel.addWorksheet(FRONT_PAGE_SHEET);
    mine.getCell('A1').value = 'Chair’s front page';
    const result = await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    expect(result.frontPageSheetName).toBe(`${FRONT_PAGE_SHEET} (2)`);
    const again = await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    expect(again.frontPageSheetName).toBe(`${FRONT_PAGE_SHEET} (2)`);
    const wb = await readBack(b);
    expect(wb.getWorksheet(FRONT_PAGE_SHEET)!.getCell('A1').value).toBe('Chair’s front page');
    expect(wb.worksheets.filter((w) => w.name.startsWith(FRONT_PAGE_SHEET)).map((w) => w.name)).toEqual([
      FRONT_PAGE_SHEET,
      `${FRONT_PAGE_SHEET} (2)`,
    ]);
  });

  test("never overwrites a user's own sheet of the same name", async () => {
    const b = await sample();
    const mine = b.book.excel.addWorksheet(SUMMARY_SHEET);
    mine.getCell('A1').value = 'My own notes for the Panel';
    const result = await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    expect(result.sheetName).toBe(`${SUMMARY_SHEET} (2)`);
    expect(result.renamedBecauseTaken).toBe(true);
    const again = await refreshSummary(b.host, { asAt: SAMPLE_AS_AT, producedAt: PRODUCED });
    expect(again.sheetName).toBe(`${SUMMARY_SHEET} (2)`);
    const wb = await readBack(b);
    expect(wb.getWorksheet(SUMMARY_SHEET)!.getCell('A1').value).toBe('My own notes for the Panel');
    expect(wb.worksheets.filter((w) => w.name.startsWith(SUMMARY_SHEET)).map((w) => w.name)).toEqual([
      SUMMARY_SHEET,
      `${SUMMARY_SHEET} (2)`,
    ]);
  });
});

describe('writing a very large plan', () => {
  test('chunks the write into requests under the 5 MB limit', async () => {
    const rows = 24000;
    const cols = 17;
    const long = 'x'.repeat(24);
    const plan: SheetPlan = {
      sheetName: 'Big',
      values: Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => (c === 0 ? r : `${long}${c}`)),
      ),
      numberFormats: Array.from({ length: rows }, () =>
        Array.from({ length: cols }, (_, c) => (c === 0 ? '0' : '@')),
      ),
      styles: [{ row: 0, col: 0, rowCount: 1, colCount: cols, style: { bold: true } }],
      merges: [],
      hyperlinks: [],
      columnWidths: new Array<number>(cols).fill(50),
      freezeRows: 1,
      printTitleRow: 0,
      marker: { row: 0, col: cols - 1, text: 'm' },
    };
    const book = HeadlessWorkbook.fromExcelJS(new (await import('exceljs')).default.Workbook());
    book.excel.addWorksheet('Data');
    const syncs = await book.run((context) =>
      writeSheetPlan(context, {
        plan,
        replaceSheet: null,
        sheetNames: ['Data'],
        supportsExcelApi: () => true,
      }),
    );
    expect(syncs).toBeGreaterThan(2);
    expect(book.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(book.stats.maxRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES + 64 * 1024);
    const ws = book.excel.getWorksheet('Big')!;
    expect(ws.getCell(rows, 1).value).toBe(rows - 1);
    expect(ws.getCell(rows, cols).value).toBe(`${long}${cols - 1}`);
  }, 60000);
});
