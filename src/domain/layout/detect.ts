/**
 * Layout detection: for a row of a sheet, the header row above it, the label column, the period columns and
 * the comparator columns. General rules, not tuned to one workbook:
 *  - a header row is a row with at least two period headers (or one period beside comparator or label
 *    headers), holding no stray numbers; the lower row of a two-row header ('Q1'..'Q4' or 'Apr'..'Mar'
 *    under year bands) counts too;
 *  - the header row for a data row is the nearest one above it: titles, notes, blank rows and merged
 *    section bands in between are passed over;
 *  - the label column is the column headed 'Indicator', 'Measure', ... or else the column left of the
 *    periods holding the most (and longest) text in the rows below.
 */
import { cellAt, cellRef, formatAt, gridBottom, gridRight, quoteSheetName } from '../grid';
import type { CellValue, SheetGrid } from '../grid';
import {
  combineBand,
  comparePeriods,
  periodOrder,
  isDateFormat,
  looksLikePeriod,
  parseHeader,
  parseSubPeriod,
} from '../periods';
import type { HeaderMeaning, Period, PeriodKind } from '../periods';
import type { SeriesNote } from '../series/types';
import { isErrorValue, isMissingMarker, parseNumericText } from '../values';
import { isAreaCode } from './areas';
import type { BlockLayout, ComparatorColumn, ComparatorKind, PeriodColumn, SheetReader } from './types';

const LABEL_HEADER =
  /^(?:indicator|measure|description|metric|kpi|performance (?:indicator|measure)|indicator (?:name|description)|measure (?:name|description)|label|item|title|data item|area|la name|local authority|authority)\b(?!.*\b(?:code|number|no\.?)$)/i;

/** Header words of notes and reference columns, which are never periods. */
const NOTE_HEADER =
  /\b(?:comments?|commentary|notes?|narrative|source|frequency|rag|dot|direction|trend|change|status|ref|reference|lead|owner|definition|unit|rank|quartile|banding|id|no\.?)\b/i;

const KIND_RANK: Record<PeriodKind, number> = {
  month: 0,
  quarter: 1,
  financialYear: 2,
  academicYear: 3,
  calendarYear: 4,
};

interface RowScan {
  readonly periods: number;
  readonly numericYears: number;
  readonly subPeriods: number;
  readonly strayNumbers: number;
  readonly headerWords: number;
  readonly nonEmpty: number;
}

function text(v: CellValue): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

