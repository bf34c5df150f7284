/**
 * SummaryModel -> SheetPlan: the Panel's summary sheet as plain data (values, number formats, styles,
 * merges, hyperlinks, widths, freeze panes, print setup). No Excel calls: src/excel/ writes the plan.
 *
 * Layout (0-based plan rows; plan row r is sheet row r + 1, plan column c is sheet column c + 1):
 *   0  title (merged over all columns but the last) ........................ marker (last column)
 *   1  as-at / produced / workbook line (merged)
 *   2  legend: RAG and direction (merged)
 *   3  legend: polarity and counts (merged)
 *   4  legend: comparators and trend (merged)
 *   5  column header (frozen with the rows above; repeated on printed pages)
 *   6… one section per KLOE: a band row (KLOE id, then title and question merged), one row per measure,
 *      then evidence rows (or 'Not measured by a number yet' + evidence / 'No evidence recorded')
 *   …  blank row, 'Data quality' band, its header, one row per finding
 *   …  blank row, 'Definitions' band, its header, one row per shown measure
 */
import type { MeasureFigures, RecordStats } from '../calc/types';
import type { CellRef } from '../grid';
import { columnLetter } from '../grid';
import type { EvidenceNote, Measure, Unit } from '../framework/types';
import type { Finding } from '../validate/types';
import {
  DIRECTION_COLOURS,
  changeFormatFor,
  directionText,
  formatChange,
  formatCount,
  formatValue,
  numberFormatFor,
  polarityWords,
  ragWord,
  sparkline,
  ukDate,
  ukDateTime,
  unitWords,
} from './format';
import type {
  CellStyle,
  KloeSection,
  MeasureRow,
  PlanHyperlink,
  SheetPlan,
  StyledRange,
  SummaryModel,
} from './types';

/* ---------- columns ---------- */

export interface SummaryColumn {
  readonly key: string;
  readonly header: string;
  /** Points. */
  readonly width: number;
}

/** The summary table's columns, left to right (plan column = index). */
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { key: 'id', header: 'ID', width: 30 },
  { key: 'measure', header: 'Measure', width: 140 },
  { key: 'period', header: 'Period', width: 54 },
  { key: 'latest', header: 'Latest', width: 46 },
  { key: 'previous', header: 'Previous', width: 44 },
  { key: 'change', header: 'Change', width: 48 },
  { key: 'direction', header: 'Direction', width: 62 },
  { key: 'target', header: 'Target', width: 42 },
  { key: 'rag', header: 'RAG', width: 40 },
  { key: 'england', header: 'England', width: 62 },
  { key: 'statNeighbours', header: 'Stat neighbours', width: 62 },
  { key: 'region', header: 'Region', width: 62 },
  { key: 'counts', header: 'Counts', width: 86 },
  { key: 'trend', header: 'Trend', width: 64 },
  { key: 'notes', header: 'Data notes', width: 84 },
  { key: 'commentary', header: 'Commentary', width: 120 },
  { key: 'action', header: 'Action', width: 110 },
];

const C = {
  id: 0,
  measure: 1,
  period: 2,
  latest: 3,
  previous: 4,
  change: 5,
  direction: 6,
  target: 7,
  rag: 8,
  england: 9,
  statNeighbours: 10,
  region: 11,
  counts: 12,
  trend: 13,
  notes: 14,
  commentary: 15,
  action: 16,
} as const;
const W = SUMMARY_COLUMNS.length;

/** Row indices of the fixed top of the sheet. */
export const SUMMARY_ROWS = { title: 0, asAt: 1, legendFirst: 2, legendLast: 4, header: 5 } as const;

export const DEFAULT_SUMMARY_SHEET_NAME = 'PMF Summary';
export const DEFAULT_MARKER_TEXT = 'PMF summary (generated)';

/* ---------- styles ---------- */

const NAVY = '#1F3864';
const FONT_BODY = 10;

