/**
 * Derived figures for every measure that has usable data: `computeFigures`.
 *
 * How a measure's values are found (its 'timeline', one slot per period):
 *  1. a 'value' row: its observations (if several value rows are tagged, the first in tag order; the check
 *     `tag-duplicate-value` reports the others). Numerator/denominator rows tagged beside it only add the
 *     counts ('79 of 85') to the matching periods.
 *  2. no value row, numerator and denominator rows: value = numerator / denominator x scale per period where
 *     both have a number (scale 100 for percent, 10,000 for rate10k, 1 otherwise). A denominator of 0 gives
 *     no value and a note.
 *  3. a numerator row only: for rate10k with the 0-17 population set, rate = count / population x 10,000
 *     (denominator = population); for a count measure the numerator is the count; otherwise no value.
 *  4. derived measures that are not tagged themselves: M03 = M02 / M01 and F03 = F02 / F01 per period when
 *     both inputs have data; D01 = D02 / population x 10,000 when D02 has data and the population is set.
 *  5. child-level records (role 'records'): one slot at the as-at date's month (records carry no period),
 *     valued with the measure's own figure (M01 children who went missing, M02 incidents, M03 incidents per
 *     child who went missing, M04 share with 3+, M05 share from the most frequent tenth, W01 mean caseload,
 *     W02 share above the threshold; others: the total for counts, else the mean). M04 and M05 use each
 *     other's records when only one of them is tagged.
 *  6. tagged child-level tables (SSDA903 tables, authorities' own logs): one slot per collection year the
 *     tables cover, worked out at source (see derivedTimeline.ts and src/domain/tables/). Keyed rows and
 *     records come first: a measure also keyed on a row is read from the row, and the check
 *     `table-reconciliation` compares the two.
 *
 * Only one period kind is used per measure: the most common among its observations (ties: the newest's).
 *
 * Blank cells for periods that have not ended at the as-at date (a sheet laid out for the year ahead) are
 * ignored: they are not yet due, so not missing.
 *
 * Latest / previous: latest is the newest period with a value; when the newest period in the sheet has no
 * value the note 'latestMissing' says so (the older value is still reported, with its period). Previous is the
 * newest period with a value before the latest (its period is on the Point, so a gap is visible).
 *
 * YTD and rolling 12 (monthly flow counts only - not snapshots, see STOCK_COUNT_MEASURES): YTD sums April to
 * the latest month of its financial year and is null if any month in that span has no value; rolling 12
 * needs all 12 months to the latest. These are always computed from the months; a YTD or rolling-12 column
 * in the sheet is not used as the figure (the check `ytd-disagrees` compares it with ours).
 *
 * SPC (./spc): the measure's figures in period order (periods without a figure left out, from the
 * spcBaseline setting on) on an XmR chart; null with fewer than 12 points (spcPoints says how many there are).
 *
 * Targets: settings.target (the officer's setting wins), else the workbook's target column; `targetSource` says
 * which, and carries the sheet's own target whenever it has one (the check `target-disagrees` reports a
 * setting that differs from it). Comparators: a tagged comparator row or long table (its figure for our latest
 * period, else its newest earlier one: see comparators.ts), then the workbook's column when it holds a number;
 * a blank, suppressed or error comparator cell gives no number (never 0) and the next source is tried: for the
 * statistical neighbours the mean of the tagged peers, then the hand-entered setting, then (England only,
 * comparable units only - never counts) the framework's catalogue value with its year. Named comparators and
 * our rank among the peers come from tagged series only.
 */
import type { CellRef } from '../grid';
import { cellRef } from '../grid';
import type { Framework, Measure, MeasureSettings, Unit } from '../framework/types';
import type { Period, PeriodKind } from '../periods/types';
import type {
  ComparatorCell,
  ComparatorSeries,
  RecordSeries,
  RowSeries,
  Series,
  TableSeries,
} from '../series/types';
import type { NumberSource, ReadValue } from '../values/types';
import type {
  ComparatorFigure,
  DataNote,
  DerivedFromFigure,
  MeasureFigures,
  Point,
  RecordStats,
  RepeatMissing,
  TargetSource,
} from './types';
import { derivedTimeline } from './derivedTimeline';
import { benchmarkNotes, fromSeries, peersMean, rankAmongPeers } from './comparators';
import type { FoundComparator } from './comparators';
import {
  COMPARABLE_UNITS,
  RATE_COUNT_MEASURES,
  STOCK_COUNT_MEASURES,
  countNoun,
  directionOf,
  isDue,
  ragOf,
  staleAllowanceDays,
  staleByDays,
  versusOf,
} from './policy';
import {
  addMonths,
  financialYearStart,
  formatDate,
  monthKeyOfDate,
  periodFromKey,
  shiftYears,
} from './periodKeys';
import { recordStatsAndCounts } from './records';
import { measureSpc } from './spc/measure';

