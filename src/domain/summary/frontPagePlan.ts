/**
 * The front page, a sheet of its own beside the summary: one printed A4 landscape page a member reads
 * first. The as-at date; how many measures are green, amber and red, improving and worsening, and how many
 * changed beyond ordinary variation on their control charts; the measures
 * that most need the Panel's attention, each with why, its sentence and the officer's action; the lines of
 * enquiry with no measure and no evidence; the data-quality errors still open.
 *
 * Laid out on a grid of 14 equal columns (A4 landscape's printable width at full size), so that tiles and
 * tables can take the widths they need; a 15th, narrow column outside the printed area holds the marker.
 */
import { ukDateTime } from './format';
import { dateWords } from './periodWords';
import { HEADER_STYLE, NAVY, NOTE_STYLE, PlanBuilder, SUB_BAND_STYLE, builtParts } from './planBuilder';
import { DEFAULT_ROW_HEIGHT_PT } from './textMetrics';
import { panelFooter, PRINT_MARGINS, safeSheetName } from './plan';
import type { AttentionItem, CellStyle, FrontPage, SheetPlan, SummaryModel } from './types';

export const DEFAULT_FRONT_PAGE_SHEET_NAME = 'PMF Front page';
export const DEFAULT_FRONT_PAGE_MARKER_TEXT = 'PMF front page (generated)';
/**
 * The most measures the front page lists, the most pressing first, when they fit on the page (fewer when
 * their sentences and actions are long: the page stays one page at full size); the summary has the others.
 */
export const FRONT_PAGE_ATTENTION_LIMIT = 10;

const GRID = 14;
const GRID_WIDTH = 55;
/** Font of the front page's tables: a little smaller than the summary's, to keep to one page. */
const FONT = 9;

/** Columns of the attention table on the grid: [first column, number of columns]. */
const T = {
  measure: [0, 3],
  why: [3, 2],
  sentence: [5, 6],
  action: [11, 3],
} as const;

interface Tile {
  readonly n: number;
  readonly label: string;
  readonly style: CellStyle;
}

const GREY: CellStyle = { fill: '#F2F2F2', fontColor: '#404040' };

