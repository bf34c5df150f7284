/**
 * What a row of an officer's sheet is: its label, whether it is a header row (period headings), a data
 * row (a label and figures), a section row or blank. Simple, explainable heuristics; the officer confirms
 * every tag, so these only decide what to offer and what to refuse.
 */
import { cellAt, formatAt, gridBottom, gridRight, type CellValue, type SheetGrid } from '../grid';
import { isDateFormat } from '../periods/parse';
import { isErrorValue, isMissingMarker, parseNumericText } from '../values/read';
import { isAreaCode } from '../layout/areas';

/** How many columns from the left of the used range are searched for a row's label. */
export const LABEL_COLUMNS = 5;

/** Labels are compared after trimming, collapsing whitespace (incl. non-breaking spaces) and case. */
export function normaliseLabel(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A short reference code that sits beside a label rather than being one: 'S01', '1.2', '3a', 'KPI 3',
 * 'NI 62', 'PI-12', '2.1.4', 'Q-D1', 'CL2b', 'LAC-01'.
 */
export function isReferenceCode(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 10) return false;
  // Number parts joined by '.' or '_' only: '17-18' is an age range in a label ('EET 17-18').
  return /^(?:[A-Za-z]{1,4}(?:[-_][A-Za-z]{1,3})?[\s.\-_]?)?\d{1,3}(?:[._]\d{1,3}){0,3}[a-z]?\.?\)?$/.test(t);
}

/** Placeholders officers leave where a figure is due ('TBC', 'DNC', 'LR'): not numbers, but figure cells. */
const PLACEHOLDERS = new Set(['tbc', 'dnc', 'lr', '.', ':']);
const PLACEHOLDER_MAX_LENGTH = Math.max(...[...PLACEHOLDERS].map((p) => p.length));

/** Numbers written as text: '12.5%', '£1,200', '1,234', '(3)', '-4.2'. */
export function isNumericText(text: string): boolean {
  return parseNumericText(text) !== null;
}

/** Suppression / missing markers, placeholders and error cells: figures that are not numbers. */
export function isMarkerText(text: string): boolean {
  if (isMissingMarker(text) || isErrorValue(text)) return true;
  const t = text.trim();
  return t.length <= PLACEHOLDER_MAX_LENGTH && PLACEHOLDERS.has(t.toLowerCase());
}

/** A cell that is (or stands for) a figure: a number, numeric text, a marker or an error. */
export function isFigureCell(v: CellValue): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  return isNumericText(v) || isMarkerText(v);
}

function isLabelText(v: CellValue): v is string {
  if (typeof v !== 'string') return false;
  const t = v.trim();
  if (t === '' || isReferenceCode(t) || isNumericText(t) || isMarkerText(t) || isAreaCode(t)) return false;
  return /[A-Za-z]/.test(t);
}

/** The cell that holds a row's label: its column and trimmed text; undefined when the row has none. */
export function rowLabelCell(grid: SheetGrid, row: number): { col: number; text: string } | undefined {
  const r = row - grid.top;
  if (r < 0 || r >= grid.values.length) return undefined;
  const line = grid.values[r];
  const last = Math.min(line.length, LABEL_COLUMNS);
  for (let c = 0; c < last; c++) {
    const v = line[c];
    if (isLabelText(v)) return { col: grid.left + c, text: v.trim() };
  }
  return undefined;
}

/**
 * A row's label: the first non-empty text cell within the first few columns (LABEL_COLUMNS) of the used
 * range that is not a reference code like 'S01', '1.2', 'KPI 3', an area code like 'E06000047' nor a
 * figure; '' when there is none.
 */
export function rowLabel(grid: SheetGrid, row: number): string {
  return rowLabelCell(grid, row)?.text ?? '';
}

/** True when no cell of the row has content. */
export function isBlankRow(grid: SheetGrid, row: number): boolean {
  const r = row - grid.top;
  if (r < 0 || r >= grid.values.length) return true;
  return grid.values[r].every((v) => v === '' || (typeof v === 'string' && v.trim() === ''));
}

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const PERIOD_TEXT: readonly RegExp[] = [
  new RegExp(`^${MONTH}[\\s\\-'/.]*(\\d{2}|\\d{4})?$`, 'i'), // Apr-24, April 2024, Mar '25, March
  new RegExp(`^\\d{1,2}[\\s\\-/.]+${MONTH}[\\s\\-/.]+\\d{2,4}$`, 'i'), // 31 Mar 2025, 31-Mar-25
  /^\d{1,2}\/\d{1,2}\/\d{2,4}$/, // 31/03/2025
  /^\d{4}-\d{2}(-\d{2})?$/, // 2025-03, 2025-03-31
  /^(fy\s?)?(\d{2}|\d{4})\s?[/\-–]\s?\d{2}(\d{2})?$/i, // 2024/25, 2024-25, FY24/25, 24/25
  /^(q[1-4]|quarter [1-4])([\s-]+((fy\s?)?\d{2,4}([/–-]\d{2,4})?))?$/i, // Q1, Q1 2024/25
  /^((fy\s?)?\d{2,4}([/–-]\d{2,4})?)[\s-]+(q[1-4]|quarter [1-4])$/i, // 2024/25 Q1
  /^(19|20)\d{2}$/, // '2024'
  /^(ay|academic year)\s?\d{2,4}([/\-–]\d{2,4})?$/i,
  /^(term|autumn|spring|summer)( term)?( \d{1,4}([/\-–]\d{2,4})?)?$/i,
  /^(ytd|year to date|rolling 12( months)?|r12|12 month rolling|latest|previous|last year|this year)$/i,
  /^(target|england|eng|national|stat(istical)? neighbou?rs?|sn|sn avg|region(al)?|polarity|good is|dot|rag|trend|direction( of travel)?|comments?|notes?|benchmark)(\s.*)?$/i,
];