export interface FiguresInput {
  readonly framework: Framework;
  readonly series: readonly Series[];
  /** ISO date the figures are as at. */
  readonly asAt: string;
}

/** One period of a measure's timeline. */
export interface Slot {
  readonly period: Period;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly cell?: CellRef;
  readonly header: string;
  /** Why there is no value, when the cell said so. */
  readonly missing?: ReadValue;
}

export interface Timeline {
  readonly slots: readonly Slot[];
  readonly tagIds: readonly string[];
  readonly notes: DataNote[];
  /** Row series whose comparator/target columns may be used, in order of preference. */
  readonly rows: readonly RowSeries[];
  readonly records: RecordStats | null;
  /** Where the latest figure comes from when the slots carry no cell (records). */
  readonly source?: CellRef;
  /** Worked out from a child-level table (see derivedTimeline). */
  readonly derivedFrom?: DerivedFromFigure;
  readonly repeatMissing?: RepeatMissing | null;
}

/** Derived from two other measures per period: value = a / b. */
export const RATIO_DERIVATIONS: readonly { readonly id: string; readonly a: string; readonly b: string }[] = [
  { id: 'M03', a: 'M02', b: 'M01' },
  { id: 'F03', a: 'F02', b: 'F01' },
];

/** Derived from a count and the population. */
export const RATE_DERIVATIONS: readonly { readonly id: string; readonly count: string }[] = [
  { id: 'D01', count: 'D02' },
];

const MISSING_FAMILY_RECORDS: Readonly<Record<string, string>> = { M04: 'M05', M05: 'M04' };

const TREND_LENGTH = 12;

function usable(s: Series): boolean {
  const st = s.state.status;
  return st === 'ok' || st === 'moved' || st === 'labelChanged';
}

function scaleFor(unit: Unit): number {
  if (unit === 'percent') return 100;
  if (unit === 'rate10k') return 10000;
  return 1;
}

function fmt(n: number, digits = 1): string {
  const rounded = Number(n.toFixed(digits));
  return rounded.toLocaleString('en-GB', { maximumFractionDigits: digits });
}

function readText(read: ReadValue | undefined): string {
  if (!read || read.kind !== 'missing') return '';
  if (read.reason === 'blank') return 'blank';
  if (read.reason === 'suppressed') return `suppressed ('${read.raw}')`;
  if (read.reason === 'error') return `an error (${read.raw})`;
  return `text ('${read.raw}')`;
}

/** Most common period kind (ties: the newest observation's kind). */
function primaryKind(periods: readonly Period[]): PeriodKind | null {
  if (periods.length === 0) return null;
  const counts = new Map<PeriodKind, number>();
  for (const p of periods) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  let best: PeriodKind = periods[periods.length - 1].kind;
  for (const [kind, n] of counts) if (n > (counts.get(best) ?? 0)) best = kind;
  return best;
}

function orderSlots(slots: Slot[]): Slot[] {
  const kind = primaryKind(slots.map((s) => s.period));
  return slots
    .filter((s) => s.period.kind === kind)
    .sort((a, b) => (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0));
}

/** Position of each period's first observation in a row, by period key. */
function byKey(series: RowSeries | undefined): Map<string, number> {
  const map = new Map<string, number>();
  if (!series) return map;
  const periods = series.observations.periods;
  for (let i = 0; i < periods.length; i++) if (!map.has(periods[i].key)) map.set(periods[i].key, i);
  return map;
}

/** The number read at a position of a row (from byKey), or null when missing or not there. */
function valueAt(series: RowSeries | undefined, i: number | undefined): number | null {
  return series !== undefined && i !== undefined ? series.observations.value(i) : null;
}