export const RAG_STYLES: Readonly<Record<'green' | 'amber' | 'red', CellStyle>> = {
  // Excel's Good / Neutral / Bad cell styles.
  green: { fill: '#C6EFCE', fontColor: '#006100', horizontalAlignment: 'Center' },
  amber: { fill: '#FFEB9C', fontColor: '#9C5700', horizontalAlignment: 'Center' },
  red: { fill: '#FFC7CE', fontColor: '#9C0006', horizontalAlignment: 'Center' },
};
const SEVERITY_STYLES: Readonly<Record<'error' | 'warning' | 'info', CellStyle>> = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700', bold: true },
  info: { fontColor: '#595959' },
};
const LINK_STYLE: CellStyle = { fontColor: '#0563C1' };
const BAND_STYLE: CellStyle = {
  fill: NAVY,
  fontColor: '#FFFFFF',
  bold: true,
  fontSize: 11,
  verticalAlignment: 'Center',
};
const SUB_BAND_STYLE: CellStyle = { fill: '#595959', fontColor: '#FFFFFF', bold: true, fontSize: 11 };
const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: '#D9E1F2',
  fontColor: NAVY,
  wrapText: true,
  verticalAlignment: 'Center',
  horizontalAlignment: 'Center',
  border: true,
};
const NOTE_STYLE: CellStyle = { italic: true, fontColor: '#595959' };

/** Excel's limit on the characters in a cell. */
const MAX_CELL_TEXT = 32767;

/* ---------- plan builder ---------- */

type Value = string | number | null;

