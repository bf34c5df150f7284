/**
 * SummaryModel -> SheetPlan: the Panel's summary sheet as plain data (values, number formats, styles,
 * merges, hyperlinks, widths, freeze panes, print setup). No Excel calls: src/excel/ writes the plan.
 *
 * Columns come from columns.ts: first the ones a member reads (measure, latest, direction, variation, RAG,
 * assurance, target, England, what the figures say, commentary, action), which are the printed area, one A4
 * landscape page wide; then the analyst's detail (period, previous, change, comparators, rank, counts, trend,
 * data notes), on
 * screen after them. Layout (0-based plan rows; plan row r is sheet row r + 1):
 *   0  title (merged over the printed columns) ............................ marker (last column)
 *   1  as-at / produced / workbook line
 *   2-5  legend (the last line: variation and assurance, statistical process control)
 *   6  column header (frozen with the rows above; repeated on every printed page)
 *   7… one section per KLOE: a band row (KLOE id, then title and question), one row per measure, then
 *      evidence rows (or 'Not measured by a number yet' + evidence / 'No evidence recorded')
 *   …  'Data quality': its header, one row per finding
 *   …  'The year's evidence': a count per line of enquiry, then its notes with their dates
 *   …  'Definitions', on a page of its own: every shown measure's definition, source and how it is judged
 * The footer carries the as-at date and 'Page n of N'.
 */
import { quoteSheetName } from '../grid';
import type { Finding } from '../validate/types';
import type { Measure } from '../framework/types';
import { orderedColumns, SUMMARY_COLUMNS, type SummaryColumn } from './columns';
import { definitionText, judgedText, sourceText } from './definitions';
import { yearEvidence } from './evidence';
import { SPC_LEGEND } from './spcCells';
import { ukDate, ukDateTime } from './format';
import {
  BAND_STYLE,
  FONT_BODY,
  HEADER_STYLE,
  NAVY,
  NOTE_STYLE,
  PlanBuilder,
  builtParts,
  SUB_BAND_STYLE,
  headerFooterText,
} from './planBuilder';
import type { KloeSection, MeasureRow, SheetPlan, StyledRange, SummaryModel } from './types';

export { documentReference } from './planBuilder';

/** Row indices of the fixed top of the sheet. */
export const SUMMARY_ROWS = { title: 0, asAt: 1, legendFirst: 2, legendLast: 5, header: 6 } as const;

export const DEFAULT_SUMMARY_SHEET_NAME = 'PMF Summary';
export const DEFAULT_MARKER_TEXT = 'PMF summary (generated)';

/** A4 landscape margins in points: half an inch left and right, three quarters top and bottom. */
export const PRINT_MARGINS = { left: 36, right: 36, top: 40, bottom: 50 } as const;

const SEVERITY_STYLES = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700', bold: true },
  info: { fontColor: '#595959' },
} as const;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Information' } as const;

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function safeSheetName(name: string | undefined, fallback = DEFAULT_SUMMARY_SHEET_NAME): string {
  const cleaned = (name ?? '')
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return cleaned || fallback;
}

/** The page footer of the Panel's sheets: the as-at date, 'Page n of N', and what the sheet is. */
export function panelFooter(asAt: string, what: string): { left: string; center: string; right: string } {
  return {
    left: headerFooterText(`As at ${ukDate(asAt)}`),
    center: 'Page &P of &N',
    right: headerFooterText(what),
  };
}

/** Where each part of the table sits, from the column list. */
interface Layout {
  readonly columns: readonly SummaryColumn[];
  /** Printed columns (the members'). */
  readonly printed: number;
  readonly id: number;
  readonly name: number;
}

function layoutOf(columns: readonly SummaryColumn[]): Layout {
  const ordered = orderedColumns(columns);
  const printed = ordered.filter((c) => c.group === 'member').length;
  const id = ordered.findIndex((c) => c.key === 'id');
  const name = ordered.findIndex((c) => c.key === 'measure');
  if (id !== 0 || name !== 1 || printed < 5) {
    throw new Error('The summary columns must start with id and measure and print at least five columns');
  }
  return { columns: ordered, printed, id, name };
}

/**
 * The formatted summary sheet for a model, as plain data. Deterministic (the same model gives an identical
 * plan) and rectangular (every row has a cell per column; numberFormats has the same shape).
 * Every string cell has the number format '@' so no text is ever taken for a formula.
 */