function rowTimeline(measure: Measure, rows: readonly RowSeries[], framework: Framework): Timeline | null {
  const valueRow = rows.find((s) => s.tag.role === 'value');
  const num = rows.find((s) => s.tag.role === 'numerator');
  const den = rows.find((s) => s.tag.role === 'denominator');
  const used = [valueRow, num, den].filter((s): s is RowSeries => s !== undefined);
  if (used.length === 0) return null;
  const notes: DataNote[] = [];
  const nums = byKey(num);
  const dens = byKey(den);
  const slots: Slot[] = [];

  if (valueRow) {
    const obs = valueRow.observations;
    for (let i = 0; i < obs.length; i++) {
      const period = obs.period(i);
      const value = obs.value(i);
      slots.push({
        period,
        value,
        numerator: valueAt(num, nums.get(period.key)),
        denominator: valueAt(den, dens.get(period.key)),
        cell: obs.cell(i),
        header: obs.header(i),
        missing: value === null ? obs.read(i) : undefined,
      });
    }
  } else if (num && den) {
    const scale = scaleFor(measure.unit);
    const zero: string[] = [];
    const periods = new Map<string, Period>();
    for (const p of [...num.observations.periods, ...den.observations.periods]) periods.set(p.key, p);
    for (const [key, period] of periods) {
      const n = nums.get(key);
      const d = dens.get(key);
      const nv = valueAt(num, n);
      const dv = valueAt(den, d);
      if (dv === 0) zero.push(period.label);
      const value = nv !== null && dv !== null && dv !== 0 ? (nv / dv) * scale : null;
      const missingRead =
        nv === null && n !== undefined
          ? num.observations.read(n)
          : dv === null && d !== undefined
            ? den.observations.read(d)
            : undefined;
      slots.push({
        period,
        value,
        numerator: nv,
        denominator: dv,
        cell:
          n !== undefined ? num.observations.cell(n) : d !== undefined ? den.observations.cell(d) : undefined,
        header:
          n !== undefined
            ? num.observations.header(n)
            : d !== undefined
              ? den.observations.header(d)
              : period.label,
        missing: value === null ? (missingRead ?? { kind: 'missing', reason: 'blank', raw: '' }) : undefined,
      });
    }
    if (zero.length > 0) {
      notes.push({
        code: 'noData',
        text: `The denominator is 0 for ${zero.join(', ')}, so there is no ${measure.unit === 'percent' ? 'percentage' : 'value'} for ${zero.length === 1 ? 'that period' : 'those periods'}.`,
      });
    }
  } else if (
    num &&
    measure.unit === 'rate10k' &&
    framework.population !== undefined &&
    framework.population > 0
  ) {
    const pop = framework.population;
    const obs = num.observations;
    for (let i = 0; i < obs.length; i++) {
      const v = obs.value(i);
      slots.push({
        period: obs.period(i),
        value: v === null ? null : (v / pop) * 10000,
        numerator: v,
        denominator: pop,
        cell: obs.cell(i),
        header: obs.header(i),
        missing: v === null ? obs.read(i) : undefined,
      });
    }
  } else if (num && measure.unit === 'count') {
    const obs = num.observations;
    for (let i = 0; i < obs.length; i++) {
      const v = obs.value(i);
      slots.push({
        period: obs.period(i),
        value: v,
        numerator: null,
        denominator: null,
        cell: obs.cell(i),
        header: obs.header(i),
        missing: v === null ? obs.read(i) : undefined,
      });
    }
  } else {
    const why =
      num && measure.unit === 'rate10k'
        ? 'a count is tagged but the 0-17 population is not set, so no rate per 10,000 can be worked out'
        : num
          ? 'a numerator row is tagged without a denominator row'
          : 'a denominator row is tagged without a numerator row';
    notes.push({ code: 'noData', text: `No figure: ${why}.` });
  }

  const fractions = used.find(
    (s) =>
      s.notes.some((n) => n.code === 'fractionsAsPercent') || hasSource(s.observations, 'fractionAsPercent'),
  );
  if (fractions) {
    notes.push({
      code: 'fractionsAsPercent',
      text: `The values in '${fractions.tag.sheet}' row ${fractions.row ?? rowOfTag(fractions)} are fractions (such as 0.93) in a percentage row; they were read as percentages (93%).`,
    });
  }
  return {
    slots: orderSlots(slots),
    tagIds: used.map((s) => s.tag.id),
    notes,
    rows: used,
    records: null,
  };
}