class PlanBuilder {
  readonly values: Value[][] = [];
  readonly formats: string[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: { row: number; col: number; rowCount: number; colCount: number }[] = [];
  readonly hyperlinks: PlanHyperlink[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  /** Single-cell styles per column (rows ascending), compacted into vertical runs at the end. */
  private readonly cellStyles = new Map<number, { row: number; key: string; style: CellStyle }[]>();

  get rowCount(): number {
    return this.values.length;
  }

  addRow(): number {
    this.values.push(new Array<Value>(W).fill(null));
    this.formats.push(new Array<string>(W).fill('General'));
    return this.values.length - 1;
  }

  /** Strings become text cells ('@'); numbers keep `format`; empty strings and non-finite numbers are empty. */
  set(row: number, col: number, value: Value | undefined, format?: string): void {
    if (typeof value === 'string') {
      if (value.trim() === '') return;
      this.values[row][col] = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
      this.formats[row][col] = '@';
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      this.values[row][col] = value;
      this.formats[row][col] = format ?? 'General';
    }
  }

  style(row: number, col: number, rowCount: number, colCount: number, style: CellStyle): void {
    if (rowCount > 0 && colCount > 0) this.styles.push({ row, col, rowCount, colCount, style });
  }

  cellStyle(row: number, col: number, key: string, style: CellStyle): void {
    const list = this.cellStyles.get(col);
    if (list) list.push({ row, key, style });
    else this.cellStyles.set(col, [{ row, key, style }]);
  }

  merge(row: number, col: number, colCount: number): void {
    if (colCount > 1) this.merges.push({ row, col, rowCount: 1, colCount });
  }

  link(row: number, col: number, cell: CellRef, screenTip?: string): void {
    const target = documentReference(cell);
    this.hyperlinks.push(
      screenTip
        ? { row, col, documentReference: target, screenTip }
        : { row, col, documentReference: target },
    );
    this.cellStyle(row, col, 'link', LINK_STYLE);
  }

  height(row: number, height: number): void {
    this.rowHeights.push({ row, height });
  }

  /** Per-cell styles merged into vertical runs of the same style in the same column (column order). */
  compactCellStyles(): StyledRange[] {
    const out: StyledRange[] = [];
    const cols = [...this.cellStyles.keys()].sort((a, b) => a - b);
    for (const col of cols) {
      const list = this.cellStyles.get(col) ?? [];
      let i = 0;
      while (i < list.length) {
        const start = list[i];
        let j = i + 1;
        while (j < list.length && list[j].key === start.key && list[j].row === list[j - 1].row + 1) j++;
        out.push({
          row: start.row,
          col,
          rowCount: list[j - 1].row - start.row + 1,
          colCount: 1,
          style: start.style,
        });
        i = j;
      }
    }
    return out;
  }
}

/** An internal hyperlink target, the sheet name always quoted as Excel accepts it: "'Monthly data'!F12". */
export function documentReference(cell: CellRef): string {
  const address = cell.address || `${columnLetter(cell.col)}${cell.row}`;
  return `'${cell.sheet.replace(/'/g, "''")}'!${address}`;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function safeSheetName(name: string | undefined): string {
  const cleaned = (name ?? '')
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return cleaned || DEFAULT_SUMMARY_SHEET_NAME;
}

/* ---------- text of cells ---------- */

function widthOf(fromCol: number, colCount: number): number {
  let w = 0;
  for (let c = fromCol; c < fromCol + colCount; c++) w += SUMMARY_COLUMNS[c].width;
  return w;
}

/** Lines a text needs in a wrapped cell `widthPts` wide (a generous estimate of Calibri's widths). */
function linesFor(text: string, widthPts: number, fontSize = FONT_BODY): number {
  const perLine = Math.max(1, Math.floor((widthPts - 4) / (fontSize * 0.55)));
  let lines = 0;
  for (const part of text.split('\n')) lines += Math.max(1, Math.ceil(part.length / perLine));
  return lines;
}

function heightFor(lines: number, fontSize = FONT_BODY): number {
  return Math.ceil(lines * fontSize * 1.3 + 4);
}

function comparatorText(c: MeasureFigures['comparators']['england'], unit: Unit): string | null {
  if (!c) return null;
  const value = formatValue(c.value, unit);
  if (c.gap === null || !Number.isFinite(c.gap)) return value;
  const gap = formatChange(c.gap, unit);
  return c.versus ? `${value} (${gap}, ${c.versus})` : `${value} (${gap})`;
}

function percentOf(share: number | null | undefined, base: number): number | null {
  if (share === null || share === undefined || !Number.isFinite(share)) return null;
  return Math.round((share / 100) * base);
}

function recordsText(r: RecordStats, f: MeasureFigures): string | null {
  const latest = f.latest;
  const near = (a: number | null | undefined, b: number): boolean =>
    a !== null && a !== undefined && Math.abs(a - b) < 0.05;
  if (r.threshold !== undefined) {
    const usesLatest =
      latest && latest.numerator !== null && latest.denominator !== null && near(r.shareAbove, latest.value);
    const n = usesLatest ? latest.numerator : percentOf(r.shareAbove, r.count);
    const of = usesLatest ? (latest.denominator ?? r.count) : r.count;
    const workers = of === 1 ? 'worker' : 'workers';
    return n === null
      ? `${formatCount(of)} ${workers}`
      : `${formatCount(n)} of ${formatCount(of)} ${workers} above ${formatCount(r.threshold)}`;
  }
  const parts: string[] = [];
  if (r.shareAtLeast3 !== null) {
    const usesLatest =
      latest &&
      latest.numerator !== null &&
      latest.denominator !== null &&
      near(r.shareAtLeast3, latest.value);
    const n = usesLatest ? latest.numerator : percentOf(r.shareAtLeast3, r.count);
    const of = usesLatest ? (latest.denominator ?? r.count) : r.count;
    if (n !== null) parts.push(`${formatCount(n)} of ${formatCount(of)} children`);
  } else {
    parts.push(`${formatCount(r.count)} children`);
  }
  if (r.topTenthShare !== null)
    parts.push(`10% of children account for ${Math.round(r.topTenthShare)}% of incidents`);
  return parts.length ? parts.join('; ') : null;
}

function countsText(row: MeasureRow): string | null {
  const f = row.figures;
  if (f.records) return recordsText(f.records, f);
  const l = f.latest;
  if (!l || l.numerator === null || l.denominator === null) return null;
  const sep = row.measure.unit === 'percent' ? ' of ' : ' / ';
  return `${formatCount(l.numerator)}${sep}${formatCount(l.denominator)}`;
}

function notesText(f: MeasureFigures): string | null {
  const texts: string[] = [];
  for (const n of f.notes) {
    const t = n.text.trim();
    if (t && !texts.includes(t)) texts.push(t);
  }
  return texts.length ? texts.join('; ') : null;
}

function definitionText(m: Measure): string {
  const parts: string[] = [];
  if (m.definition?.trim()) parts.push(capitalise(m.definition.trim()));
  if (m.numerator?.trim()) parts.push(`Numerator: ${m.numerator.trim()}`);
  if (m.denominator?.trim()) parts.push(`Denominator: ${m.denominator.trim()}`);
  if (m.custom) parts.push('Added by the Panel');
  return parts.length ? parts.join('. ') : 'No definition recorded';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/* ---------- the plan ---------- */

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Information' } as const;

/**
 * The formatted summary sheet for a model, as plain data. Deterministic (the same model gives an identical
 * plan) and rectangular (every row has SUMMARY_COLUMNS.length cells; numberFormats has the same shape).
 * Every string cell has the number format '@' so no text is ever taken for a formula.
 */
export function planSummarySheet(
  model: SummaryModel,
  options?: { sheetName?: string; markerText: string },
): SheetPlan {
  const p = new PlanBuilder();
  const markerText = options?.markerText?.trim() ? options.markerText : DEFAULT_MARKER_TEXT;

  // Title, with the marker in the last column.
  const title = p.addRow();
  p.set(title, 0, model.title);
  p.merge(title, 0, W - 1);
  p.style(title, 0, 1, W - 1, { bold: true, fontSize: 16, fontColor: NAVY, verticalAlignment: 'Center' });
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
  p.merge(asAt, 0, W);
  p.style(asAt, 0, 1, W, { italic: true, fontColor: '#404040' });

  // Legend.
  const legend = [
    'RAG: Green = target met, Amber = within tolerance, Red = missed. ' +
      'Direction: ▲ rose, ▼ fell, ► stable since the previous period; green = improving, red = worsening, grey = stable or neither better nor worse.',
    'Polarity: "higher is better", "lower is better", "closer to target is better" or "context only". ' +
      'Change and gaps for percentages are in percentage points (pp). Counts: the children behind a percentage (79 of 85).',
    'England, Stat neighbours, Region: their figure, then our gap to it (our latest minus theirs) and whether we are better or worse. ' +
      'Trend: the last periods, oldest first (· = no figure). Select a measure name to go to its source row.',
  ];
  for (const text of legend) {
    const r = p.addRow();
    p.set(r, 0, text);
    p.merge(r, 0, W);
    const lines = linesFor(text, widthOf(0, W), 9);
    if (lines > 1) p.height(r, heightFor(lines, 9));
  }
  p.style(SUMMARY_ROWS.legendFirst, 0, legend.length, W, {
    fontSize: 9,
    fontColor: '#404040',
    wrapText: true,
  });

  // Column header.
  const header = p.addRow();
  SUMMARY_COLUMNS.forEach((c, i) => p.set(header, i, c.header));
  p.style(header, 0, 1, W, HEADER_STYLE);

  // KLOE sections. The table's base styles (borders, wrap, font size) go before the sections' own styles,
  // so bands and notes drawn later override them.
  const tableTop = p.rowCount;
  const baseIndex = p.styles.length;
  for (const section of model.sections) planSection(p, section);
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
      { row: tableTop, col: C.measure, rowCount: tableRows, colCount: 1, style: { wrapText: true } },
      {
        row: tableTop,
        col: C.england,
        rowCount: tableRows,
        colCount: C.counts - C.england + 1,
        style: { wrapText: true },
      },
      { row: tableTop, col: C.trend, rowCount: tableRows, colCount: 1, style: { fontSize: 8 } },
      {
        row: tableTop,
        col: C.notes,
        rowCount: tableRows,
        colCount: C.action - C.notes + 1,
        style: { wrapText: true },
      },
    ];
    p.styles.splice(baseIndex, 0, ...base);
  }

  planFindings(p, model.findings);
  planDefinitions(p, model.definitions);

  return {
    sheetName: safeSheetName(options?.sheetName),
    values: p.values,
    numberFormats: p.formats,
    styles: [...p.styles, ...p.compactCellStyles()],
    merges: p.merges,
    hyperlinks: p.hyperlinks,
    columnWidths: SUMMARY_COLUMNS.map((c) => c.width),
    freezeRows: SUMMARY_ROWS.header + 1,
    printTitleRow: SUMMARY_ROWS.header,
    tabColor: NAVY,
    marker: { row: title, col: W - 1, text: markerText },
    rowHeights: withEstimatedHeights(p.values, p.merges, p.rowHeights),
    pageSetup: { orientation: 'Landscape', paperSize: 'A4', fitToPagesWide: 1 },
  };
}

/** Average width of a character of 10 pt Calibri, in points, and the height of one wrapped line. */
const CHAR_WIDTH_PT = 5.6;
const LINE_HEIGHT_PT = 13;
const MIN_ROW_HEIGHT_PT = 15;

/**
 * Row heights for wrapped text, estimated from the text length and the (merged) width each cell has.
 * Excel on the web and LibreOffice do not fit row heights to wrapped text when a file is opened, and merged
 * cells are never auto-fitted, so the plan sets every taller-than-default row explicitly.
 */
function withEstimatedHeights(
  values: readonly (readonly Value[])[],
  merges: readonly { row: number; col: number; rowCount: number; colCount: number }[],
  explicit: readonly { row: number; height: number }[],
): { row: number; height: number }[] {
  const widths = SUMMARY_COLUMNS.map((c) => c.width);
  const span = new Map<string, number>();
  for (const m of merges) {
    let w = 0;
    for (let c = m.col; c < m.col + m.colCount; c++) w += widths[c] ?? 0;
    span.set(`${m.row}:${m.col}`, w);
  }
  const fixed = new Map(explicit.map((h) => [h.row, h.height]));
  const out: { row: number; height: number }[] = [];
  values.forEach((line, row) => {
    const given = fixed.get(row);
    if (given !== undefined) {
      out.push({ row, height: given });
      return;
    }
    let lines = 1;
    line.forEach((v, col) => {
      if (typeof v !== 'string' || v.length < 8) return;
      const width = span.get(`${row}:${col}`) ?? widths[col] ?? 60;
      const perLine = Math.max(1, Math.floor((width - 6) / CHAR_WIDTH_PT));
      const needed = v.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    const height = Math.max(MIN_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT + 2);
    if (height > MIN_ROW_HEIGHT_PT) out.push({ row, height });
  });
  return out;
}

function planSection(p: PlanBuilder, section: KloeSection): void {
  const band = p.addRow();
  p.set(band, 0, section.kloe.id);
  const heading = section.kloe.question
    ? `${section.kloe.title}: ${section.kloe.question}`
    : section.kloe.title;
  p.set(band, 1, heading);
  p.merge(band, 1, W - 1);
  p.style(band, 0, 1, W, BAND_STYLE);
  const bandLines = linesFor(heading, widthOf(1, W - 1), 11);
  if (bandLines > 1) p.height(band, heightFor(bandLines, 11));

  for (const row of section.rows) planMeasureRow(p, row);

  if (section.rows.length === 0) {
    const r = p.addRow();
    p.set(r, 1, 'Not measured by a number yet');
    p.style(r, 0, 1, W, { ...NOTE_STYLE, bold: true });
  }
  planEvidence(p, section.evidence, section.rows.length === 0);
}

function planEvidence(p: PlanBuilder, evidence: readonly EvidenceNote[], unmeasured: boolean): void {
  if (evidence.length === 0) {
    if (!unmeasured) return;
    const r = p.addRow();
    p.set(r, 1, 'No evidence recorded');
    p.style(r, 0, 1, W, NOTE_STYLE);
    return;
  }
  const first = p.rowCount;
  const textWidth = widthOf(2, W - 2);
  for (const note of evidence) {
    const r = p.addRow();
    p.set(r, 1, note.date ? `Evidence (${ukDate(note.date)})` : 'Evidence');
    p.set(r, 2, note.text);
    p.merge(r, 2, W - 2);
    const lines = linesFor(note.text, textWidth);
    if (lines > 1) p.height(r, heightFor(lines));
  }
  p.style(first, 1, evidence.length, 1, NOTE_STYLE);
  p.style(first, 2, evidence.length, W - 2, { wrapText: true });
}

function planMeasureRow(p: PlanBuilder, row: MeasureRow): void {
  const { measure, figures: f, settings } = row;
  const unit = measure.unit;
  const fmt = numberFormatFor(unit);
  const r = p.addRow();

  p.set(r, C.id, measure.id);
  p.set(r, C.measure, measure.name);
  if (row.link) p.link(r, C.measure, row.link, `Go to ${row.link.sheet}!${row.link.address}`);
  p.set(r, C.period, f.latest?.label ?? null);
  p.set(r, C.latest, f.latest?.value ?? null, fmt);
  p.set(r, C.previous, f.previous?.value ?? null, fmt);
  p.set(r, C.change, f.change, changeFormatFor(unit));

  const direction = directionText(f.direction, f.change);
  if (direction) {
    p.set(r, C.direction, direction);
    const colour = DIRECTION_COLOURS[f.direction ?? 'none'];
    p.cellStyle(r, C.direction, `dir:${f.direction ?? 'none'}`, { fontColor: colour });
  }

  p.set(r, C.target, f.target ?? settings.target ?? null, fmt);
  if (f.rag) {
    p.set(r, C.rag, ragWord(f.rag));
    p.cellStyle(r, C.rag, `rag:${f.rag}`, RAG_STYLES[f.rag]);
  }

  p.set(r, C.england, comparatorText(f.comparators.england, unit));
  p.set(r, C.statNeighbours, comparatorText(f.comparators.statNeighbours, unit));
  p.set(r, C.region, comparatorText(f.comparators.region, unit));
  p.set(r, C.counts, countsText(row));
  p.set(r, C.trend, f.trend.length ? sparkline(f.trend) : null);
  p.set(r, C.notes, notesText(f));
  p.set(r, C.commentary, settings.comment ?? null);
  p.set(r, C.action, settings.action ?? null);
}

function planFindings(p: PlanBuilder, findings: readonly Finding[]): void {
  p.addRow();
  const band = p.addRow();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const summary =
    findings.length === 0
      ? 'Data quality'
      : `Data quality: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} for information`;
  p.set(band, 0, summary);
  p.merge(band, 0, W);
  p.style(band, 0, 1, W, SUB_BAND_STYLE);

  const head = p.addRow();
  p.set(head, 0, 'ID');
  p.set(head, 1, 'Severity');
  p.set(head, 2, 'Issue (select it to go to the cell)');
  p.merge(head, 2, W - 2);
  p.style(head, 0, 1, W, { ...HEADER_STYLE, horizontalAlignment: 'Left' });

  if (findings.length === 0) {
    const r = p.addRow();
    p.set(r, 1, 'No data-quality issues found');
    p.style(r, 0, 1, W, NOTE_STYLE);
    return;
  }

  // Stable sort: errors, then warnings, then information, each in the order given.
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
  const first = p.rowCount;
  const textWidth = widthOf(2, W - 2);
  for (const f of sorted) {
    const r = p.addRow();
    // The Panel's wording: what is missing or wrong, without the officers' instructions.
    const text = f.panelMessage ?? f.message;
    p.set(r, 0, f.measureId ?? null);
    p.set(r, 1, SEVERITY_WORD[f.severity]);
    p.cellStyle(r, 1, `sev:${f.severity}`, SEVERITY_STYLES[f.severity]);
    p.set(r, 2, text);
    p.merge(r, 2, W - 2);
    if (f.cell) p.link(r, 2, f.cell, `Go to ${f.cell.sheet}!${f.cell.address}`);
    const lines = linesFor(text, textWidth);
    if (lines > 1) p.height(r, heightFor(lines));
  }
  p.style(first, 0, sorted.length, W, {
    border: true,
    verticalAlignment: 'Top',
    fontSize: FONT_BODY,
    wrapText: true,
  });
}

function planDefinitions(p: PlanBuilder, measures: readonly Measure[]): void {
  p.addRow();
  const band = p.addRow();
  p.set(band, 0, 'Definitions');
  p.merge(band, 0, W);
  p.style(band, 0, 1, W, SUB_BAND_STYLE);

  const DEF_FROM = 2;
  const DEF_COLS = C.counts - DEF_FROM + 1; // Period .. Counts
  const UNIT = C.trend;
  const POLARITY = C.notes;
  const SOURCE = C.commentary;
  const ENGLAND = C.action;

  const head = p.addRow();
  p.set(head, 0, 'ID');
  p.set(head, 1, 'Measure');
  p.set(head, DEF_FROM, 'Definition');
  p.merge(head, DEF_FROM, DEF_COLS);
  p.set(head, UNIT, 'Unit');
  p.set(head, POLARITY, 'Polarity');
  p.set(head, SOURCE, 'Source');
  p.set(head, ENGLAND, 'England (year)');
  p.style(head, 0, 1, W, { ...HEADER_STYLE, horizontalAlignment: 'Left' });

  if (measures.length === 0) {
    const r = p.addRow();
    p.set(r, 1, 'No measures shown');
    p.style(r, 0, 1, W, NOTE_STYLE);
    return;
  }

  const first = p.rowCount;
  const defWidth = widthOf(DEF_FROM, DEF_COLS);
  for (const m of measures) {
    const r = p.addRow();
    const definition = definitionText(m);
    const unit = unitWords(m.unit);
    const polarity = polarityWords(m.polarity);
    const source = m.source === 'national' ? 'National collection' : 'Local measure';
    const england = m.england ? `${formatValue(m.england.value, m.unit)} (${m.england.year})` : null;
    p.set(r, 0, m.id);
    p.set(r, 1, m.name);
    p.set(r, DEF_FROM, definition);
    p.merge(r, DEF_FROM, DEF_COLS);
    p.set(r, UNIT, unit);
    p.set(r, POLARITY, polarity);
    p.set(r, SOURCE, source);
    p.set(r, ENGLAND, england);
    const defLines = linesFor(definition, defWidth);
    if (defLines > 1) {
      const lines = Math.max(
        defLines,
        linesFor(m.name, SUMMARY_COLUMNS[1].width),
        linesFor(unit, SUMMARY_COLUMNS[UNIT].width),
        linesFor(polarity, SUMMARY_COLUMNS[POLARITY].width),
        linesFor(source, SUMMARY_COLUMNS[SOURCE].width),
        england ? linesFor(england, SUMMARY_COLUMNS[ENGLAND].width) : 1,
      );
      p.height(r, heightFor(lines));
    }
  }
  p.style(first, 0, measures.length, W, {
    border: true,
    verticalAlignment: 'Top',
    fontSize: FONT_BODY,
    wrapText: true,
  });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