export function planSummarySheet(
  model: SummaryModel,
  options?: { sheetName?: string; markerText: string; columns?: readonly SummaryColumn[] },
): SheetPlan {
  const layout = layoutOf(options?.columns ?? SUMMARY_COLUMNS);
  const W = layout.columns.length;
  const P = layout.printed;
  const p = new PlanBuilder(layout.columns.map((c) => c.width));
  const markerText = options?.markerText?.trim() ? options.markerText : DEFAULT_MARKER_TEXT;

  // Title, with the marker in the last column (outside the printed area).
  const title = p.addRow();
  p.set(title, 0, model.title);
  p.merge(title, 0, P);
  p.style(title, 0, 1, P, { bold: true, fontSize: 16, fontColor: NAVY, verticalAlignment: 'Center' });
  p.set(title, W - 1, markerText);
  p.style(title, W - 1, 1, 1, {
    fontSize: 7,
    fontColor: '#A6A6A6',
    horizontalAlignment: 'Right',
    verticalAlignment: 'Center',
  });
  p.height(title, 24);

  // As-at line.
  const asAt = p.addRow();
  const produced = model.producedAt ? `. Produced ${ukDateTime(model.producedAt)}` : '';
  const from = model.workbookName?.trim() ? ` from ${model.workbookName.trim()}` : '';
  p.set(asAt, 0, `As at ${ukDate(model.asAt)}${produced}${from}.`);
  p.merge(asAt, 0, P);
  p.style(asAt, 0, 1, P, { italic: true, fontColor: '#404040', wrapText: true });
  p.fit(asAt, 0, P);

  // Legend.
  const firstDetail = layout.columns[P]?.header;
  const legend = [
    'RAG: Green = target met, Amber = just short of the target (within its tolerance), Red = missed. ' +
      'Direction: ▲ rose, ▼ fell, ► little changed since the previous period; green = improving, red = worsening, grey = stable or neither better nor worse.',
    'England: England’s figure, with its year when it is not for our latest period; counts of children are not compared. ' +
      'What the figures say: a sentence written from the figures (changes in percentages are in percentage points); the officer’s commentary and action follow it.',
    (firstDetail
      ? `The analyst’s detail (period, previous figure, change, comparators with the period each is for, our rank among our peers with its quartile, counts, trend, data notes) is in the columns from ‘${firstDetail}’ on, beside the printed page. `
      : '') + 'Select a measure’s ID to go to its source row; definitions are on the last page.',
    SPC_LEGEND,
  ];
  for (const text of legend) {
    const r = p.addRow();
    p.set(r, 0, text);
    p.merge(r, 0, P);
    p.fit(r, 0, P, 9);
  }
  p.style(SUMMARY_ROWS.legendFirst, 0, legend.length, P, {
    fontSize: 9,
    fontColor: '#404040',
    wrapText: true,
  });

  // Column header.
  const header = p.addRow();
  layout.columns.forEach((c, i) => p.set(header, i, c.header));
  p.style(header, 0, 1, W, HEADER_STYLE);
  layout.columns.forEach((_, i) => p.fit(header, i, 1, FONT_BODY, true));

  // KLOE sections. The table's base styles (borders, wrap, font size) go before the sections' own styles,
  // so bands and notes drawn later override them.
  const tableTop = p.rowCount;
  const baseIndex = p.styles.length;
  for (const section of model.sections) planSection(p, layout, section);
  const tableRows = p.rowCount - tableTop;
  if (tableRows > 0) {
    const base: StyledRange[] = [
      {
        row: tableTop,
        col: 0,
        rowCount: tableRows,
        colCount: W,
        style: { border: true, verticalAlignment: 'Top', fontSize: FONT_BODY },
      },
    ];
    layout.columns.forEach((c, i) => {
      if (c.wrap)
        base.push({ row: tableTop, col: i, rowCount: tableRows, colCount: 1, style: { wrapText: true } });
      if (c.fontSize)
        base.push({
          row: tableTop,
          col: i,
          rowCount: tableRows,
          colCount: 1,
          style: { fontSize: c.fontSize },
        });
    });
    p.styles.splice(baseIndex, 0, ...base);
  }

  planFindings(p, P, model.findings);
  planYearEvidence(p, P, model);
  const definitionsRow = planDefinitions(p, P, model.definitions);

  return {
    sheetName: safeSheetName(options?.sheetName),
    ...builtParts(p),
    freezeRows: SUMMARY_ROWS.header + 1,
    printTitleRow: SUMMARY_ROWS.header,
    tabColor: NAVY,
    marker: { row: title, col: W - 1, text: markerText },
    pageSetup: {
      orientation: 'Landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      printColumns: P,
      footer: panelFooter(model.asAt, 'Panel performance summary'),
      margins: PRINT_MARGINS,
      pageBreaksBefore: [definitionsRow],
    },
  };
}