function hasSource(obs: RowSeries['observations'], source: NumberSource): boolean {
  for (let i = 0; i < obs.length; i++) if (obs.source(i) === source) return true;
  return false;
}

function rowOfTag(s: RowSeries): number | string {
  return s.tag.kind === 'row' ? s.tag.row : '?';
}

/** Threshold for records of this measure (W02, or any measure given a threshold setting). */
function thresholdFor(measure: Measure, settings: MeasureSettings, framework: Framework): number | undefined {
  if (settings.threshold !== undefined) return settings.threshold;
  return measure.id === 'W02' ? framework.defaults.caseloadThreshold : undefined;
}

/** The measure's own figure from child- or worker-level records; see the header. */
export function recordFigure(
  measure: Measure,
  records: RecordSeries['records'],
  threshold: number | undefined,
): { value: number | null; numerator: number | null; denominator: number | null; stats: RecordStats } {
  const { stats, counts: c } = recordStatsAndCounts(records, { threshold });
  const ratio = (a: number, b: number, scale: number) => (b === 0 ? null : (a / b) * scale);
  switch (measure.id) {
    case 'M01':
      return { value: c.atLeast1, numerator: null, denominator: null, stats };
    case 'M02':
      return { value: stats.total, numerator: null, denominator: null, stats };
    case 'M03':
      return {
        value: ratio(stats.total, c.atLeast1, 1),
        numerator: stats.total,
        denominator: c.atLeast1,
        stats,
      };
    case 'M04':
      return { value: stats.shareAtLeast3, numerator: c.atLeast3, denominator: c.atLeast1, stats };
    case 'M05':
      return { value: stats.topTenthShare, numerator: c.topTenthTotal, denominator: stats.total, stats };
    case 'W01':
      return { value: stats.mean, numerator: stats.total, denominator: stats.count, stats };
  }
  if (threshold !== undefined) {
    return { value: stats.shareAbove ?? null, numerator: c.above, denominator: stats.count, stats };
  }
  if (measure.unit === 'count') return { value: stats.total, numerator: null, denominator: null, stats };
  return { value: stats.mean, numerator: stats.total, denominator: stats.count, stats };
}

function recordsTimeline(
  measure: Measure,
  series: RecordSeries,
  framework: Framework,
  asAt: string,
): Timeline {
  const settings = framework.settings[measure.id] ?? {};
  const fig = recordFigure(measure, series.records, thresholdFor(measure, settings, framework));
  const period = periodFromKey(monthKeyOfDate(asAt)) as Period;
  const source =
    series.tag.kind === 'column'
      ? cellRef(series.tag.sheet, series.tag.firstRow, series.tag.column)
      : undefined;
  const notes: DataNote[] = [];
  if (fig.stats.skipped > 0) {
    notes.push({
      code: 'noData',
      text: `${fig.stats.skipped} record${fig.stats.skipped === 1 ? '' : 's'} in '${series.tag.sheet}' could not be read and ${fig.stats.skipped === 1 ? 'was' : 'were'} left out.`,
    });
  }
  return {
    slots: [
      {
        period,
        value: fig.value,
        numerator: fig.numerator,
        denominator: fig.denominator,
        cell: source,
        header: series.label,
      },
    ],
    tagIds: [series.tag.id],
    notes,
    rows: [],
    records: fig.stats,
    source,
  };
}

function ratioTimeline(measure: Measure, a: Timeline, b: Timeline): Timeline {
  const bs = new Map(b.slots.map((s) => [s.period.key, s]));
  const zero: string[] = [];
  const slots: Slot[] = [];
  for (const sa of a.slots) {
    const sb = bs.get(sa.period.key);
    if (!sb) continue;
    if (sb.value === 0) zero.push(sa.period.label);
    const value = sa.value !== null && sb.value !== null && sb.value !== 0 ? sa.value / sb.value : null;
    slots.push({
      period: sa.period,
      value,
      numerator: sa.value,
      denominator: sb.value,
      cell: sa.cell,
      header: sa.header,
      missing: value === null ? (sa.missing ?? sb.missing) : undefined,
    });
  }
  const notes: DataNote[] = [];
  if (zero.length > 0) {
    notes.push({
      code: 'noData',
      text: `${measure.id} is worked out as a ratio; its divisor is 0 for ${zero.join(', ')}, so there is no value there.`,
    });
  }
  return { slots, tagIds: [...a.tagIds, ...b.tagIds], notes, rows: [], records: null };
}

