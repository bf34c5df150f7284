import type { CellRef } from '../../grid';
import type { Unit } from '../../framework/types';
import type { Period } from '../../periods/types';
import type { RowSeries } from '../../series/types';
import type { DerivedPoint } from '../../tables/types';
import type { Finding, Rule } from '../types';
import { at, finding, formatNumber, measureOf, usableRows } from '../helpers';
import { readTables } from '../tables';

/** Snapshot measures: a keyed month or quarter ending on the year's last day is the same figure. */
const SNAPSHOTS: ReadonlySet<string> = new Set(['D02', 'P01', 'P03', 'S01']);

/** Decimal places a keyed number is written with (at most 4). */
function decimals(n: number): number {
  const t = Number(n.toPrecision(12)).toString();
  const dot = t.indexOf('.');
  return dot < 0 || t.includes('e') ? 0 : Math.min(4, t.length - dot - 1);
}

function show(value: number, unit: Unit | undefined): string {
  if (unit === 'percent') return `${formatNumber(value, 1)}%`;
  if (unit === 'count') return formatNumber(value, 0);
  return formatNumber(value, 2);
}

function scale(unit: Unit | undefined): number {
  return unit === 'percent' ? 100 : unit === 'rate10k' ? 10000 : 1;
}

interface Keyed {
  readonly value: number;
  readonly period: Period;
  readonly where: string;
  readonly cell: CellRef;
}

/** The keyed figures of a measure by period: its value row, else numerator / denominator rows. */
function keyedFigures(rows: readonly RowSeries[], unit: Unit | undefined): Keyed[] {
  const value = rows.find((r) => r.tag.role === 'value');
  const out: Keyed[] = [];
  if (value) {
    const o = value.observations;
    for (let i = 0; i < o.length; i++) {
      const v = o.value(i);
      if (v !== null) out.push({ value: v, period: o.period(i), where: at(o.cell(i)), cell: o.cell(i) });
    }
    return out;
  }
  const num = rows.find((r) => r.tag.role === 'numerator');
  const den = rows.find((r) => r.tag.role === 'denominator');
  if (!num || !den) return out;
  const dens = new Map<string, number>();
  for (let i = 0; i < den.observations.length; i++) {
    const v = den.observations.value(i);
    if (v !== null && v !== 0) dens.set(den.observations.period(i).key, v);
  }
  const o = num.observations;
  for (let i = 0; i < o.length; i++) {
    const n = o.value(i);
    const d = dens.get(o.period(i).key);
    if (n === null || d === undefined) continue;
    out.push({ value: (n / d) * scale(unit), period: o.period(i), where: at(o.cell(i)), cell: o.cell(i) });
  }
  return out;
}

function sameFigure(measureId: string, keyed: Period, derived: Period): boolean {
  if (keyed.key === derived.key && keyed.kind === derived.kind) return true;
  if (keyed.key === derived.key && keyed.end === derived.end) return true;
  return (
    SNAPSHOTS.has(measureId) &&
    (keyed.kind === 'month' || keyed.kind === 'quarter') &&
    keyed.end === derived.end
  );
}

/**
 * Warning: a measure keyed on a row and also worked out from a child-level table, for the same period, with
 * figures that differ (beyond the keyed figure's own rounding). The figures use the keyed row; the finding
 * names both so the officer can see which is right.
 */
export const tableReconciliation: Rule = {
  id: 'table-reconciliation',
  severity: 'warning',
  description: 'a keyed figure differs from the one worked out from a child-level table for the same period',
  run(ctx) {
    const out: Finding[] = [];
    const tables = readTables(ctx);
    if (tables.length === 0) return out;
    const rowsByMeasure = new Map<string, RowSeries[]>();
    for (const r of usableRows(ctx))
      rowsByMeasure.set(r.tag.measureId, [...(rowsByMeasure.get(r.tag.measureId) ?? []), r]);
    for (const [measureId, rows] of rowsByMeasure) {
      const unit = measureOf(ctx, measureId)?.unit;
      const keyed = keyedFigures(rows, unit);
      if (keyed.length === 0) continue;
      for (const s of tables) {
        const derived = s.derived.find((d) => d.measureId === measureId);
        if (!derived || !s.from) continue;
        for (const point of derived.points) {
          if (point.value === null) continue;
          for (const k of keyed) {
            if (!sameFigure(measureId, k.period, point.period)) continue;
            const places = decimals(k.value);
            const f = 10 ** places;
            if (Math.round(point.value * f) === Math.round(k.value * f)) continue;
            out.push(
              finding(tableReconciliation, ctx, {
                measureId,
                tagId: rows[0].tag.id,
                cell: k.cell,
                text:
                  `keyed ${show(k.value, unit)} for ${k.period.label} (${k.where}); ${s.from.text} gives ` +
                  `${derivedText(point, unit)} for ${point.period.label}. The figures use the keyed value: check which is right.`,
                panelText:
                  `keyed ${show(k.value, unit)} for ${k.period.label}; ${s.from.text} gives ` +
                  `${derivedText(point, unit)} for ${point.period.label}. The figures use the keyed value.`,
              }),
            );
          }
        }
      }
    }
    return out;
  },
};

function derivedText(point: DerivedPoint, unit: Unit | undefined): string {
  const value = show(point.value as number, unit);
  if (unit === 'percent' && point.numerator !== null && point.denominator !== null) {
    return `${value} (${formatNumber(point.numerator, 0)} of ${formatNumber(point.denominator, 0)})`;
  }
  return value;
}