function describe(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

interface ColumnMeaning {
  readonly col: number;
  readonly meaning: HeaderMeaning;
  readonly header: string;
  /** The row the meaning was read from. */
  readonly row: number;
}

/** Build a memoising reader for one sheet grid. */
export function createSheetReader(grid: SheetGrid): SheetReader {
  const top = grid.top;
  const bottom = gridBottom(grid);
  const left = grid.left;
  const right = Math.max(gridRight(grid), left);
  const scans = new Map<number, RowScan>();
  const headerFlags = new Map<number, boolean>();
  const bandRows = new Map<number, number | undefined>();
  const headerAbove = new Map<number, number | undefined>();
  const layouts = new Map<number, BlockLayout | undefined>();

  function rowWidth(row: number): number {
    const r = row - top;
    return r >= 0 && r < grid.values.length ? grid.values[r].length : 0;
  }

  function scan(row: number): RowScan {
    const cached = scans.get(row);
    if (cached) return cached;
    let periods = 0;
    let numericYears = 0;
    let subPeriods = 0;
    let strayNumbers = 0;
    let headerWords = 0;
    let nonEmpty = 0;
    const width = rowWidth(row);
    for (let i = 0; i < width; i++) {
      const col = left + i;
      const v = cellAt(grid, row, col);
      if (v === '' || (typeof v === 'string' && v.trim() === '')) continue;
      nonEmpty++;
      // A row cannot be a header once its stray numbers outnumber half the periods it could still hold.
      if (strayNumbers > 0 && 2 * strayNumbers >= periods + (width - i)) {
        strayNumbers++;
        break;
      }
      if (typeof v === 'number' && !Number.isInteger(v) && !isDateFormat(formatAt(grid, row, col))) {
        strayNumbers++;
        continue;
      }
      if (typeof v === 'boolean') {
        strayNumbers++;
        continue;
      }
      if (typeof v === 'string' && (isErrorValue(v) || isMissingMarker(v) || parseNumericText(v))) {
        strayNumbers++;
        continue;
      }
      const m = parseHeader(v, formatAt(grid, row, col));
      if (m.type === 'period') {
        periods++;
        if (typeof v === 'number' && m.period.kind === 'calendarYear') numericYears++;
      } else if (typeof v === 'number') {
        strayNumbers++;
      } else if (m.type === 'other') {
        if (parseSubPeriod(v)) subPeriods++;
        else if (LABEL_HEADER.test(m.text)) headerWords++;
      } else {
        headerWords++;
      }
    }
    const result = { periods, numericYears, subPeriods, strayNumbers, headerWords, nonEmpty };
    scans.set(row, result);
    return result;
  }

  /** The year-band row above a row of bare sub-periods ('Q1', 'Apr'), if any. */
  function bandRowFor(row: number): number | undefined {
    if (bandRows.has(row)) return bandRows.get(row);
    let found: number | undefined;
    for (let r = row - 1; r >= Math.max(top, row - 3); r--) {
      const s = scan(r);
      if (s.nonEmpty === 0) continue;
      if (s.periods > 0 && s.strayNumbers === 0) found = r;
      break;
    }
    bandRows.set(row, found);
    return found;
  }

  function isHeaderRow(row: number): boolean {
    const cached = headerFlags.get(row);
    if (cached !== undefined) return cached;
    const s = scan(row);
    let ok = false;
    if (s.strayNumbers === 0 || s.strayNumbers < s.periods / 2) {
      const yearsOnly = s.periods > 0 && s.numericYears === s.periods;
      // Whole numbers such as 1987, 2003, 2050 (a large authority's counts) are years only in steps of one.
      if (s.periods >= 2 && (!yearsOnly || (s.strayNumbers === 0 && yearsRunInSteps(row)))) ok = true;
      else if (s.periods === 1 && !yearsOnly && s.headerWords >= 1 && s.strayNumbers === 0) ok = true;
      else if (s.subPeriods >= 2 && s.strayNumbers === 0 && bandRowFor(row) !== undefined) ok = true;
    }
    if (ok) {
      // A row of distinct periods only: the columns must name different periods.
      const layout = analyse(row);
      ok = layout !== undefined && layout.periodColumns.length > 0;
      layouts.set(row, ok ? layout : undefined);
    }
    headerFlags.set(row, ok);
    return ok;
  }

  /** Whether the whole-number years of a row run in steps of one (2019, 2020, 2021 or the reverse). */
  function yearsRunInSteps(row: number): boolean {
    const years: number[] = [];
    const width = rowWidth(row);
    for (let i = 0; i < width; i++) {
      const v = cellAt(grid, row, left + i);
      if (typeof v === 'number' && Number.isInteger(v) && !isDateFormat(formatAt(grid, row, left + i))) {
        years.push(v);
      }
    }
    return years.every((y, i) => i === 0 || Math.abs(y - years[i - 1]) === 1);
  }

  function headerRowFor(row: number): number | undefined {
    if (headerAbove.has(row)) return headerAbove.get(row);
    const walked: number[] = [];
    let r = row;
    let found: number | undefined;
    while (true) {
      if (r - 1 < top) {
        found = undefined;
        break;
      }
      if (headerAbove.has(r)) {
        found = headerAbove.get(r);
        break;
      }
      walked.push(r);
      if (isHeaderRow(r - 1)) {
        found = r - 1;
        break;
      }
      r--;
    }
    for (const w of walked) headerAbove.set(w, found);
    return found;
  }

  function meaningsOf(headerRow: number, bandRow: number | undefined): ColumnMeaning[] {
    const out: ColumnMeaning[] = [];
    let bandValue: CellValue = '';
    let bandPeriod: Period | null = null;
    for (let col = left; col <= right; col++) {
      const v = cellAt(grid, headerRow, col);
      let bandHere: CellValue = '';
      if (bandRow !== undefined) {
        bandHere = cellAt(grid, bandRow, col);
        if (bandHere !== '') {
          bandValue = bandHere;
          const bm = parseHeader(bandHere, formatAt(grid, bandRow, col));
          bandPeriod = bm.type === 'period' ? bm.period : null;
        }
      }
      if (v === '' || (typeof v === 'string' && v.trim() === '')) {
        // A header merged down over two rows shows its text in the band row only.
        if (bandHere !== '') {
          const bm = parseHeader(bandHere, formatAt(grid, bandRow as number, col));
          if (bm.type !== 'period' && bm.type !== 'other') {
            out.push({ col, meaning: bm, header: text(bandHere), row: bandRow as number });
          } else if (bm.type === 'other' && bm.text !== '') {
            out.push({ col, meaning: bm, header: bm.text, row: bandRow as number });
          }
        }
        continue;
      }
      const fmt = formatAt(grid, headerRow, col);
      let meaning = parseHeader(v, fmt);
      let header = headerText(v, meaning);
      if (meaning.type === 'other' && bandPeriod) {
        const sub = parseSubPeriod(v);
        if (sub) {
          const p = combineBand(bandPeriod, sub);
          if (p) {
            meaning = { type: 'period', period: p };
            header = `${text(bandValue)} ${text(v)}`;
          }
        }
      }
      out.push({ col, meaning, header, row: headerRow });
    }
    return out;
  }

  function headerText(v: CellValue, m: HeaderMeaning): string {
    if (typeof v === 'number' && m.type === 'period') return m.period.label;
    return text(v);
  }

  function note(code: SeriesNote['code'], message: string, row?: number, col?: number): SeriesNote {
    return row !== undefined && col !== undefined
      ? { code, message, cell: cellRef(grid.name, row, col) }
      : { code, message };
  }

  function analyse(headerRow: number): BlockLayout | undefined {
    if (layouts.has(headerRow)) return layouts.get(headerRow);
    const s = scan(headerRow);
    const bandRow = s.subPeriods >= 2 ? bandRowFor(headerRow) : undefined;
    const meanings = meaningsOf(headerRow, bandRow);
    const notes: SeriesNote[] = [];

    const all: PeriodColumn[] = [];
    for (const m of meanings) {
      if (m.meaning.type === 'period') {
        all.push({
          col: m.col,
          period: m.meaning.period,
          header: m.header,
          cell: cellRef(grid.name, m.row, m.col),
        });
      }
    }
    if (all.length === 0) return undefined;

    // Kind: the kind most columns have (ties: the finer kind).
    const counts = new Map<PeriodKind, number>();
    for (const p of all) counts.set(p.period.kind, (counts.get(p.period.kind) ?? 0) + 1);
    const kind = [...counts.entries()].sort((a, b) => b[1] - a[1] || KIND_RANK[a[0]] - KIND_RANK[b[0]])[0][0];
    const others = all.filter((p) => p.period.kind !== kind);
    if (others.length > 0) {
      notes.push(
        note(
          'mixedPeriodKinds',
          `The header row ${headerRow} of ${quoteSheetName(grid.name)} mixes kinds of period; read as ` +
            `${kindName(kind)} (${counts.get(kind)} columns), leaving out ${others
              .map((o) => `'${o.header}' (${o.cell.address})`)
              .join(', ')}.`,
          others[0].cell.row,
          others[0].col,
        ),
      );
    }

    // Duplicates: keep the first column of each period.
    const kept: PeriodColumn[] = [];
    const seen = new Map<string, PeriodColumn>();
    for (const p of all) {
      if (p.period.kind !== kind) continue;
      const first = seen.get(p.period.key);
      if (first) {
        notes.push(
          note(
            'duplicatePeriod',
            `${describe(grid.name, p.cell.address)}: period ${p.period.label} appears twice (also ${first.cell.address}); ` +
              `the first column is read.`,
            p.cell.row,
            p.col,
          ),
        );
        continue;
      }
      seen.set(p.period.key, p);
      kept.push(p);
    }

    // Order as laid out.
    const order = periodOrder(kept.map((k) => k.period));
    if (order === 'unordered') {
      notes.push(
        note(
          'periodsOutOfOrder',
          `The periods in header row ${headerRow} of ${quoteSheetName(grid.name)} are not in order ` +
            `(${kept.map((k) => k.period.label).join(', ')}); they are read in date order.`,
          kept[0].cell.row,
          kept[0].col,
        ),
      );
    }
    const periodColumns = [...kept].sort((a, b) => comparePeriods(a.period, b.period));

    // Comparator columns.
    const comparators: Partial<Record<ComparatorKind, ComparatorColumn>> = {};
    for (const m of meanings) {
      const t = m.meaning.type;
      if (t === 'period' || t === 'other') continue;
      const period = 'period' in m.meaning ? m.meaning.period : undefined;
      const candidate: ComparatorColumn = {
        col: m.col,
        header: m.header,
        cell: cellRef(grid.name, m.row, m.col),
        ...(period ? { period } : {}),
      };
      const existing = comparators[t];
      if (!existing) comparators[t] = candidate;
      else if (period && (!existing.period || comparePeriods(period, existing.period) > 0))
        comparators[t] = candidate;
    }

    const labelColumn = findLabelColumn(headerRow, meanings, all);

    // Unreadable period headers: text inside the span of period columns that is not a period, a comparator or
    // a notes column, and text elsewhere that looks like a period but does not parse.
    const minCol = Math.min(...all.map((p) => p.col));
    const maxCol = Math.max(...all.map((p) => p.col));
    for (const m of meanings) {
      if (m.meaning.type !== 'other' || m.header === '' || m.col === labelColumn) continue;
      const inside = m.col > minCol && m.col < maxCol;
      const v = cellAt(grid, m.row, m.col);
      if ((inside && !NOTE_HEADER.test(m.header)) || looksLikePeriod(v)) {
        notes.push(
          note(
            'unreadablePeriod',
            `${describe(grid.name, cellRef(grid.name, m.row, m.col).address)}: the header '${m.header}' is not a ` +
              `period the add-in recognises; its column is not read.`,
            m.row,
            m.col,
          ),
        );
      }
    }

    const layout: BlockLayout = {
      sheet: grid.name,
      headerRow,
      ...(bandRow !== undefined ? { bandRow } : {}),
      ...(labelColumn !== undefined ? { labelColumn } : {}),
      kind,
      periodColumns,
      order,
      comparators,
      notes,
    };
    layouts.set(headerRow, layout);
    return layout;
  }

  function findLabelColumn(
    headerRow: number,
    meanings: ColumnMeaning[],
    periods: PeriodColumn[],
  ): number | undefined {
    const firstPeriod = Math.min(...periods.map((p) => p.col));
    const periodCols = new Set(periods.map((p) => p.col));
    const used = new Set(meanings.filter((m) => m.meaning.type !== 'other').map((m) => m.col));
    for (const m of meanings) {
      if (m.meaning.type === 'other' && LABEL_HEADER.test(m.header) && !periodCols.has(m.col)) return m.col;
    }
    // Candidates: columns left of the first period column; else any column that is not a period or comparator.
    let candidates: number[] = [];
    for (let c = left; c < firstPeriod; c++) candidates.push(c);
    if (candidates.length === 0) {
      for (let c = left; c <= right; c++) if (!periodCols.has(c) && !used.has(c)) candidates.push(c);
    }
    const unlabelled = candidates.filter((c) => !NOTE_HEADER.test(text(cellAt(grid, headerRow, c))));
    if (unlabelled.length > 0) candidates = unlabelled;
    if (candidates.length === 0) return undefined;
    const last = Math.min(bottom, headerRow + 300);
    let best: number | undefined;
    let bestScore = 0;
    for (const c of candidates) {
      let score = 0;
      for (let r = headerRow + 1; r <= last; r++) {
        const v = cellAt(grid, r, c);
        if (typeof v !== 'string') continue;
        const t = v.trim();
        if (t === '' || isMissingMarker(t) || isErrorValue(t) || parseNumericText(t) || isAreaCode(t))
          continue;
        // Text with spaces (words) scores more than codes such as 'S01' or '1.2a'.
        score += Math.min(t.length, 60) + (/\s/.test(t) ? 10 : 0);
      }
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  function layoutAt(headerRow: number): BlockLayout | undefined {
    return isHeaderRow(headerRow) ? layouts.get(headerRow) : undefined;
  }

  function layoutForRow(row: number): BlockLayout | undefined {
    const h = headerRowFor(row);
    return h === undefined ? undefined : layoutAt(h);
  }

  function labelOf(row: number, layout?: BlockLayout): string {
    const l = layout ?? layoutForRow(row);
    if (l?.labelColumn !== undefined) {
      const t = text(cellAt(grid, row, l.labelColumn));
      if (t !== '') return t;
    }
    const stop = l && l.periodColumns.length > 0 ? Math.min(...l.periodColumns.map((p) => p.col)) : right + 1;
    let fallback = '';
    for (let c = left; c < stop; c++) {
      const v = cellAt(grid, row, c);
      if (typeof v === 'string' && v.trim() !== '') {
        if (/\s/.test(v.trim())) return v.trim();
        if (fallback === '') fallback = v.trim();
      }
    }
    return fallback;
  }

  return { grid, isHeaderRow, headerRowFor, layoutAt, layoutForRow, labelOf };
}

function kindName(kind: PeriodKind): string {
  switch (kind) {
    case 'month':
      return 'months';
    case 'quarter':
      return 'quarters';
    case 'financialYear':
      return 'financial years';
    case 'academicYear':
      return 'academic years';
    case 'calendarYear':
      return 'calendar years';
  }
}

const readers = new WeakMap<SheetGrid, SheetReader>();

/** The memoised reader for a grid (one per grid object, kept while the grid lives). */
export function sheetReaderFor(grid: SheetGrid): SheetReader {
  let r = readers.get(grid);
  if (!r) {
    r = createSheetReader(grid);
    readers.set(grid, r);
  }
  return r;
}

/** One-off: the layout a row of a sheet is read against. Prefer a SheetReader when reading many rows. */
export function detectLayout(grid: SheetGrid, row: number): BlockLayout | undefined {
  return sheetReaderFor(grid).layoutForRow(row);
}