function rateTimeline(count: Timeline, population: number): Timeline {
  return {
    slots: count.slots.map((s) => ({
      ...s,
      value: s.value === null ? null : (s.value / population) * 10000,
      numerator: s.value,
      denominator: population,
    })),
    tagIds: count.tagIds,
    notes: [],
    rows: [],
    records: null,
  };
}

function toPoint(s: Slot): Point {
  return {
    period: s.period.key,
    label: s.period.label,
    value: s.value as number,
    numerator: s.numerator,
    denominator: s.denominator,
    ...(s.cell ? { cell: s.cell } : {}),
  };
}

function comparatorFrom(cell: ComparatorCell | undefined): { value: number; cell: CellRef } | null {
  if (!cell || cell.value === null || !Number.isFinite(cell.value)) return null;
  return { value: cell.value, cell: cell.cell };
}

/**
 * A comparator in order of its sources: `first` (a tagged series), the workbook's column, `afterColumn` (the
 * peers' mean), the setting, the framework's England value.
 */
function comparator(
  kind: 'england' | 'statNeighbours' | 'region',
  measure: Measure,
  settings: MeasureSettings,
  rows: readonly RowSeries[],
  latest: Point | null,
  band: number,
  tagged: { readonly first?: FoundComparator | null; readonly afterColumn?: FoundComparator | null } = {},
): ComparatorFigure | null {
  let found: FoundComparator | null = tagged.first ?? null;
  for (const r of rows) {
    if (found) break;
    const c = comparatorFrom(r[kind]);
    if (c) found = { value: c.value, source: 'workbook', cell: c.cell };
  }
  if (!found && tagged.afterColumn) found = tagged.afterColumn;
  if (!found && settings[kind] !== undefined) found = { value: settings[kind] as number, source: 'setting' };
  if (!found && kind === 'england' && measure.england && COMPARABLE_UNITS.includes(measure.unit)) {
    found = { value: measure.england.value, source: 'framework', year: measure.england.year };
  }
  return found ? comparatorFigure(found, measure, latest, band) : null;
}

/** A found comparator set beside our latest figure: the gap and whether we are better (polarity-aware). */
function comparatorFigure(
  found: FoundComparator,
  measure: Measure,
  latest: Point | null,
  band: number,
): ComparatorFigure {
  const gap = latest ? tidy(latest.value - found.value) : null;
  return {
    value: found.value,
    source: found.source,
    ...(found.year !== undefined ? { year: found.year } : {}),
    versus: latest ? versusOf(measure.unit, measure.polarity, latest.value, found.value, band) : null,
    gap,
    ...(found.cell ? { cell: found.cell } : {}),
    ...(found.period ? { period: found.period.key, periodLabel: found.period.label } : {}),
    ...(found.from !== undefined ? { from: found.from } : {}),
  };
}

/** England, the neighbours, the region, the named comparators and our rank, from the tagged benchmarks. */
function benchmarks(
  measure: Measure,
  settings: MeasureSettings,
  tl: Timeline,
  comparators: readonly ComparatorSeries[],
  latest: { readonly point: Point; readonly period: Period } | null,
  target: number | null,
  band: number,
): Pick<MeasureFigures, 'comparators' | 'rank'> & { readonly notes: DataNote[] } {
  const of = (role: ComparatorSeries['role']) => comparators.filter((c) => c.role === role);
  const period = latest?.period ?? null;
  const point = latest?.point ?? null;
  const peers = of('peers');
  const found = {
    england: fromSeries(of('england'), period),
    statNeighbours: fromSeries(of('statNeighbours'), period),
    region: fromSeries(of('region'), period),
  };
  const mean = peersMean(peers, period, measure.unit);
  const named = of('comparator').flatMap((c) => {
    const hit = fromSeries([c], period);
    return hit ? [{ name: c.name, found: hit }] : [];
  });
  const figures = {
    england: comparator('england', measure, settings, tl.rows, point, band, { first: found.england }),
    statNeighbours: comparator('statNeighbours', measure, settings, tl.rows, point, band, {
      first: found.statNeighbours,
      afterColumn: mean,
    }),
    region: comparator('region', measure, settings, tl.rows, point, band, { first: found.region }),
    named: named.map((n) => ({ name: n.name, ...comparatorFigure(n.found, measure, point, band) })),
  };
  const used = (k: 'england' | 'statNeighbours' | 'region', f: FoundComparator | null) =>
    f !== null && figures[k]?.value === f.value && figures[k]?.period === f.period?.key ? f : null;
  const notes = benchmarkNotes({
    england: used('england', found.england),
    statNeighbours: used('statNeighbours', found.statNeighbours) ?? used('statNeighbours', mean),
    region: used('region', found.region),
    named,
  });
  const rank = latest
    ? rankAmongPeers(peers, { value: latest.point.value, period: latest.period }, measure, target)
    : null;
  return { comparators: figures, rank, notes };
}

