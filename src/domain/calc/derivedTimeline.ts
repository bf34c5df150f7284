/**
 * A measure's timeline from tagged child-level tables (src/domain/tables/): one slot per collection year the
 * tables cover, with the value, numerator and denominator worked out at source. Where two tables give the same
 * year (this year's extract and last year's), the first tagged wins. The figures say where they come from
 * ("Derived from the 903 episodes table ('Episodes'!A1:M4210)"); M04 and M05 say plainly who went missing,
 * and every missing measure how many away incidents were counted apart.
 */
import type { Measure } from '../framework/types';
import type { TableSeries } from '../series/types';
import type { DerivedPoint } from '../tables/types';
import type { DataNote, DerivedFromFigure, RecordStats, RepeatMissing } from './types';
import type { Slot, Timeline } from './figures';

const MISSING_MEASURES: ReadonlySet<string> = new Set(['M01', 'M02', 'M03', 'M04', 'M05']);
const DISTRIBUTION_MEASURES: ReadonlySet<string> = new Set(['M04', 'M05']);

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n.toLocaleString('en-GB')} times`;
}

function children(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'child' : 'children'}`;
}

/** Who went missing in a year, from each child's incidents (largest first). */
export function repeatMissing(point: DerivedPoint): RepeatMissing | null {
  const perChild = point.perChild;
  if (!perChild) return null;
  const away = point.away ?? 0;
  let incidents = 0;
  let threeOrMore = 0;
  for (const c of perChild) {
    incidents += c;
    if (c >= 3) threeOrMore++;
  }
  const topChildren = perChild.length === 0 ? 0 : Math.max(1, Math.ceil(perChild.length / 10));
  let topIncidents = 0;
  for (let i = 0; i < topChildren; i++) topIncidents += perChild[i];
  const topShare = incidents === 0 ? null : (topIncidents / incidents) * 100;
  const parts: string[] = [];
  if (perChild.length === 0) {
    parts.push(`No child went missing in ${point.period.label}`);
  } else {
    parts.push(`${children(perChild.length)} went missing ${times(incidents)}`);
    parts.push(
      threeOrMore === 0
        ? 'none of them three or more times'
        : `${threeOrMore.toLocaleString('en-GB')} of them three or more times`,
    );
    if (topShare !== null) {
      parts.push(
        topChildren === 1
          ? `the most frequently missing child accounts for ${Math.round(topShare)}% of incidents`
          : `the most frequently missing ${topChildren.toLocaleString('en-GB')} children account for ${Math.round(topShare)}% of incidents`,
      );
    }
  }
  let text = `${parts.join('; ')}.`;
  if (away > 0) text += ` ${awayText(away)}`;
  return {
    period: point.period.key,
    children: perChild.length,
    incidents,
    threeOrMore,
    topChildren,
    topIncidents,
    topShare,
    away,
    text,
  };
}

function awayText(away: number): string {
  return away === 1
    ? '1 away incident is not counted as missing.'
    : `${away.toLocaleString('en-GB')} away incidents are not counted as missing.`;
}

/** The distribution of incidents per child who went missing, as child-level records give it. */
function statsOf(repeat: RepeatMissing, perChild: readonly number[]): RecordStats {
  const n = perChild.length;
  const mid = Math.floor(n / 2);
  // perChild is largest first.
  const median = n === 0 ? null : n % 2 === 1 ? perChild[mid] : (perChild[mid - 1] + perChild[mid]) / 2;
  return {
    count: n,
    total: repeat.incidents,
    mean: n === 0 ? null : repeat.incidents / n,
    median,
    shareAtLeast3: n === 0 ? null : (repeat.threeOrMore / n) * 100,
    topTenthShare: repeat.topShare,
    skipped: 0,
  };
}

/** The timeline of a measure from the tables that give it; null when none has a year for it. */
export function derivedTimeline(measure: Measure, tables: readonly TableSeries[]): Timeline | null {
  const byYear = new Map<string, { point: DerivedPoint; table: TableSeries }>();
  const used: TableSeries[] = [];
  for (const table of tables) {
    const derived = table.derived.find((d) => d.measureId === measure.id);
    if (!derived || !table.from) continue;
    let gave = false;
    for (const point of derived.points) {
      if (byYear.has(point.period.key)) continue;
      byYear.set(point.period.key, { point, table });
      gave = true;
    }
    if (gave) used.push(table);
  }
  if (byYear.size === 0) return null;
  const ordered = [...byYear.values()].sort((a, b) =>
    a.point.period.end < b.point.period.end ? -1 : a.point.period.end > b.point.period.end ? 1 : 0,
  );
  const slots: Slot[] = ordered.map(({ point, table }) => ({
    period: point.period,
    value: point.value !== null && Number.isFinite(point.value) ? point.value : null,
    numerator: point.numerator,
    denominator: point.denominator,
    cell: table.from!.cell,
    header: table.from!.text,
  }));
  const latest = ordered[ordered.length - 1];
  const from = latest.table.from!;
  const notes: DataNote[] = [
    {
      code: 'derived',
      text: `Derived from ${used.map((t) => t.from!.text).join(' and ')}.`,
    },
  ];
  if (latest.table.partial) notes.push({ code: 'partialYear', text: latest.table.partial });
  let repeat: RepeatMissing | null = null;
  let records: RecordStats | null = null;
  const point = latest.point;
  if (DISTRIBUTION_MEASURES.has(measure.id) && point.perChild) {
    repeat = repeatMissing(point);
    if (repeat) {
      records = statsOf(repeat, point.perChild);
      notes.push({ code: 'repeatMissing', text: repeat.text });
    }
  } else if (MISSING_MEASURES.has(measure.id) && (point.away ?? 0) > 0) {
    notes.push({ code: 'repeatMissing', text: awayText(point.away ?? 0) });
  }
  const derivedFrom: DerivedFromFigure = {
    source: from.source,
    sheet: from.sheet,
    range: from.range,
    text: from.text,
  };
  return {
    slots,
    tagIds: used.map((t) => t.tag.id),
    notes,
    rows: [],
    records,
    source: from.cell,
    derivedFrom,
    repeatMissing: repeat,
  };
}