/** Text or a cell that reads as a period heading (or a comparator / notes heading beside them). */
export function looksLikeHeading(v: CellValue, format = 'General'): boolean {
  if (typeof v === 'number') {
    if (isDateFormat(format) && v > 20000 && v < 80000) return true;
    return false;
  }
  if (typeof v !== 'string') return false;
  const t = v.trim().replace(/\s+/g, ' ');
  if (t === '') return false;
  return PERIOD_TEXT.some((re) => re.test(t));
}

/**
 * A header row: at least two of the cells right of the label column are period headings, and they are
 * most (60%+) of that row's non-empty cells. Bare whole numbers like 2023, 2024 count as years only when
 * they run in steps of one (so a row of counts such as 2003, 2010 is not mistaken for years).
 */
export function isHeaderRow(grid: SheetGrid, row: number): boolean {
  const r = row - grid.top;
  if (r < 0 || r >= grid.values.length) return false;
  const labelCol = rowLabelCell(grid, row)?.col ?? grid.left - 1;
  const right = gridRight(grid);
  let filled = 0;
  let periods = 0;
  const years: number[] = [];
  for (let c = grid.left; c <= right; c++) {
    if (c <= labelCol) continue;
    const v = cellAt(grid, row, c);
    if (v === '' || (typeof v === 'string' && v.trim() === '')) continue;
    filled++;
    if (looksLikeHeading(v, formatAt(grid, row, c))) periods++;
    else if (typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100) years.push(v);
  }
  if (years.length >= 2 && years.every((y, i) => i === 0 || Math.abs(y - years[i - 1]) === 1)) {
    periods += years.length;
  }
  return periods >= 2 && periods >= 0.6 * filled;
}

/** Number of figure cells (numbers, numeric text, markers, errors) right of the label. */
export function figureCount(grid: SheetGrid, row: number): number {
  const r = row - grid.top;
  if (r < 0 || r >= grid.values.length) return 0;
  const label = rowLabelCell(grid, row);
  const from = label ? label.col - grid.left + 1 : 0;
  const line = grid.values[r];
  let n = 0;
  for (let c = from; c < line.length; c++) if (isFigureCell(line[c])) n++;
  return n;
}

/** A data row: a label and at least one number or marker cell to its right (and not a header row). */
export function isDataRow(grid: SheetGrid, row: number): boolean {
  if (!rowLabelCell(grid, row)) return false;
  if (figureCount(grid, row) === 0) return false;
  return !isHeaderRow(grid, row);
}

/**
 * A section row: a label with no figures that is not a header row: 'Care leavers', 'HEALTH'. Titles
 * above the header are section rows too (harmless: they just give context).
 */
export function isSectionRow(grid: SheetGrid, row: number): boolean {
  return rowLabelCell(grid, row) !== undefined && figureCount(grid, row) === 0 && !isHeaderRow(grid, row);
}

/** Whether `row` lies inside the grid's used range. */
export function inUsedRange(grid: SheetGrid, row: number): boolean {
  return Number.isInteger(row) && row >= grid.top && row <= gridBottom(grid);
}

const SUBTITLE_START =
  /^(as (at|of)|source|sources|data|note|notes|n\.?b\.?|years? (ending|to)|period|produced|prepared|updated|last updated|figures|report(ing)?( period)?)\b/i;
const FULL_DATE = new RegExp(
  `\\b\\d{1,2}(st|nd|rd|th)? ${MONTH}\\s+\\d{4}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
  'i',
);

/**
 * Text of a row that is no section heading though it stands alone: a title's subtitle or a note ('As at 31
 * March 2025', 'Source: case management system.', 'Years ending 31 March (SSDA903); ...'). Section headings are
 * short names ('Placement stability', 'Care leavers 19-21').
 */
export function isSubtitleText(text: string): boolean {
  const t = text.trim();
  return (
    t.length > 50 ||
    SUBTITLE_START.test(t) ||
    FULL_DATE.test(t) ||
    /[.;]$|[;:]\s/.test(t) ||
    /\.\s+\S/.test(t)
  );
}

/**
 * The section heading of `row`: the nearest section row above it below its header, or the one just above
 * its header (a block's own title). Titles, subtitles and notes above a sheet's header are not sections.
 * suggestForSheet walks the sheet downwards with the same rule.
 */
export function sectionHeadingFor(grid: SheetGrid, row: number): string | undefined {
  for (let r = Math.min(row - 1, gridBottom(grid)); r >= grid.top; r--) {
    if (isBlankRow(grid, r)) continue;
    if (isHeaderRow(grid, r)) {
      // The header's own title, if one stands right above it (over blanks and a second header row).
      for (let q = r - 1; q >= grid.top; q--) {
        if (isBlankRow(grid, q) || isHeaderRow(grid, q)) continue;
        const label = isSectionRow(grid, q) ? rowLabel(grid, q) : '';
        return label && !isSubtitleText(label) ? label : undefined;
      }
      return undefined;
    }
    if (isSectionRow(grid, r)) {
      const label = rowLabel(grid, r);
      if (!isSubtitleText(label)) return label;
    }
  }
  return undefined;
}