function isStockCount(measure: Measure): boolean {
  return (
    STOCK_COUNT_MEASURES.includes(measure.id) ||
    /snapshot|at (the )?period end/i.test(measure.definition ?? '')
  );
}

/** Sum of monthly values over [from, to] (month keys), null if any month in the span has no value. */
function sumMonths(values: ReadonlyMap<string, number | null>, from: string, to: string): number | null {
  let total = 0;
  let key: string | null = from;
  for (let guard = 0; key !== null && guard < 24; guard++) {
    const v = values.get(key);
    if (v === undefined || v === null) return null;
    total += v;
    if (key === to) return total;
    key = addMonths(key, 1);
  }
  return null;
}

const ESTIMATE = /\b(est\.?|estimated?|provisional|prov\.?|draft|unvalidated)(\b|$)/i;

function finish(
  measure: Measure,
  tl: Timeline,
  framework: Framework,
  asAt: string,
  comparators: readonly ComparatorSeries[] = [],
): MeasureFigures {
  const settings = framework.settings[measure.id] ?? {};
  const band = framework.defaults.stableBand;
  const notes: DataNote[] = [...tl.notes];
  // Blank columns for periods that have not ended yet are not missing data: leave them out.
  const slots = tl.slots.filter((s) => s.value !== null || isDue(s.period, asAt));
  const newest = slots.length > 0 ? slots[slots.length - 1] : null;
  let li = -1;
  for (let i = slots.length - 1; i >= 0; i--) {
    if (slots[i].value !== null) {
      li = i;
      break;
    }
  }
  let pi = -1;
  for (let i = li - 1; i >= 0; i--) {
    if (slots[i].value !== null) {
      pi = i;
      break;
    }
  }
  const latest = li >= 0 ? toPoint(slots[li]) : null;
  const previous = pi >= 0 ? toPoint(slots[pi]) : null;

  let sameLastYear: Point | null = null;
  if (latest) {
    const key = shiftYears(latest.period, -1);
    const s = slots.find((x) => x.period.key === key && x.value !== null);
    if (s) sameLastYear = toPoint(s);
  }

  const change = latest && previous ? tidy(latest.value - previous.value) : null;
  const relativeChange =
    latest && previous && previous.value !== 0
      ? tidy(((latest.value - previous.value) / Math.abs(previous.value)) * 100)
      : null;
  const changeOnYear = latest && sameLastYear ? tidy(latest.value - sameLastYear.value) : null;

  // The officer's setting wins when set; otherwise the sheet's Target column (the first row giving one).
  const sheetTarget = tl.rows.map((r) => comparatorFrom(r.target)).find((t) => t !== null) ?? null;
  const target: number | null = settings.target ?? sheetTarget?.value ?? null;
  const targetSource: TargetSource | null =
    target === null
      ? null
      : {
          from: settings.target !== undefined ? 'setting' : 'sheet',
          ...(sheetTarget ? { sheet: sheetTarget } : {}),
        };
  const tolerance = settings.tolerance ?? framework.defaults.tolerance;
  const direction =
    latest && previous
      ? directionOf(measure.unit, measure.polarity, latest.value, previous.value, band, target)
      : null;
  const rag =
    latest && target !== null
      ? ragOf(
          measure.polarity === 'contextual' ? 'target' : measure.polarity,
          latest.value,
          target,
          tolerance,
        )
      : null;

  const spc = measureSpc({
    points: slots.filter((s): s is Slot & { value: number } => s.value !== null && Number.isFinite(s.value)),
    polarity: measure.polarity,
    target,
    tolerance,
    baseline: settings.spcBaseline,
  });

  let ratePer10k: number | null = null;
  if (latest && measure.unit === 'rate10k') ratePer10k = latest.value;
  else if (
    latest &&
    RATE_COUNT_MEASURES.includes(measure.id) &&
    framework.population &&
    framework.population > 0
  ) {
    ratePer10k = (latest.value / framework.population) * 10000;
  }

  let ytd: number | null = null;
  let rolling12: number | null = null;
  if (latest && measure.unit === 'count' && slots[li].period.kind === 'month' && !isStockCount(measure)) {
    const values = new Map(slots.map((s) => [s.period.key, s.value]));
    const start = financialYearStart(latest.period);
    const from12 = addMonths(latest.period, -11);
    if (start) ytd = sumMonths(values, start, latest.period);
    if (from12) rolling12 = sumMonths(values, from12, latest.period);
  }

  const end = newest ? slots.length : 0;
  const trendSlots = slots.slice(Math.max(0, end - TREND_LENGTH), end);

  // Notes.
  if (!latest && !notes.some((n) => n.code === 'noData')) {
    notes.push({ code: 'noData', text: 'No value has been found for this measure in the tagged rows.' });
  }
  if (latest && newest && newest.value === null) {
    const why = readText(newest.missing);
    notes.push({
      code: 'latestMissing',
      text: `There is no value for ${newest.period.label}, the newest period in the sheet${why ? ` (${why})` : ''}; the latest figure shown is for ${latest.label}.`,
    });
  }
  const suppressed = [newest, li >= 1 ? slots[li - 1] : null].filter(
    (s): s is Slot =>
      s !== null && s.value === null && s.missing?.kind === 'missing' && s.missing.reason === 'suppressed',
  );
  if (suppressed.length > 0) {
    const labels = [...new Set(suppressed.map((s) => s.period.label))];
    notes.push({
      code: 'suppressed',
      text: `The value for ${labels.join(' and ')} is suppressed in the source (small numbers), so it is not shown.`,
    });
  }
  if (
    latest &&
    measure.unit === 'percent' &&
    latest.denominator !== null &&
    latest.denominator > 0 &&
    latest.denominator < framework.defaults.smallDenominator
  ) {
    const d = latest.denominator;
    const of =
      latest.numerator !== null
        ? `${fmt(latest.numerator, 0)} of ${fmt(d, 0)}`
        : `a denominator of ${fmt(d, 0)}`;
    notes.push({
      code: 'smallNumbers',
      text: `Small numbers: ${of}. With ${fmt(d, 0)} ${countNoun(measure)}, one ${countNoun(measure) === 'children' ? 'child' : 'worker'} moves the percentage by about ${fmt(100 / d, 0)} points.`,
    });
  }
  if (latest && tl.records === null) {
    const p = slots[li].period;
    if (staleByDays(measure.frequency, p.kind, p.end, asAt) > 0) {
      notes.push({
        code: 'stale',
        text: `The latest figure is for ${p.label} (ended ${formatDate(p.end)}), more than ${staleAllowanceDays(measure.frequency, p.kind)} days before ${formatDate(asAt)}.`,
      });
    }
    const labels = tl.rows.filter((r) => r.tag.role === 'value').map((r) => r.label);
    if (ESTIMATE.test(slots[li].header) || labels.some((l) => ESTIMATE.test(l))) {
      notes.push({
        code: 'estimated',
        text: `The ${p.label} figure is marked as estimated or provisional in the sheet.`,
      });
    }
  }

  const bench = benchmarks(
    measure,
    settings,
    tl,
    comparators,
    latest ? { point: latest, period: slots[li].period } : null,
    target,
    band,
  );
  notes.push(...bench.notes);

  return {
    measureId: measure.id,
    tagIds: [...tl.tagIds, ...comparators.map((c) => c.tag.id)],
    latest,
    previous,
    sameLastYear,
    change,
    relativeChange,
    changeOnYear,
    direction,
    target,
    targetSource,
    tolerance,
    rag,
    comparators: bench.comparators,
    rank: bench.rank,
    spc: spc.spc,
    spcPoints: spc.points,
    ratePer10k,
    ytd,
    rolling12,
    records: tl.records,
    trend: trendSlots.map((s) => s.value),
    trendPeriods: trendSlots.map((s) => s.period),
    notes,
    source: latest?.cell ?? tl.source ?? null,
    ...(tl.derivedFrom ? { derivedFrom: tl.derivedFrom, repeatMissing: tl.repeatMissing ?? null } : {}),
  };
}

