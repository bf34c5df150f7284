/**
 * The summary table's columns, as data: each says its header, width, whether a member needs it (printed)
 * or it is the analyst's detail (on screen, after the printed columns), and how it fills a measure's cell.
 * The plan lays out whatever this list holds, members' columns first: a new column is one entry here.
 */
import type { ComparatorFigure, MeasureFigures } from '../calc/types';
import type { CellRef } from '../grid';
import type { Unit } from '../framework/types';
import { rankText } from './benchmarks';
import { countWords } from './countWords';
import { recordCounts } from './counts';
import {
  DIRECTION_COLOURS,
  changeFormatFor,
  directionText,
  formatChange,
  formatCount,
  formatValue,
  numberFormatFor,
  ragWord,
  sparkline,
} from './format';
import { periodWords, publishedYearWords } from './periodWords';
import { assuranceCell, variationCell } from './spcCells';
import type { CellStyle, MeasureRow } from './types';

export interface ColumnCell {
  readonly value: string | number | null;
  /** Number format for a number (strings are always text). */
  readonly format?: string;
  /** A style for this cell alone; cells with the same key in a column share one style range. */
  readonly style?: { readonly key: string; readonly style: CellStyle };
  /** An internal hyperlink to the source. */
  readonly link?: { readonly cell: CellRef; readonly screenTip: string };
}

export interface SummaryColumn {
  readonly key: string;
  readonly header: string;
  /** Points. */
  readonly width: number;
  /** 'member': what a member reads, printed; 'detail': the analyst's detail, on screen after the printed columns. */
  readonly group: 'member' | 'detail';
  /** Text wraps in the column and its row is made tall enough for it; else one line. */
  readonly wrap?: boolean;
  readonly fontSize?: number;
  /** The cell of a measure's row; null for an empty cell. */
  readonly cell: (row: MeasureRow) => ColumnCell | null;
}

export const RAG_STYLES: Readonly<Record<'green' | 'amber' | 'red', CellStyle>> = {
  // Excel's Good / Neutral / Bad cell styles.
  green: { fill: '#C6EFCE', fontColor: '#006100', horizontalAlignment: 'Center' },
  amber: { fill: '#FFEB9C', fontColor: '#9C5700', horizontalAlignment: 'Center' },
  red: { fill: '#FFC7CE', fontColor: '#9C0006', horizontalAlignment: 'Center' },
};

function text(value: string | null | undefined): ColumnCell | null {
  return value ? { value } : null;
}

function num(value: number | null | undefined, format: string): ColumnCell | null {
  return value === null || value === undefined ? null : { value, format };
}

/** 'the figure is for 2023/24', when it is not for our latest period ('' when it is, or is not known). */
function comparatorWhen(c: ComparatorFigure, f: MeasureFigures): string {
  if (c.period) {
    if (c.period === f.latest?.period) return '';
    return c.periodLabel ?? periodWords(c.period);
  }
  return c.year ? publishedYearWords(c.year).text : '';
}

/**
 * A comparator's cell: its figure, then 'mean of 8' when worked out from tagged peers and the period it is
 * for when that is not ours; with `gap`, our gap to it and the verdict. Counts are never compared (a count of children beside England's says nothing): blank.
 */
export function comparatorCell(
  c: ComparatorFigure | null | undefined,
  unit: Unit,
  f: MeasureFigures,
  gap: boolean,
): ColumnCell | null {
  if (!c || unit === 'count') return null;
  const parts: string[] = [];
  if (c.from !== undefined) parts.push(`mean of ${c.from}`);
  const when = comparatorWhen(c, f);
  if (when) parts.push(when);
  if (gap && c.gap !== null && Number.isFinite(c.gap)) parts.push(formatChange(c.gap, unit));
  if (gap && c.versus) parts.push(c.versus);
  const value = formatValue(c.value, unit);
  return { value: parts.length ? `${value} (${parts.join(', ')})` : value };
}

/** The comparators the officer named, one a line: 'All children in the county: 14.2 (2023/24, +2.1, worse)'. */
function namedText(r: MeasureRow): string | null {
  const lines: string[] = [];
  for (const n of r.figures.comparators.named ?? []) {
    const cell = comparatorCell(n, r.measure.unit, r.figures, true);
    if (cell && n.name.trim()) lines.push(`${n.name.trim()}: ${String(cell.value)}`);
  }
  return lines.length ? lines.join('\n') : null;
}

function countsText(row: MeasureRow): string | null {
  const f = row.figures;
  const r = f.records;
  if (r) {
    const counts = recordCounts(r, f);
    if (r.threshold !== undefined) {
      if (!counts) return `${formatCount(r.count)} ${r.count === 1 ? 'worker' : 'workers'}`;
      const workers = counts.denominator === 1 ? 'worker' : 'workers';
      return `${formatCount(counts.numerator)} of ${formatCount(counts.denominator)} ${workers} above ${formatCount(r.threshold)}`;
    }
    const parts: string[] = [];
    if (r.shareAtLeast3 === null) parts.push(`${formatCount(r.count)} children`);
    else if (counts)
      parts.push(`${formatCount(counts.numerator)} of ${formatCount(counts.denominator)} children`);
    if (r.topTenthShare !== null)
      parts.push(`10% of children account for ${Math.round(r.topTenthShare)}% of incidents`);
    return parts.length ? parts.join('; ') : null;
  }
  const l = f.latest;
  if (!l || l.numerator === null || l.denominator === null) return null;
  return countWords(row.measure, l.numerator, l.denominator);
}

function notesText(f: MeasureFigures): string | null {
  const texts: string[] = [];
  for (const n of f.notes) {
    const t = n.text.trim();
    if (t && !texts.includes(t)) texts.push(t);
  }
  return texts.length ? texts.join('; ') : null;
}

