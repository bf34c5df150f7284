/** Shared wording and look-ups for the check rules, so every message names things the same way. */
import { cellRef, columnNumber, quoteSheetName, type CellRef } from '../grid';
import type { Measure } from '../framework/types';
import { measureById } from '../framework/framework';
import type { Observation, RecordSeries, RecordValue, RowSeries, Series } from '../series/types';
import type { Tag } from '../tags/types';
import type { CheckContext, Finding, Rule } from './types';

/** "'Monthly PMF'!F12" */
export function at(cell: CellRef): string {
  return `${quoteSheetName(cell.sheet)}!${cell.address}`;
}

/** "'Monthly PMF' row 12" */
export function rowAt(sheet: string, row: number): string {
  return `${quoteSheetName(sheet)} row ${row}`;
}

export function measureOf(ctx: CheckContext, measureId: string): Measure | undefined {
  return measureById(ctx.framework, measureId);
}

/** 'S01 Children with three or more placements in the last 12 months' (or the bare id when unknown). */
export function describeMeasure(ctx: CheckContext, measureId: string): string {
  const m = measureOf(ctx, measureId);
  return m ? `${m.id} ${m.name}` : measureId;
}

export function formatNumber(n: number, digits = 2): string {
  return Number(n.toFixed(digits)).toLocaleString('en-GB', { maximumFractionDigits: digits });
}

/**
 * A finding whose message starts with the measure's id and name. `panelText` is the wording for councillors
 * (see Finding.panelMessage), given the same start.
 */
export function finding(
  rule: Pick<Rule, 'id' | 'severity'>,
  ctx: CheckContext,
  f: {
    measureId?: string;
    tagId?: string;
    kloeId?: string;
    cell?: CellRef;
    text: string;
    panelText?: string;
  },
): Finding {
  const start = (text: string) => (f.measureId ? `${describeMeasure(ctx, f.measureId)}: ${text}` : text);
  const message = start(f.text);
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message,
    ...(f.panelText !== undefined ? { panelMessage: start(f.panelText) } : {}),
    ...(f.measureId !== undefined ? { measureId: f.measureId } : {}),
    ...(f.tagId !== undefined ? { tagId: f.tagId } : {}),
    ...(f.kloeId !== undefined ? { kloeId: f.kloeId } : {}),
    ...(f.cell !== undefined ? { cell: f.cell } : {}),
  };
}

export function isUsable(s: Series): boolean {
  const st = s.state.status;
  return st === 'ok' || st === 'moved' || st === 'labelChanged';
}

/** Row series that were found on their sheet. */
export function usableRows(ctx: CheckContext): RowSeries[] {
  return ctx.series.filter((s): s is RowSeries => s.kind === 'row' && isUsable(s));
}

export function usableRecords(ctx: CheckContext): RecordSeries[] {
  return ctx.series.filter((s): s is RecordSeries => s.kind === 'records' && isUsable(s));
}

const missingCache = new WeakMap<object, { readonly obs: Observation[]; readonly records: RecordValue[] }>();

function missingOf(s: RowSeries | RecordSeries) {
  let hit = missingCache.get(s);
  if (!hit) {
    hit = {
      obs: s.kind === 'row' ? s.observations.missingIndexes().map((i) => s.observations.at(i)) : [],
      records: s.kind === 'records' ? s.records.missingIndexes().map((i) => s.records.at(i)) : [],
    };
    missingCache.set(s, hit);
  }
  return hit;
}

/**
 * The observations of a row that hold no number (blank, suppressed, error, text), in order. Found once per
 * series and shared by the rules about such cells: most cells hold numbers, so those rules look at few.
 */
export function missingObservations(s: RowSeries): readonly Observation[] {
  return missingOf(s).obs;
}

/** The records of a child-level list that hold no number, in order (see missingObservations). */
export function missingRecords(s: RecordSeries): readonly RecordValue[] {
  return missingOf(s).records;
}

/** The sheet row a series was read from (after relocation), else its tag's row. */
export function seriesRow(s: RowSeries): number {
  return s.row ?? (s.tag.kind === 'row' ? s.tag.row : 1);
}

/** The label cell of a row series, for findings about the row as a whole. */
export function labelCell(s: RowSeries): CellRef {
  return cellRef(s.tag.sheet, seriesRow(s), s.labelColumn ?? 1);
}

/** Where a tag points: its row's first cell, or a column tag's first cell. */
export function tagCell(tag: Tag, row?: number): CellRef {
  if (tag.kind === 'row') return cellRef(tag.sheet, row ?? tag.row, 1);
  if (tag.kind === 'table') {
    const t = tag.details.table;
    return cellRef(tag.sheet, row ?? t.headerRow, columnNumber(t.columns.CHILD ?? 'A') || 1);
  }
  return cellRef(tag.sheet, tag.firstRow, tag.column);
}

/** 'row 12', 'column C' or 'the 903 episodes table on 'Episodes''. */
export function tagPlace(tag: Tag): string {
  if (tag.kind === 'row') return rowAt(tag.sheet, tag.row);
  if (tag.kind === 'table') return `the ${tag.label} on ${quoteSheetName(tag.sheet)}`;
  return `${quoteSheetName(tag.sheet)} column ${cellRef(tag.sheet, 1, tag.column).address.replace(/\d+$/, '')}`;
}

/** Row roles that hold counts of children: numerator and denominator rows. */
export function isCountRow(s: RowSeries, measure: Measure | undefined): boolean {
  if (s.tag.role === 'numerator' || s.tag.role === 'denominator') {
    return measure === undefined || ['percent', 'rate10k', 'count'].includes(measure.unit);
  }
  return measure?.unit === 'count';
}

/** What a missing cell held, in words. */
export function missingWords(o: Observation): string {
  if (o.read.kind !== 'missing') return '';
  switch (o.read.reason) {
    case 'blank':
      return 'is blank';
    case 'suppressed':
      return `holds the suppression marker '${o.read.raw}'`;
    case 'error':
      return `holds the error ${o.read.raw}`;
    case 'text':
      return `holds the text '${o.read.raw}'`;
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Layout notes belong to a sheet's header block, so every tagged row under the same header carries them.
 * Keep one finding per rule and cell, saying which other measures the same header affects.
 */
export function onePerCell(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  const order: string[] = [];
  findings.forEach((f, i) => {
    const key = f.cell ? `${f.ruleId}|${f.cell.sheet}|${f.cell.address}` : `#${i}`;
    if (!groups.has(key)) {
      groups.set(key, []);
      order.push(key);
    }
    groups.get(key)?.push(f);
  });
  return order.map((key) => {
    const [first, ...others] = groups.get(key) ?? [];
    if (others.length === 0) return first;
    const ids = [...new Set(others.map((o) => o.measureId).filter((id): id is string => id !== undefined))];
    return {
      ...first,
      message: `${first.message} The same header affects ${plural(others.length, 'other tagged row')}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}.`,
    };
  });
}