/** The usable series of a measure, in the order given (tag order). */
function groupSeries(series: readonly Series[]): Map<string, Series[]> {
  const groups = new Map<string, Series[]>();
  for (const s of series) {
    if (!usable(s)) continue;
    if (s.kind === 'table') {
      // A table gives several measures: it joins the group of each.
      for (const d of s.derived) groups.set(d.measureId, [...(groups.get(d.measureId) ?? []), s]);
      continue;
    }
    const list = groups.get(s.tag.measureId) ?? [];
    list.push(s);
    groups.set(s.tag.measureId, list);
  }
  return groups;
}

function directTimeline(
  measure: Measure,
  list: readonly Series[],
  groups: ReadonlyMap<string, Series[]>,
  framework: Framework,
  asAt: string,
): Timeline | null {
  const rows = list.filter((s): s is RowSeries => s.kind === 'row');
  const records = list.find((s): s is RecordSeries => s.kind === 'records');
  if (rows.length > 0) {
    const tl = rowTimeline(measure, rows, framework);
    if (tl && records) {
      const extra = recordsTimeline(measure, records, framework, asAt);
      return { ...tl, tagIds: [...tl.tagIds, ...extra.tagIds], records: extra.records };
    }
    if (tl) return tl;
  }
  if (records) return recordsTimeline(measure, records, framework, asAt);
  const tables = list.filter((s): s is TableSeries => s.kind === 'table');
  if (tables.length > 0) {
    const tl = derivedTimeline(measure, tables);
    if (tl) return tl;
  }
  const sibling = MISSING_FAMILY_RECORDS[measure.id];
  if (sibling && list.every((s) => s.kind === 'comparator')) {
    const other = (groups.get(sibling) ?? []).find((s): s is RecordSeries => s.kind === 'records');
    if (other) return recordsTimeline(measure, other, framework, asAt);
  }
  return null;
}

