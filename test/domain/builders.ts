/**
 * Small builders for domain tests: periods, reads, tags, series, measures, frameworks, check contexts.
 * Everything has sensible defaults so a test states only what it is about.
 */
import { cellRef, columnNumber, type CellRef } from '../../src/domain/grid';
import type {
  Framework,
  FrameworkDefaults,
  Kloe,
  Measure,
  MeasureSettings,
} from '../../src/domain/framework/types';
import type { Period } from '../../src/domain/periods/types';
import type {
  ComparatorCell,
  ComparatorSeries,
  Observation,
  RecordSeries,
  RecordValue,
  RowSeries,
  SeriesNote,
} from '../../src/domain/series/types';
import type {
  BrokenTagRow,
  ColumnTag,
  ComparatorRole,
  RowRole,
  RowTag,
  TagState,
} from '../../src/domain/tags/types';
import type { ReadValue } from '../../src/domain/values/types';
import { ObservationList, RecordList } from '../../src/domain/series/readings';
import type { MeasureFigures } from '../../src/domain/calc/types';
import type { CheckContext } from '../../src/domain/validate/types';
import { periodFromKey } from '../../src/domain/calc/periodKeys';

/** A canonical period from its key: '2025-03', '2024/25 Q4', '2024/25', 'AY 2024/25', '2025'. */
export function period(key: string): Period {
  const p = periodFromKey(key);
  if (!p) throw new Error(`builders.period: not a canonical period key: ${key}`);
  return p;
}

/**
 * What a test writes for a cell: a number; null or '' for blank; '#DIV/0!' style for errors; a suppression
 * marker (c z x k ~ * - n/a .. ) for suppressed; any other text for text.
 */
export type Raw = number | string | null;

const MARKERS = new Set(['c', 'z', 'x', 'k', '~', '*', '-', 'n/a', 'na', '..', ':']);

export function read(raw: Raw): ReadValue {
  if (typeof raw === 'number') return { kind: 'number', value: raw, source: 'number' };
  if (raw === null || raw.trim() === '') return { kind: 'missing', reason: 'blank', raw: '' };
  const t = raw.trim();
  if (MARKERS.has(t.toLowerCase())) return { kind: 'missing', reason: 'suppressed', raw: t };
  if (t.startsWith('#')) return { kind: 'missing', reason: 'error', raw: t };
  return { kind: 'missing', reason: 'text', raw: t };
}

function valueOf(r: ReadValue): number | null {
  return r.kind === 'number' ? r.value : null;
}

export function rowTag(o: {
  measureId: string;
  role?: RowRole;
  sheet?: string;
  row?: number;
  label?: string;
  id?: string;
  headerRow?: number;
}): RowTag {
  return {
    kind: 'row',
    id: o.id ?? `t-${o.measureId}-${o.role ?? 'value'}-${o.row ?? 10}`,
    measureId: o.measureId,
    sheet: o.sheet ?? 'Monthly PMF',
    created: '2025-01-01T00:00:00Z',
    role: o.role ?? 'value',
    row: o.row ?? 10,
    label: o.label ?? `${o.measureId} label`,
    ...(o.headerRow !== undefined ? { headerRow: o.headerRow } : {}),
  };
}

export function columnTag(o: {
  measureId: string;
  sheet?: string;
  column?: number;
  firstRow?: number;
  lastRow?: number;
  label?: string;
  id?: string;
}): ColumnTag {
  return {
    kind: 'column',
    id: o.id ?? `t-${o.measureId}-records`,
    measureId: o.measureId,
    sheet: o.sheet ?? 'Missing children',
    created: '2025-01-01T00:00:00Z',
    role: 'records',
    column: o.column ?? 3,
    firstRow: o.firstRow ?? 2,
    lastRow: o.lastRow ?? 100,
    label: o.label ?? 'Incidents',
  };
}

export function comparator(
  raw: Raw,
  o: { sheet?: string; row?: number; col?: number; header?: string } = {},
): ComparatorCell {
  const r = read(raw);
  return {
    cell: cellRef(o.sheet ?? 'Monthly PMF', o.row ?? 10, o.col ?? 30),
    read: r,
    value: valueOf(r),
    header: o.header ?? 'England',
  };
}