function tiles(model: SummaryModel): Tile[] {
  const fp = model.frontPage;
  return [
    { n: fp.rag.green, label: 'green', style: { fill: '#C6EFCE', fontColor: '#006100' } },
    { n: fp.rag.amber, label: 'amber', style: { fill: '#FFEB9C', fontColor: '#9C5700' } },
    { n: fp.rag.red, label: 'red', style: { fill: '#FFC7CE', fontColor: '#9C0006' } },
    { n: fp.direction.improving, label: 'improving', style: { fill: '#E2EFDA', fontColor: '#107C10' } },
    { n: fp.direction.worsening, label: 'worsening', style: { fill: '#FCE4D6', fontColor: '#C00000' } },
    { n: fp.attention.length, label: 'need attention', style: { fill: '#D9E1F2', fontColor: NAVY } },
    {
      n: fp.openErrors,
      label: fp.openErrors === 1 ? 'data error open' : 'data errors open',
      style: fp.openErrors > 0 ? { fill: '#FFC7CE', fontColor: '#9C0006' } : GREY,
    },
  ];
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * Whether the changes are real, from the measures' control charts: 'Of the 14 measures with a control
 * chart, 2 changed beyond ordinary variation for the worse and 1 for the better; the other 11 moved only
 * within their usual ups and downs.'
 */
export function variationLine(v: FrontPage['variation'], measures: number): string {
  const charted = measures - v.none;
  if (charted <= 0) {
    return 'No measure has the 12 periods of figures a control chart needs to tell a real change from ordinary variation.';
  }
  const neutral = v.neutralHigh + v.neutralLow;
  const special = v.concern + v.improvement + neutral;
  const of = `Of the ${plural(charted, 'measure')} with a control chart (12 periods or more)`;
  if (special === 0) {
    return `${of}, none changed beyond ordinary variation: ${charted === 1 ? 'it moved' : 'they moved'} only within the usual ups and downs.`;
  }
  const count = (n: number) => (n === 0 ? 'none' : String(n));
  const parts = [
    `${count(v.concern)} changed beyond ordinary variation for the worse`,
    `${count(v.improvement)} for the better`,
  ];
  if (neutral > 0)
    parts.push(`${neutral} (context only) ${neutral === 1 ? 'is' : 'are'} unusually high or low`);
  const listed = `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return v.commonCause > 0
    ? `${of}, ${listed}; the other ${v.commonCause} moved only within the usual ups and downs.`
    : `${of}, ${listed}.`;
}

function band(p: PlanBuilder, text: string): void {
  const r = p.addRow();
  p.set(r, 0, text);
  p.merge(r, 0, GRID);
  p.style(r, 0, 1, GRID, { ...SUB_BAND_STYLE, fill: NAVY, wrapText: true });
  p.fit(r, 0, GRID, 11, true);
}

function spacer(p: PlanBuilder, height: number): void {
  p.height(p.addRow(), height);
}

function attentionRow(p: PlanBuilder, item: AttentionItem): void {
  const { row, reasons } = item;
  const r = p.addRow();
  const cells: [readonly [number, number], string | null][] = [
    [T.measure, `${row.measure.id} ${row.measure.name}`],
    [T.why, reasons.map((x) => x.text).join('; ')],
    [T.sentence, row.sentence],
    [T.action, row.settings.action?.trim() || 'No action recorded'],
  ];
  for (const [[col, span], text] of cells) {
    p.set(r, col, text);
    p.merge(r, col, span);
    p.fit(r, col, span, FONT, col === T.measure[0]);
  }
  if (!row.settings.action?.trim())
    p.cellStyle(r, T.action[0], 'noAction', { italic: true, fontColor: '#9C0006' });
}

/**
 * The front page for a model, as plain data: deterministic, rectangular, every string cell text ('@').
 * `summarySheet` names the summary sheet it points the reader to.
 */
export function planFrontPage(
  model: SummaryModel,
  options?: { sheetName?: string; markerText?: string; summarySheet?: string },
): SheetPlan {
  let limit = Math.min(FRONT_PAGE_ATTENTION_LIMIT, model.frontPage.attention.length);
  let plan = planWith(model, limit, options);
  while (limit > 1 && planHeight(plan) > PRINTABLE_HEIGHT_PT) plan = planWith(model, --limit, options);
  return plan;
}

/** The printed height of a plan's rows at full size, in points. */
export function planHeight(plan: SheetPlan): number {
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  let total = 0;
  for (let r = 0; r < plan.values.length; r++) total += heights.get(r) ?? DEFAULT_ROW_HEIGHT_PT;
  return total;
}

function planWith(
  model: SummaryModel,
  limit: number,
  options?: { sheetName?: string; markerText?: string; summarySheet?: string },
): SheetPlan {
  const fp = model.frontPage;
  const p = new PlanBuilder([...new Array<number>(GRID).fill(GRID_WIDTH), 12]);
  const markerText = options?.markerText?.trim() ? options.markerText : DEFAULT_FRONT_PAGE_MARKER_TEXT;
  const summary = options?.summarySheet ?? 'PMF Summary';

  // Title and as-at date, the marker beside them outside the printed area.
  const title = p.addRow();
  p.set(title, 0, model.title);
  p.merge(title, 0, GRID);
  p.style(title, 0, 1, GRID, { bold: true, fontSize: 16, fontColor: NAVY, verticalAlignment: 'Center' });
  p.height(title, 24);
  p.set(title, GRID, markerText);
  p.style(title, GRID, 1, 1, { fontSize: 6, fontColor: '#A6A6A6' });

  const asAt = p.addRow();
  const produced = model.producedAt ? `; produced ${ukDateTime(model.producedAt)}` : '';
  const from = model.workbookName?.trim() ? ` from ${model.workbookName.trim()}` : '';
  p.set(asAt, 0, `The Panel’s front page, as at ${dateWords(model.asAt)}${produced}${from}.`);
  p.merge(asAt, 0, GRID);
  p.style(asAt, 0, 1, GRID, { bold: true, fontSize: 11, fontColor: '#404040', wrapText: true });
  p.fit(asAt, 0, GRID, 11, true);
  spacer(p, 6);

  // Tiles: the number, then what it counts, in words (not colour alone).
  const numbers = p.addRow();
  const labels = p.addRow();
  tiles(model).forEach((t, i) => {
    const col = i * 2;
    p.set(numbers, col, t.n, '0');
    p.merge(numbers, col, 2);
    p.set(labels, col, t.label);
    p.merge(labels, col, 2);
    p.style(numbers, col, 2, 2, { ...t.style, horizontalAlignment: 'Center' });
  });
  p.style(numbers, 0, 1, GRID, { bold: true, fontSize: 18, verticalAlignment: 'Center' });
  p.style(labels, 0, 1, GRID, { fontSize: 9, verticalAlignment: 'Top' });
  p.height(numbers, 26);

  const withTarget = fp.rag.green + fp.rag.amber + fp.rag.red;
  const summaryLine = p.addRow();
  p.set(
    summaryLine,
    0,
    `${plural(fp.measures, 'measure')} shown; ${withTarget} have a target and a RAG rating ` +
      `(${fp.rag.green} green, ${fp.rag.amber} amber, ${fp.rag.red} red). Since the previous period ` +
      `${fp.direction.improving} improved, ${fp.direction.worsening} worsened and ${fp.direction.stable} changed little; ` +
      `${fp.direction.none} are context only or have no earlier figure. ` +
      variationLine(fp.variation, fp.measures),
  );
  p.merge(summaryLine, 0, GRID);
  p.style(summaryLine, 0, 1, GRID, { fontSize: FONT, fontColor: '#404040', wrapText: true });
  p.fit(summaryLine, 0, GRID, FONT);
  spacer(p, 6);

  // The measures that most need attention.
  const shown = fp.attention.slice(0, limit);
  const more = fp.attention.length - shown.length;
  band(
    p,
    fp.attention.length === 0
      ? 'Needs the Panel’s attention: no measure is red, worsening for two periods, far behind England or a special cause for concern'
      : `Needs the Panel’s attention: ${plural(fp.attention.length, 'measure')}` +
          (more > 0 ? ` (the ${shown.length} most pressing here; all are in ‘${summary}’)` : ''),
  );
  if (shown.length > 0) {
    const head = p.addRow();
    const headers: [readonly [number, number], string][] = [
      [T.measure, 'Measure'],
      [T.why, 'Why'],
      [T.sentence, 'What the figures say'],
      [T.action, 'What is being done'],
    ];
    for (const [[col, span], text] of headers) {
      p.set(head, col, text);
      p.merge(head, col, span);
    }
    p.style(head, 0, 1, GRID, { ...HEADER_STYLE, horizontalAlignment: 'Left', fontSize: FONT });
    const first = p.rowCount;
    for (const item of shown) attentionRow(p, item);
    p.style(first, 0, shown.length, GRID, {
      border: true,
      wrapText: true,
      verticalAlignment: 'Top',
      fontSize: FONT,
    });
    p.style(first, T.measure[0], shown.length, 1, { bold: true });
  }
  spacer(p, 6);

  // Lines of enquiry with nothing to show.
  band(p, 'Lines of enquiry with no measure and no evidence');
  const gaps = p.addRow();
  p.set(
    gaps,
    0,
    fp.unevidencedKloes.length === 0
      ? 'None: every line of enquiry has a measure or evidence recorded.'
      : fp.unevidencedKloes.map((k) => `${k.id} ${k.title}`).join('; ') +
          '. Record evidence for them in the pane’s Framework view, or tag a measure.',
  );
  p.merge(gaps, 0, GRID);
  p.style(gaps, 0, 1, GRID, { fontSize: FONT, wrapText: true, verticalAlignment: 'Top' });
  p.fit(gaps, 0, GRID, FONT);
  spacer(p, 6);

  // Data quality.
  const dq = p.addRow();
  p.set(
    dq,
    0,
    fp.openErrors + fp.openWarnings === 0
      ? 'Data quality: no errors or warnings open.'
      : `Data quality: ${plural(fp.openErrors, 'error')} and ${plural(fp.openWarnings, 'warning')} still open; ` +
          `each is listed with its cell in ‘${summary}’.`,
  );
  p.merge(dq, 0, GRID);
  p.style(dq, 0, 1, GRID, {
    fontSize: FONT,
    bold: true,
    wrapText: true,
    ...(fp.openErrors > 0 ? { fill: '#FFC7CE', fontColor: '#9C0006' } : NOTE_STYLE),
  });
  p.fit(dq, 0, GRID, FONT, true);

  return {
    sheetName: safeSheetName(options?.sheetName, DEFAULT_FRONT_PAGE_SHEET_NAME),
    ...builtParts(p),
    freezeRows: 0,
    printTitleRow: null,
    tabColor: NAVY,
    marker: { row: title, col: GRID, text: markerText },
    pageSetup: {
      orientation: 'Landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      fitToPagesTall: 1,
      printColumns: GRID,
      footer: panelFooter(model.asAt, 'Panel front page'),
      margins: PRINT_MARGINS,
    },
  };
}

/** The printable height of an A4 landscape page inside the Panel's margins, in points. */
export const PRINTABLE_HEIGHT_PT = 595 - PRINT_MARGINS.top - PRINT_MARGINS.bottom;