function benchmarksOnly(): Timeline {
  return {
    slots: [],
    tagIds: [],
    notes: [
      {
        code: 'noData',
        text: 'Only benchmarks (England, neighbours, region or peers) are tagged for this measure: tag our own row or area as its value.',
      },
    ],
    rows: [],
    records: null,
  };
}

/** Removes binary floating-point noise from a difference (70.2 - 70.5 = -0.30000000000000284 -> -0.3). */
function tidy(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

/** Figures for every measure with usable data, in framework order. */
export function computeFigures(input: FiguresInput): MeasureFigures[] {
  const { framework, asAt } = input;
  const groups = groupSeries(input.series);
  const timelines = new Map<string, Timeline>();
  for (const m of framework.measures) {
    const tl = directTimeline(m, groups.get(m.id) ?? [], groups, framework, asAt);
    if (tl) timelines.set(m.id, tl);
  }
  const byId = new Map(framework.measures.map((m) => [m.id, m]));
  for (const d of RATIO_DERIVATIONS) {
    const m = byId.get(d.id);
    const a = timelines.get(d.a);
    const b = timelines.get(d.b);
    if (m && !timelines.has(d.id) && a && b && a.records === null && b.records === null) {
      timelines.set(d.id, ratioTimeline(m, a, b));
    }
  }
  for (const d of RATE_DERIVATIONS) {
    const m = byId.get(d.id);
    const c = timelines.get(d.count);
    const pop = framework.population;
    if (m && !timelines.has(d.id) && c && c.records === null && pop !== undefined && pop > 0) {
      timelines.set(d.id, rateTimeline(c, pop));
    }
  }
  const out: MeasureFigures[] = [];
  for (const m of framework.measures) {
    const comparators = (groups.get(m.id) ?? []).filter(
      (s): s is ComparatorSeries => s.kind === 'comparator',
    );
    // Benchmarks tagged before our own figures: the measure is shown, with them, and says what is missing.
    const tl = timelines.get(m.id) ?? (comparators.length > 0 ? benchmarksOnly() : undefined);
    if (tl) out.push(finish(m, tl, framework, asAt, comparators));
  }
  return out;
}