export interface RowSeriesOptions {
  measureId: string;
  role?: RowRole;
  /** Period key -> cell content, in sheet column order. */
  values?: Record<string, Raw>;
  /** Observations given as [key, raw] pairs (keeps duplicates and order exactly). */
  entries?: readonly (readonly [string, Raw])[];
  sheet?: string;
  row?: number;
  /** Sheet column of the first period; the rest follow. Default 3 (C). */
  firstCol?: number;
  label?: string;
  tagId?: string;
  state?: TagState;
  headerRow?: number;
  /** Header text per period key (default: the period label). */
  headers?: Record<string, string>;
  /** Number sources per period key (default 'number'). */
  sources?: Record<string, 'number' | 'percentFormat' | 'percentText' | 'numericText' | 'fractionAsPercent'>;
  target?: Raw;
  england?: Raw;
  statNeighbours?: Raw;
  region?: Raw;
  ytd?: Raw;
  rolling12?: Raw;
  polarityText?: string;
  notes?: SeriesNote[];
}

export function rowSeries(o: RowSeriesOptions): RowSeries {
  const sheet = o.sheet ?? 'Monthly PMF';
  const row = o.row ?? 10;
  const first = o.firstCol ?? 3;
  const tag = rowTag({ measureId: o.measureId, role: o.role, sheet, row, label: o.label, id: o.tagId });
  const entries = o.entries ?? Object.entries(o.values ?? {});
  const observations: Observation[] = entries.map(([key, raw], i) => {
    const r0 = read(raw);
    const src = o.sources?.[key];
    const r: ReadValue = r0.kind === 'number' && src ? { ...r0, source: src } : r0;
    const p = period(key);
    return {
      period: p,
      header: o.headers?.[key] ?? p.label,
      cell: cellRef(sheet, row, first + i),
      read: r,
      value: valueOf(r),
    };
  });
  const last = first + entries.length;
  const comp = (raw: Raw | undefined, offset: number, header: string) =>
    raw === undefined ? undefined : comparator(raw, { sheet, row, col: last + offset, header });
  const state = o.state ?? { status: 'ok', row };
  const found = state.status === 'ok' || state.status === 'moved' || state.status === 'labelChanged';
  return {
    kind: 'row',
    tag,
    state,
    ...(found ? { row: state.row, headerRow: o.headerRow ?? 4, labelColumn: 1 } : {}),
    label: o.label ?? tag.label,
    observations: found ? ObservationList.of(observations) : ObservationList.empty,
    ...(comp(o.target, 0, 'Target') ? { target: comp(o.target, 0, 'Target') } : {}),
    ...(comp(o.england, 1, 'England') ? { england: comp(o.england, 1, 'England') } : {}),
    ...(comp(o.statNeighbours, 2, 'Stat neighbours')
      ? { statNeighbours: comp(o.statNeighbours, 2, 'Stat neighbours') }
      : {}),
    ...(comp(o.region, 3, 'Region') ? { region: comp(o.region, 3, 'Region') } : {}),
    ...(comp(o.ytd, 4, 'YTD') ? { ytd: comp(o.ytd, 4, 'YTD') } : {}),
    ...(comp(o.rolling12, 5, 'Rolling 12 months')
      ? { rolling12: comp(o.rolling12, 5, 'Rolling 12 months') }
      : {}),
    ...(o.polarityText !== undefined
      ? { polarityText: { cell: cellRef(sheet, row, 2), text: o.polarityText } }
      : {}),
    notes: o.notes ?? [],
  };
}

export function recordSeries(o: {
  measureId: string;
  values: readonly Raw[];
  sheet?: string;
  column?: number;
  firstRow?: number;
  tagId?: string;
  state?: TagState;
  label?: string;
}): RecordSeries {
  const firstRow = o.firstRow ?? 2;
  const column = o.column ?? 3;
  const tag = columnTag({
    measureId: o.measureId,
    sheet: o.sheet,
    column,
    firstRow,
    lastRow: firstRow + o.values.length - 1,
    id: o.tagId,
    label: o.label,
  });
  const records: RecordValue[] = o.values.map((raw, i) => {
    const r = read(raw);
    return { cell: cellRef(tag.sheet, firstRow + i, column), read: r, value: valueOf(r) };
  });
  return {
    kind: 'records',
    tag,
    state: o.state ?? { status: 'ok', row: firstRow },
    label: o.label ?? tag.label,
    records: RecordList.of(records),
    notes: [],
  };
}