function planSection(p: PlanBuilder, layout: Layout, section: KloeSection): void {
  const W = layout.columns.length;
  const P = layout.printed;
  const band = p.addRow();
  p.set(band, 0, section.kloe.id);
  const heading = section.kloe.question
    ? `${section.kloe.title}: ${section.kloe.question}`
    : section.kloe.title;
  p.set(band, 1, heading);
  p.merge(band, 1, P - 1);
  p.style(band, 0, 1, W, { ...BAND_STYLE, wrapText: true });
  p.fit(band, 1, P - 1, 11, true);

  for (const row of section.rows) planMeasureRow(p, layout, row);

  if (section.rows.length === 0) {
    const r = p.addRow();
    p.set(r, 1, 'Not measured by a number yet');
    p.style(r, 0, 1, W, { ...NOTE_STYLE, bold: true });
  }
  planEvidence(p, P, section, section.rows.length === 0);
}

function planEvidence(p: PlanBuilder, P: number, section: KloeSection, unmeasured: boolean): void {
  const evidence = section.evidence;
  if (evidence.length === 0) {
    if (!unmeasured) return;
    const r = p.addRow();
    p.set(r, 1, 'No evidence recorded');
    p.style(r, 0, 1, p.width, NOTE_STYLE);
    return;
  }
  const first = p.rowCount;
  for (const note of evidence) {
    const r = p.addRow();
    p.set(r, 1, note.date ? `Evidence (${ukDate(note.date)})` : 'Evidence');
    p.set(r, 2, note.text);
    p.merge(r, 2, P - 2);
    p.fit(r, 2, P - 2);
  }
  p.style(first, 1, evidence.length, 1, NOTE_STYLE);
  p.style(first, 2, evidence.length, P - 2, { wrapText: true });
}

function planMeasureRow(p: PlanBuilder, layout: Layout, row: MeasureRow): void {
  const r = p.addRow();
  layout.columns.forEach((column, c) => {
    const cell = column.cell(row);
    if (!cell || cell.value === null) return;
    p.set(r, c, cell.value, cell.format);
    if (cell.link) p.link(r, c, cell.link.cell, cell.link.screenTip);
    if (cell.style) p.cellStyle(r, c, cell.style.key, cell.style.style);
    if (column.wrap) p.fit(r, c, 1, column.fontSize ?? FONT_BODY);
  });
}

