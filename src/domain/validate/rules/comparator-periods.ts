import { periodFromKey } from '../../calc/periodKeys';
import { cellRef, quoteSheetName } from '../../grid';
import type { Period, PeriodKind } from '../../periods/types';
import type { ComparatorArea, ComparatorSeries } from '../../series/types';
import { isLongTableTag } from '../../tags/types';
import type { CheckContext, Finding, Rule } from '../types';
import { at, finding, isUsable, plural } from '../helpers';

const KIND_WORDS: Record<PeriodKind, string> = {
  month: 'months',
  quarter: 'quarters',
  financialYear: 'financial years',
  academicYear: 'academic years',
  calendarYear: 'calendar years',
};

const ROLE_WORDS: Record<ComparatorSeries['role'], string> = {
  england: 'England',
  statNeighbours: "the statistical neighbours' average",
  region: 'the region',
  comparator: 'the comparator',
  peers: 'the peers',
};

/** The kind most of an area's periods are. */
function kindOf(area: ComparatorArea): PeriodKind | undefined {
  const counts = new Map<PeriodKind, number>();
  for (const p of area.observations.periods) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** 'row 5 of 'EET 19-21 (LAIT)'', 'rows 4-14 of ...' or 'column N of ...'. */
function place(s: ComparatorSeries): string {
  const tag = s.tag;
  const first = 'row' in s.state ? s.state.row : tag.kind === 'row' ? tag.row : tag.firstRow;
  const where =
    tag.kind === 'column'
      ? `column ${cellRef(tag.sheet, 1, tag.column).address.replace(/\d+$/, '')}`
      : tag.lastRow
        ? `rows ${first}-${first + tag.lastRow - tag.row}`
        : `row ${first}`;
  return `${where} of ${quoteSheetName(tag.sheet)}`;
}

/** 'England (row 5 of 'EET 19-21 (LAIT)')'. */
function where(s: ComparatorSeries): string {
  const who = s.role === 'comparator' ? `'${s.name}'` : ROLE_WORDS[s.role];
  return `${who} (${place(s)})`;
}

function placeCell(s: ComparatorSeries) {
  const tag = s.tag;
  return tag.kind === 'row'
    ? cellRef(tag.sheet, 'row' in s.state ? s.state.row : tag.row, 1)
    : cellRef(tag.sheet, tag.firstRow, tag.column);
}

/** Whether the area has a figure for the period, and its observation there if it has one at all. */
function figureAt(area: ComparatorArea, key: string): { readonly has: boolean; readonly index: number } {
  const i = area.observations.periods.findIndex((p) => p.key === key);
  return { has: i >= 0 && area.observations.value(i) !== null, index: i };
}

function latestPeriod(ctx: CheckContext, measureId: string): Period | undefined {
  const f = ctx.figures.find((x) => x.measureId === measureId);
  if (!f?.latest) return undefined;
  return (
    f.trendPeriods.find((p) => p.key === f.latest?.period) ?? periodFromKey(f.latest.period) ?? undefined
  );
}

/**
 * A benchmark whose periods do not line up with ours: kept in other periods (calendar years against our
 * financial years: the figure set beside ours may be for another year), with no figure for our latest period
 * (an earlier one is used, or none at all), peers with no figure for it (left out of the rank and the
 * average), and a long table's rows that cannot be read as it was tagged.
 */
export const comparatorPeriods: Rule = {
  id: 'comparator-periods',
  severity: 'warning',
  description: "a benchmark's periods do not line up with the measure's latest period",
  run(ctx) {
    const out: Finding[] = [];
    const info = { id: comparatorPeriods.id, severity: 'info' as const };
    const series = ctx.series.filter((s): s is ComparatorSeries => s.kind === 'comparator' && isUsable(s));
    for (const s of series) {
      const measureId = s.tag.measureId;
      const base = { measureId, tagId: s.tag.id };
      if (isLongTableTag(s.tag)) {
        for (const n of s.notes)
          out.push(
            finding(comparatorPeriods, ctx, { ...base, cell: n.cell ?? placeCell(s), text: n.message }),
          );
      }
      if (s.areas.length === 0 || s.areas.every((a) => a.observations.length === 0)) {
        if (s.notes.length === 0 || !isLongTableTag(s.tag)) {
          out.push(
            finding(comparatorPeriods, ctx, {
              ...base,
              cell: placeCell(s),
              text: `${where(s)} has no figures for any period the add-in reads, so it is not set beside ours.`,
            }),
          );
        }
        continue;
      }
      const latest = latestPeriod(ctx, measureId);
      if (!latest) continue;
      if (s.role === 'peers') {
        const without = s.areas.filter((a) => !figureAt(a, latest.key).has);
        if (without.length === 0) continue;
        const names = without.slice(0, 6).map((a) => a.name);
        out.push(
          finding(info, ctx, {
            ...base,
            cell: placeCell(s),
            text: `${without.length} of the ${plural(s.areas.length, 'peer')} (${place(s)}) ${without.length === 1 ? 'has' : 'have'} no figure for ${latest.label} (${names.join(', ')}${without.length > names.length ? ', ...' : ''}): ${without.length === 1 ? 'it is' : 'they are'} left out of the rank and of the neighbours' average.`,
          }),
        );
        continue;
      }
      const area = s.areas[0];
      const kind = kindOf(area);
      const periods = area.observations.periods;
      const span = periods.length > 0 ? `${periods[0].label} to ${periods[periods.length - 1].label}` : '';
      if (kind && kind !== latest.kind) {
        out.push(
          finding(comparatorPeriods, ctx, {
            ...base,
            cell: placeCell(s),
            text: `${where(s)} is in ${KIND_WORDS[kind]} (${span}) but our figures are in ${KIND_WORDS[latest.kind]} (latest ${latest.label}): the figure set beside ours may be for another year. Tag a benchmark kept in the same periods, or check they are the same years.`,
          }),
        );
        continue;
      }
      const hit = figureAt(area, latest.key);
      if (hit.has) continue;
      const earlier = periods.some((p, i) => p.end <= latest.end && area.observations.value(i) !== null);
      const cell = hit.index >= 0 ? area.observations.cell(hit.index) : placeCell(s);
      const reason = hit.index >= 0 ? area.observations.missingReason(hit.index) : undefined;
      const held = reason
        ? ` (${at(cell)} ${reason === 'suppressed' ? `is suppressed ('${area.observations.raw(hit.index)}')` : reason === 'blank' ? 'is blank' : `holds '${area.observations.raw(hit.index)}'`})`
        : '';
      out.push(
        finding(earlier ? info : comparatorPeriods, ctx, {
          ...base,
          cell,
          text: earlier
            ? `${where(s)} has no figure for ${latest.label}, our latest period${held}: its newest earlier figure is shown, with its period.`
            : `${where(s)} has no figure for ${latest.label} or before (it runs ${span}), so it is not set beside ours.`,
        }),
      );
    }
    return out;
  },
};