export function measure(o: Partial<Measure> & { id: string }): Measure {
  return {
    name: `Measure ${o.id}`,
    kloes: ['K01'],
    unit: 'percent',
    polarity: 'higher',
    frequency: 'monthly',
    source: 'national',
    derived: false,
    custom: false,
    ...o,
  };
}

export const DEFAULTS: FrameworkDefaults = {
  tolerance: 5,
  stableBand: 1,
  caseloadThreshold: 25,
  smallDenominator: 10,
};

export function kloe(id: string, title = `KLOE ${id}`): Kloe {
  return { id, title, question: `${title}?` };
}

export function framework(
  o: {
    measures?: Measure[];
    kloes?: Kloe[];
    settings?: Record<string, MeasureSettings>;
    defaults?: Partial<FrameworkDefaults>;
    population?: number;
    evidence?: Framework['evidence'];
    asAt?: string;
  } = {},
): Framework {
  const measures = o.measures ?? [];
  const kloeIds = [...new Set(measures.flatMap((m) => m.kloes))];
  return {
    kloes: o.kloes ?? kloeIds.map((id) => kloe(id)),
    measures,
    settings: o.settings ?? {},
    evidence: o.evidence ?? [],
    defaults: { ...DEFAULTS, ...o.defaults },
    ...(o.population !== undefined ? { population: o.population } : {}),
    ...(o.asAt !== undefined ? { asAt: o.asAt } : {}),
  };
}

export function ref(sheet: string, address: string): CellRef {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`builders.ref: bad address ${address}`);
  return cellRef(sheet, Number(m[2]), columnNumber(m[1]));
}

/** MeasureFigures with everything empty except what is given. */
export function figures(o: Partial<MeasureFigures> & { measureId: string }): MeasureFigures {
  return {
    tagIds: [],
    latest: null,
    previous: null,
    sameLastYear: null,
    change: null,
    relativeChange: null,
    changeOnYear: null,
    direction: null,
    target: null,
    tolerance: 5,
    rag: null,
    comparators: { england: null, statNeighbours: null, region: null },
    ratePer10k: null,
    ytd: null,
    rolling12: null,
    records: null,
    trend: [],
    trendPeriods: [],
    notes: [],
    source: null,
    ...o,
  };
}

export function brokenTagRow(sheetRow: number, message = 'unknown role'): BrokenTagRow {
  return { sheetRow, cells: ['t-x', 'S01', 'Monthly PMF', 'rowish'], message };
}

export function checkContext(o: Partial<CheckContext> & { framework: Framework }): CheckContext {
  const series = o.series ?? [];
  return {
    tags: o.tags ?? series.map((s) => s.tag),
    brokenTagRows: [],
    tagSheetName: 'PMF Tags',
    series,
    figures: [],
    asAt: '2025-04-15',
    sheetNames: [...new Set(['Monthly PMF', ...series.map((s) => s.tag.sheet)])],
    ...o,
  };
}

/** A benchmark read as a series: one area per entry of `areas` (period key -> cell content). */
export function comparatorSeries(o: {
  measureId: string;
  role: ComparatorRole;
  areas: Record<string, Record<string, Raw>>;
  name?: string;
  sheet?: string;
  row?: number;
  tagId?: string;
  notes?: SeriesNote[];
}): ComparatorSeries {
  const sheet = o.sheet ?? 'Benchmarks';
  const first = o.row ?? 20;
  const names = Object.keys(o.areas);
  const tag: RowTag = {
    ...rowTag({
      measureId: o.measureId,
      sheet,
      row: first,
      label: names[0] ?? 'England',
      id: o.tagId ?? `t-${o.measureId}-${o.role}-${first}`,
    }),
    role: o.role,
    ...(names.length > 1 ? { lastRow: first + names.length - 1 } : {}),
    ...(o.name ? { details: { name: o.name } } : {}),
  };
  return {
    kind: 'comparator',
    tag,
    state: { status: 'ok', row: first },
    role: o.role,
    name: o.name ?? names[0] ?? '',
    label: names[0] ?? '',
    areas: names.map((name, i) => ({
      name,
      row: first + i,
      observations: ObservationList.of(
        Object.entries(o.areas[name]).map(([key, raw], c) => {
          const r = read(raw);
          return {
            period: period(key),
            header: key,
            cell: cellRef(sheet, first + i, 3 + c),
            read: r,
            value: valueOf(r),
          };
        }),
      ),
    })),
    notes: o.notes ?? [],
  };
}