function subBand(p: PlanBuilder, P: number, text: string): number {
  p.addRow();
  const band = p.addRow();
  p.set(band, 0, text);
  p.merge(band, 0, P);
  p.style(band, 0, 1, P, { ...SUB_BAND_STYLE, wrapText: true });
  p.fit(band, 0, P, 11, true);
  return band;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function planFindings(p: PlanBuilder, P: number, findings: readonly Finding[]): void {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  subBand(
    p,
    P,
    findings.length === 0
      ? 'Data quality'
      : `Data quality: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} for information`,
  );

  // The cell's address is the link (a hyperlinked cell does not wrap everywhere; the text must).
  const head = p.addRow();
  p.set(head, 0, 'ID');
  p.set(head, 1, 'Cell (select to go there)');
  p.set(head, 2, 'Severity');
  p.merge(head, 2, 2);
  p.set(head, 4, 'Issue');
  p.merge(head, 4, P - 4);
  p.style(head, 0, 1, P, { ...HEADER_STYLE, horizontalAlignment: 'Left' });

  if (findings.length === 0) {
    const r = p.addRow();
    p.set(r, 1, 'No data-quality issues found');
    p.style(r, 0, 1, P, NOTE_STYLE);
    return;
  }

  // Stable sort: errors, then warnings, then information, each in the order given.
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
  const first = p.rowCount;
  for (const f of sorted) {
    const r = p.addRow();
    p.set(r, 0, f.measureId ?? f.kloeId ?? null);
    if (f.cell) {
      p.set(r, 1, `${quoteSheetName(f.cell.sheet)}!${f.cell.address}`);
      p.link(r, 1, f.cell, `Go to ${f.cell.sheet}!${f.cell.address}`);
    }
    p.set(r, 2, SEVERITY_WORD[f.severity]);
    p.merge(r, 2, 2);
    p.cellStyle(r, 2, `sev:${f.severity}`, SEVERITY_STYLES[f.severity]);
    // The Panel's wording: what is missing or wrong, without the officers' instructions.
    p.set(r, 4, f.panelMessage ?? f.message);
    p.merge(r, 4, P - 4);
    p.fit(r, 4, P - 4);
  }
  p.style(first, 0, sorted.length, P, { border: true, verticalAlignment: 'Top', fontSize: FONT_BODY });
  p.style(first, 4, sorted.length, P - 4, { wrapText: true });
}

function planYearEvidence(p: PlanBuilder, P: number, model: SummaryModel): void {
  const year = yearEvidence(model.sections, model.asAt);
  subBand(
    p,
    P,
    `The year’s evidence, ${ukDate(year.from)} to ${ukDate(year.to)}: ${plural(year.total, 'note')} for the annual report`,
  );
  const withNotes = year.kloes.filter((k) => k.notes.length > 0);
  const without = year.kloes.filter((k) => k.notes.length === 0);

  const counts = p.addRow();
  const countText = [
    withNotes.map((k) => `${k.kloe.id} ${k.kloe.title}: ${k.notes.length}`).join('; '),
    without.length ? `No evidence this year: ${without.map((k) => k.kloe.id).join(', ')}` : '',
    year.undated ? `${plural(year.undated, 'note')} with no date recorded (listed last)` : '',
    year.outside ? `${plural(year.outside, 'note')} dated outside the year, not listed` : '',
  ]
    .filter((t) => t !== '')
    .join('. ');
  p.set(counts, 0, `Notes per line of enquiry: ${countText || 'none recorded'}.`);
  p.merge(counts, 0, P);
  p.style(counts, 0, 1, P, { wrapText: true, italic: true, fontColor: '#404040' });
  p.fit(counts, 0, P);

  for (const k of withNotes) {
    const head = p.addRow();
    p.set(head, 0, k.kloe.id);
    p.set(head, 1, `${k.kloe.title}: ${plural(k.notes.length, 'note')}`);
    p.merge(head, 1, P - 1);
    p.style(head, 0, 1, P, { ...HEADER_STYLE, horizontalAlignment: 'Left' });
    const first = p.rowCount;
    for (const note of k.notes) {
      const r = p.addRow();
      p.set(r, 1, note.date ? ukDate(note.date) : 'No date recorded');
      p.set(r, 2, note.text);
      p.merge(r, 2, P - 2);
      p.fit(r, 2, P - 2);
    }
    p.style(first, 0, k.notes.length, P, {
      border: true,
      verticalAlignment: 'Top',
      fontSize: FONT_BODY,
      wrapText: true,
    });
  }
}

/** The definitions page; returns the row its band is on (a printed page starts there). */
function planDefinitions(p: PlanBuilder, P: number, measures: readonly Measure[]): number {
  const band = subBand(p, P, 'Definitions');
  const DEF_FROM = 2;
  const DEF_COLS = P - 4;
  const SOURCE = P - 2;
  const JUDGED = P - 1;

  const head = p.addRow();
  p.set(head, 0, 'ID');
  p.set(head, 1, 'Measure');
  p.set(head, DEF_FROM, 'What is counted, out of what, over what period');
  p.merge(head, DEF_FROM, DEF_COLS);
  p.set(head, SOURCE, 'Where the figures come from');
  p.set(head, JUDGED, 'How it is judged');
  p.style(head, 0, 1, P, { ...HEADER_STYLE, horizontalAlignment: 'Left' });
  p.fit(head, SOURCE, 1, FONT_BODY, true);
  p.fit(head, JUDGED, 1, FONT_BODY, true);

  if (measures.length === 0) {
    const r = p.addRow();
    p.set(r, 1, 'No measures shown');
    p.style(r, 0, 1, P, NOTE_STYLE);
    return band;
  }

  const first = p.rowCount;
  for (const m of measures) {
    const r = p.addRow();
    p.set(r, 0, m.id);
    p.set(r, 1, m.name);
    p.set(r, DEF_FROM, definitionText(m));
    p.merge(r, DEF_FROM, DEF_COLS);
    p.set(r, SOURCE, sourceText(m));
    p.set(r, JUDGED, judgedText(m));
    p.fit(r, 1, 1);
    p.fit(r, DEF_FROM, DEF_COLS);
    p.fit(r, SOURCE, 1);
    p.fit(r, JUDGED, 1);
  }
  p.style(first, 0, measures.length, P, {
    border: true,
    verticalAlignment: 'Top',
    fontSize: FONT_BODY,
    wrapText: true,
  });
  return band;
}