/** The summary table's columns, left to right as listed (members' columns are printed first in any case). */
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  {
    // The link to the source row sits on the ID: a hyperlinked cell does not wrap in every spreadsheet
    // program (LibreOffice draws it on one line), and the measure's name must never be cut.
    key: 'id',
    header: 'ID',
    width: 30,
    group: 'member',
    cell: (r) => ({
      value: r.measure.id,
      ...(r.link ? { link: { cell: r.link, screenTip: `Go to ${r.link.sheet}!${r.link.address}` } } : {}),
    }),
  },
  {
    key: 'measure',
    header: 'Measure',
    width: 140,
    group: 'member',
    wrap: true,
    cell: (r) => text(r.measure.name),
  },
  {
    key: 'latest',
    header: 'Latest',
    width: 52,
    group: 'member',
    cell: (r) => num(r.figures.latest?.value, numberFormatFor(r.measure.unit)),
  },
  {
    key: 'direction',
    header: 'Direction',
    width: 62,
    group: 'member',
    cell: (r) => {
      const f = r.figures;
      const value = directionText(f.direction, f.change);
      if (!value) return null;
      const key = f.direction ?? 'none';
      return { value, style: { key: `dir:${key}`, style: { fontColor: DIRECTION_COLOURS[key] } } };
    },
  },
  {
    key: 'variation',
    header: 'Variation',
    width: 84,
    group: 'member',
    wrap: true,
    cell: (r) => variationCell(r.figures),
  },
  {
    key: 'rag',
    header: 'RAG',
    width: 42,
    group: 'member',
    cell: (r) => {
      const rag = r.figures.rag;
      return rag ? { value: ragWord(rag), style: { key: `rag:${rag}`, style: RAG_STYLES[rag] } } : null;
    },
  },
  {
    key: 'assurance',
    header: 'Assurance',
    width: 62,
    group: 'member',
    wrap: true,
    cell: (r) => assuranceCell(r.figures, r.measure.polarity),
  },
  {
    key: 'target',
    header: 'Target',
    width: 46,
    group: 'member',
    cell: (r) => num(r.figures.target ?? r.settings.target, numberFormatFor(r.measure.unit)),
  },
  {
    key: 'england',
    header: 'England',
    width: 58,
    group: 'member',
    wrap: true,
    cell: (r) => comparatorCell(r.figures.comparators.england, r.measure.unit, r.figures, false),
  },
  {
    key: 'sentence',
    header: 'What the figures say',
    width: 236,
    group: 'member',
    wrap: true,
    cell: (r) => text(r.sentence),
  },
  {
    key: 'commentary',
    header: 'Commentary',
    width: 120,
    group: 'member',
    wrap: true,
    cell: (r) => text(r.settings.comment),
  },
  {
    key: 'action',
    header: 'Action',
    width: 120,
    group: 'member',
    wrap: true,
    cell: (r) => text(r.settings.action),
  },
  {
    key: 'period',
    header: 'Period',
    width: 56,
    group: 'detail',
    cell: (r) => text(r.figures.latest?.label),
  },
  {
    key: 'previous',
    header: 'Previous',
    width: 50,
    group: 'detail',
    cell: (r) => num(r.figures.previous?.value, numberFormatFor(r.measure.unit)),
  },
  {
    key: 'change',
    header: 'Change',
    width: 50,
    group: 'detail',
    cell: (r) => num(r.figures.change, changeFormatFor(r.measure.unit)),
  },
  {
    key: 'englandGap',
    header: 'England gap',
    width: 70,
    group: 'detail',
    wrap: true,
    cell: (r) => {
      const e = r.figures.comparators.england;
      if (!e || r.measure.unit === 'count' || e.gap === null) return null;
      return {
        value: e.versus
          ? `${formatChange(e.gap, r.measure.unit)}, ${e.versus}`
          : formatChange(e.gap, r.measure.unit),
      };
    },
  },
  {
    key: 'statNeighbours',
    header: 'Stat neighbours',
    width: 76,
    group: 'detail',
    wrap: true,
    cell: (r) => comparatorCell(r.figures.comparators.statNeighbours, r.measure.unit, r.figures, true),
  },
  {
    key: 'region',
    header: 'Region',
    width: 76,
    group: 'detail',
    wrap: true,
    cell: (r) => comparatorCell(r.figures.comparators.region, r.measure.unit, r.figures, true),
  },
  {
    // Among us and the tagged peers for our latest period; context-only measures have none.
    key: 'rank',
    header: 'Rank',
    width: 82,
    group: 'detail',
    wrap: true,
    cell: (r) => text(rankText(r.figures.rank)),
  },
  {
    key: 'named',
    header: 'Other comparators',
    width: 130,
    group: 'detail',
    wrap: true,
    cell: (r) => (r.measure.unit === 'count' ? null : text(namedText(r))),
  },
  {
    key: 'counts',
    header: 'Counts',
    width: 96,
    group: 'detail',
    wrap: true,
    cell: (r) => text(countsText(r)),
  },
  {
    key: 'trend',
    header: 'Trend',
    width: 66,
    group: 'detail',
    fontSize: 8,
    cell: (r) => text(r.figures.trend.length ? sparkline(r.figures.trend) : null),
  },
  {
    key: 'notes',
    header: 'Data notes',
    width: 150,
    group: 'detail',
    wrap: true,
    cell: (r) => text(notesText(r.figures)),
  },
];

/** The columns as laid out: members' columns first, each group in list order. */
export function orderedColumns(columns: readonly SummaryColumn[] = SUMMARY_COLUMNS): SummaryColumn[] {
  return [...columns.filter((c) => c.group === 'member'), ...columns.filter((c) => c.group === 'detail')];
}
