/**
 * An in-memory PmfService with realistic data: a small framework, tags in every state, figures and findings.
 * Component tests drive the pane with it; the browser harness can use it as a stand-in workbook.
 *
 * It records every call (`calls`), can be told to fail the next call of a method (`failNext`), and can hold
 * `writeSummary` half-way (`holdSummary`) so progress can be observed.
 */
import { cellRef, type CellRef } from '../../domain/grid';
import type { Framework, Measure, Polarity } from '../../domain/framework/types';
import type { Period } from '../../domain/periods/types';
import { addMonths, periodFromKey } from '../../domain/calc/periodKeys';
import { measureSpc } from '../../domain/calc/spc';
import type { BrokenTagRow, Tag } from '../../domain/tags/types';
import { duplicateTagMessage } from '../../domain/tags/duplicates';
import type { MeasureFigures } from '../../domain/calc/types';
import type { Finding } from '../../domain/validate/types';
import type { SummaryModel } from '../../domain/summary/types';
import type {
  PmfService,
  Progress,
  RemovedTags,
  SelectionInfo,
  SheetChange,
  SheetSuggestion,
  SummaryWriteResult,
  TablePreview,
  TableTagRequest,
  TagListItem,
  TagRequest,
  WorkbookState,
} from '../../excel/operations-types';

type MethodName = keyof PmfService;

export interface FakeCall {
  readonly method: MethodName;
  readonly args: readonly unknown[];
}

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string, message = `Excel error: ${code}`): Error & { code: string } {
  const error = new Error(message) as Error & { code: string };
  error.name = 'RichApi.Error';
  error.code = code;
  return error;
}

function measure(
  id: string,
  name: string,
  kloes: string[],
  unit: Measure['unit'],
  polarity: Measure['polarity'],
  frequency: Measure['frequency'],
  extra: Partial<Measure> = {},
): Measure {
  return {
    id,
    name,
    kloes,
    unit,
    polarity,
    frequency,
    source: 'national',
    derived: false,
    custom: false,
    ...extra,
  };
}

export function sampleFramework(): Framework {
  return {
    kloes: [
      {
        id: 'K00',
        title: 'Context and demand',
        question: 'How many children are in our care, who are they, and how is demand changing?',
      },
      {
        id: 'K03',
        title: 'Health and wellbeing',
        question: 'How good are the physical, mental and emotional health and wellbeing of children in care?',
      },
      {
        id: 'K04',
        title: 'Stability and safety',
        question:
          "How stable and safe are children's lives while in care, including going missing and living far from home?",
      },
      {
        id: 'K08',
        title: 'Care leavers',
        question:
          'How well are young people leaving care supported into safe homes, education, employment and training?',
      },
      {
        id: 'K10',
        title: 'Corporate parenting and voice',
        question:
          "Do elected members understand and fulfil their role as corporate parents, and are children's views heard and acted on?",
      },
    ],
    measures: [
      measure(
        'D01',
        'Children looked after per 10,000 children',
        ['K00'],
        'rate10k',
        'contextual',
        'monthly',
        {
          england: { value: 67, year: '2025' },
          derived: true,
        },
      ),
      measure('D02', 'Number of children looked after', ['K00'], 'count', 'contextual', 'monthly', {
        england: { value: 81770, year: '2025' },
      }),
      measure('H01', 'Annual health assessment up to date', ['K03'], 'percent', 'higher', 'monthly', {
        source: 'local',
        numerator: 'Children with an up-to-date health assessment',
        denominator: 'Children looked after for 12 months or more',
      }),
      measure('H02', 'Dental check up to date', ['K03'], 'percent', 'higher', 'monthly', { source: 'local' }),
      measure(
        'S01',
        'Children with three or more placements in the last 12 months',
        ['K04'],
        'percent',
        'lower',
        'monthly',
        { england: { value: 10, year: '2024' } },
      ),
      measure('M02', 'Missing incidents', ['K04'], 'count', 'lower', 'monthly', {
        england: { value: 86900, year: '2025' },
      }),
      measure(
        'M04',
        'Children who went missing three or more times',
        ['K04'],
        'percent',
        'lower',
        'quarterly',
        {
          derived: true,
          source: 'local',
        },
      ),
      measure(
        'C02',
        'Care leavers aged 19-21 in education, employment or training',
        ['K08'],
        'percent',
        'higher',
        'monthly',
      ),
      measure(
        'Q01',
        'Looked after reviews held in timescale',
        ['K10', 'K04'],
        'percent',
        'higher',
        'monthly',
        {
          source: 'local',
        },
      ),
    ],
    settings: {
      H01: { target: 90, tolerance: 5, comment: 'Health assessments recovering after the winter backlog.' },
      S01: { target: 9 },
      C02: { target: 60, action: 'Virtual school to review EET offer with the leaving care team.' },
    },
    evidence: [
      { kloeId: 'K10', text: 'Children in Care Council attended the March Panel.', date: '2025-03-12' },
    ],
    defaults: { tolerance: 5, stableBand: 0.5, caseloadThreshold: 18, smallDenominator: 10 },
    population: 61250,
    asAt: '2025-03-31',
  };
}

const CREATED = '2025-02-03T10:15:00.000Z';

export function sampleTags(): TagListItem[] {
  const items: TagListItem[] = [
    {
      tag: {
        id: 't-d02',
        kind: 'row',
        role: 'value',
        measureId: 'D02',
        sheet: 'Monthly',
        row: 5,
        label: 'Number of CLA',
        created: CREATED,
      },
      state: { status: 'ok', row: 5 },
    },
    {
      tag: {
        id: 't-h01n',
        kind: 'row',
        role: 'numerator',
        measureId: 'H01',
        sheet: 'Monthly',
        row: 11,
        label: 'Health assessment in date',
        created: CREATED,
      },
      state: { status: 'moved', row: 12, from: 11 },
    },
    {
      tag: {
        id: 't-h01d',
        kind: 'row',
        role: 'denominator',
        measureId: 'H01',
        sheet: 'Monthly',
        row: 13,
        label: 'CLA 12 months+',
        created: CREATED,
      },
      state: { status: 'ok', row: 13 },
    },
    {
      tag: {
        id: 't-s01',
        kind: 'row',
        role: 'value',
        measureId: 'S01',
        sheet: 'Monthly',
        row: 20,
        label: '3+ placements (%)',
        created: CREATED,
      },
      state: { status: 'labelChanged', row: 20, label: '3+ placements in 12 months (%)' },
    },
    {
      tag: {
        id: 't-m02',
        kind: 'row',
        role: 'value',
        measureId: 'M02',
        sheet: 'Monthly',
        row: 30,
        label: 'Missing incidents',
        created: CREATED,
      },
      state: { status: 'rowGone', message: "No row labelled 'Missing incidents' on 'Monthly' any more." },
    },
    {
      tag: {
        id: 't-q01',
        kind: 'row',
        role: 'value',
        measureId: 'Q01',
        sheet: 'Quarterly',
        row: 7,
        label: 'Reviews in timescale',
        created: CREATED,
      },
      state: { status: 'ambiguous', rows: [7, 19] },
    },
    {
      tag: {
        id: 't-c02',
        kind: 'row',
        role: 'value',
        measureId: 'C02',
        sheet: 'Care leavers 2023',
        row: 8,
        label: 'EET 19-21',
        created: CREATED,
      },
      state: { status: 'sheetGone' },
    },
    {
      tag: {
        id: 't-m04',
        kind: 'column',
        role: 'records',
        measureId: 'M04',
        sheet: 'Missing episodes',
        column: 4,
        firstRow: 3,
        lastRow: 120,
        label: 'Episodes',
        created: CREATED,
      },
      state: { status: 'ok', row: 3 },
    },
  ];
  return items;
}

export function sampleBrokenRows(): BrokenTagRow[] {
  return [
    {
      sheetRow: 10,
      cells: ['t-x99', 'X99', 'Monthly', 41, 'value'],
      message: "Row 10 of the tag sheet names measure 'X99', which is not in the framework.",
    },
  ];
}

function emptyFigures(measureId: string): MeasureFigures {
  return {
    measureId,
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
  };
}

function month(key: string, label: string) {
  const [y, m] = key.split('-').map(Number);
  const end = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { kind: 'month' as const, key, start: `${key}-01`, end: `${key}-${end}`, label };
}

/** SPC of monthly values ending in March 2025, worked out by the domain as the engine does. */
function sampleSpc(values: readonly number[], polarity: Polarity, target: number) {
  const points = values.map((value, i) => ({
    period: periodFromKey(addMonths('2025-03', i - values.length + 1) as string) as Period,
    value,
  }));
  const r = measureSpc({ points, polarity, target, tolerance: 5 });
  return { spc: r.spc, spcPoints: r.points };
}

export function sampleFigures(): MeasureFigures[] {
  const periods = [
    month('2024-10', 'Oct-24'),
    month('2024-11', 'Nov-24'),
    month('2024-12', 'Dec-24'),
    month('2025-01', 'Jan-25'),
    month('2025-02', 'Feb-25'),
    month('2025-03', 'Mar-25'),
  ];
  return [
    {
      ...emptyFigures('D02'),
      tagIds: ['t-d02'],
      latest: {
        period: '2025-03',
        label: 'Mar-25',
        value: 412,
        numerator: null,
        denominator: null,
        cell: cellRef('Monthly', 5, 8),
      },
      previous: { period: '2025-02', label: 'Feb-25', value: 405, numerator: null, denominator: null },
      change: 7,
      relativeChange: 1.7,
      direction: 'stable',
      comparators: {
        england: { value: 81770, source: 'framework', year: '2025', versus: null, gap: null },
        statNeighbours: null,
        region: null,
      },
      ratePer10k: 67.3,
      trend: [398, 401, 399, 403, 405, 412],
      trendPeriods: periods,
      source: cellRef('Monthly', 5, 8),
    },
    {
      ...emptyFigures('H01'),
      tagIds: ['t-h01n', 't-h01d'],
      latest: {
        period: '2025-03',
        label: 'Mar-25',
        value: 92.9,
        numerator: 79,
        denominator: 85,
        cell: cellRef('Monthly', 12, 8),
      },
      previous: { period: '2025-02', label: 'Feb-25', value: 88.1, numerator: 74, denominator: 84 },
      change: 4.8,
      relativeChange: 5.4,
      direction: 'improving',
      target: 90,
      targetSource: { from: 'setting' },
      tolerance: 5,
      rag: 'green',
      comparators: {
        england: null,
        statNeighbours: { value: 89.5, source: 'setting', versus: 'better', gap: 3.4 },
        region: {
          value: 91,
          source: 'workbook',
          versus: 'similar',
          gap: 1.9,
          cell: cellRef('Monthly', 12, 10),
        },
      },
      trend: [85.2, 86, null, 87.5, 88.1, 92.9],
      trendPeriods: periods,
      spc: null,
      spcPoints: 9,
      source: cellRef('Monthly', 12, 8),
    },
    {
      ...emptyFigures('S01'),
      tagIds: ['t-s01'],
      latest: { period: '2025-03', label: 'Mar-25', value: 11.4, numerator: null, denominator: null },
      previous: { period: '2025-02', label: 'Feb-25', value: 10.2, numerator: null, denominator: null },
      change: 1.2,
      relativeChange: 11.8,
      direction: 'worsening',
      target: 9,
      // The officer's setting (9%) wins over the sheet's Target column (10%).
      targetSource: { from: 'setting', sheet: { value: 10, cell: cellRef('Monthly', 20, 17) } },
      tolerance: 5,
      rag: 'red',
      comparators: {
        england: { value: 10, source: 'framework', year: '2024', versus: 'worse', gap: 1.4 },
        statNeighbours: null,
        region: null,
      },
      trend: [9.8, 10, 10.1, 10.2, 10.2, 11.4],
      trendPeriods: periods,
      ...sampleSpc(
        [
          9.2, 9.8, 9.1, 9.7, 9.3, 9.6, 9.0, 9.6, 9.4, 9.7, 9.1, 9.5, 9.2, 9.9, 9.8, 10, 10.1, 10.2, 10.2,
          11.4,
        ],
        'lower',
        9,
      ),
      notes: [{ code: 'smallNumbers', text: 'Fewer than 10 children in the denominator in Mar-25.' }],
      source: cellRef('Monthly', 20, 8),
    },
    {
      ...emptyFigures('M04'),
      tagIds: ['t-m04'],
      latest: { period: '2025-03', label: 'Mar-25', value: 27.3, numerator: 12, denominator: 44 },
      records: {
        count: 44,
        total: 163,
        mean: 3.7,
        median: 2,
        shareAtLeast3: 27.3,
        topTenthShare: 41.1,
        skipped: 2,
      },
      notes: [{ code: 'estimated', text: '2 records were unreadable and left out.' }],
      source: cellRef('Missing episodes', 3, 4),
    },
  ];
}

export function sampleFindings(): Finding[] {
  return [
    {
      ruleId: 'tags.sheetGone',
      severity: 'error',
      message: "C02: the sheet 'Care leavers 2023' no longer exists.",
      measureId: 'C02',
      tagId: 't-c02',
    },
    {
      ruleId: 'values.errorCell',
      severity: 'error',
      message: "H01: 'Monthly'!G12 holds #DIV/0! instead of a number.",
      measureId: 'H01',
      tagId: 't-h01n',
      cell: cellRef('Monthly', 12, 7),
    },
    {
      ruleId: 'values.suppressed',
      severity: 'warning',
      message: "S01: 'Monthly'!F20 is suppressed ('c').",
      measureId: 'S01',
      tagId: 't-s01',
      cell: cellRef('Monthly', 20, 6),
    },
    {
      ruleId: 'smallNumbers',
      severity: 'warning',
      message: "H01: denominator of 8 at 'Monthly'!D13 is under 10.",
      measureId: 'H01',
      cell: cellRef('Monthly', 13, 4),
    },
    {
      ruleId: 'coverage.noTarget',
      severity: 'info',
      message: 'D02 has no target.',
      measureId: 'D02',
    },
    {
      ruleId: 'coverage.kloeEmpty',
      severity: 'info',
      message: 'K08 Care leavers has no measure with data and no evidence.',
      kloeId: 'K08',
    },
  ];
}

export function sampleSelection(): SelectionInfo {
  return {
    sheet: 'Monthly',
    row: 14,
    column: 2,
    address: 'B14',
    rowCount: 1,
    label: 'Dental checks in date',
    headerRow: 3,
    periods: ['Oct-24', 'Nov-24', 'Dec-24', 'Jan-25', 'Feb-25', 'Mar-25'],
    latest: { label: 'Mar-25', value: 0.871, text: '87.1%' },
    tagIds: [],
    suggestions: [
      { measureId: 'H02', score: 0.92 },
      { measureId: 'H01', score: 0.41 },
    ],
    refusal: null,
  };
}

function emptySummaryModel(asAt: string, workbookName: string): SummaryModel {
  return {
    title: 'Corporate Parenting Panel: performance summary',
    asAt,
    producedAt: '2025-04-02T09:00:00.000Z',
    workbookName,
    sections: [],
    findings: [],
    definitions: [],
    frontPage: {
      measures: 0,
      rag: { green: 0, amber: 0, red: 0, none: 0 },
      direction: { improving: 0, worsening: 0, stable: 0, none: 0 },
      variation: { commonCause: 0, improvement: 0, concern: 0, neutralHigh: 0, neutralLow: 0, none: 0 },
      attention: [],
      unevidencedKloes: [],
      openErrors: 0,
      openWarnings: 0,
    },
  };
}

export interface FakeServiceOptions {
  readonly delayMs?: number;
  readonly selection?: SelectionInfo | null;
  readonly workbookName?: string;
  /** The summary goes to another name, as when the user has a sheet called 'PMF Summary'. */
  readonly summaryNameTaken?: boolean;
}

/** A selection in an authority's own missing log: headers of its own, for the officer to map. */
export function sampleTableSelection(): SelectionInfo {
  return {
    sheet: 'Missing log',
    row: 8,
    column: 2,
    address: 'B8',
    rowCount: 1,
    label: 'YP-0042',
    headerRow: null,
    periods: [],
    latest: null,
    tagIds: [],
    suggestions: [],
    refusal: null,
    table: {
      recognised: null,
      complete: false,
      headerRow: 3,
      range: 'A3:E120',
      headers: [
        { text: 'Young person ID', column: 1 },
        { text: 'Date of birth', column: 2 },
        { text: 'Reported missing', column: 3 },
        { text: 'Returned', column: 4 },
        { text: 'Type', column: 5 },
      ],
    },
  };
}

/** What previewTable gives by default: the missing measures of a log of 117 incidents. */
export function sampleTablePreview(request: TableTagRequest): TablePreview {
  const year = { period: '2024/25', label: '2024/25' };
  const text = "the missing table ('Missing log'!A3:E120)";
  const derivedFrom = { source: request.source, sheet: request.sheet, range: 'A3:E120', text };
  const note = { code: 'derived' as const, text: `Derived from ${text}.` };
  const repeat =
    '41 children went missing 96 times; 9 of them three or more times; the most frequently missing 5 children ' +
    'account for 48% of incidents. 7 away incidents are not counted as missing.';
  const point = (value: number, numerator: number | null, denominator: number | null) => ({
    ...year,
    value,
    numerator,
    denominator,
  });
  return {
    sheet: request.sheet,
    source: request.source,
    table: text,
    error: null,
    rows: 117,
    leftOut: 1,
    figures: [
      {
        ...emptyFigures('M01'),
        tagIds: ['preview'],
        latest: point(41, null, null),
        notes: [note],
        derivedFrom,
      },
      {
        ...emptyFigures('M02'),
        tagIds: ['preview'],
        latest: point(96, null, null),
        notes: [note],
        derivedFrom,
      },
      {
        ...emptyFigures('M04'),
        tagIds: ['preview'],
        latest: point(22, 9, 41),
        notes: [note, { code: 'repeatMissing', text: repeat }],
        derivedFrom,
      },
    ],
    findings: [
      {
        ruleId: 'table-unreadable-date',
        severity: 'error',
        message:
          "1 row of the 903 missing table on 'Missing log' has a MIS_START that cannot be read as a date: 'unknown' (C57). It is left out of every figure.",
        cell: cellRef('Missing log', 57, 3),
      },
    ],
  };
}

/** Rows of the fake 'Monthly' sheet the add-in would propose to tag. */
export function sampleSheetSuggestions(): SheetSuggestion[] {
  return [
    {
      sheet: 'Monthly',
      row: 21,
      label: 'Annual health assessments',
      sectionHeading: 'Health',
      measureId: 'H01',
      score: 0.81,
      role: 'value',
    },
    {
      sheet: 'Monthly',
      row: 22,
      label: 'Dental checks',
      sectionHeading: 'Health',
      measureId: 'H02',
      score: 0.74,
      role: 'value',
    },
    {
      sheet: 'Monthly',
      row: 23,
      label: 'No. of missing episodes',
      sectionHeading: 'Missing',
      measureId: 'M02',
      score: 0.46,
      role: 'value',
    },
  ];
}

export class FakePmfService implements PmfService {
  readonly calls: FakeCall[] = [];
  framework: Framework = sampleFramework();
  tags: TagListItem[] = sampleTags();
  brokenTagRows: BrokenTagRow[] = sampleBrokenRows();
  figures: MeasureFigures[] = sampleFigures();
  findings: Finding[] = sampleFindings();
  selection: SelectionInfo | null;
  sheetNames: string[] = ['Monthly', 'Quarterly', 'Missing episodes', 'PMF Summary'];
  settingsProblems: string[] = [];
  sheetSuggestions: SheetSuggestion[] = sampleSheetSuggestions();
  /** What previewTable answers (a missing log's figures by default). */
  tablePreview: (request: TableTagRequest) => TablePreview = sampleTablePreview;
  private readonly failures = new Map<MethodName, unknown[]>();
  private readonly removedStates = new Map<string, TagListItem['state']>();
  private readonly listeners = new Set<() => void>();
  private readonly watchers = new Set<{
    sheets: readonly string[];
    callback: (change: SheetChange) => void;
  }>();
  private gate: Promise<void> | null = null;
  private nextId = 1;

  constructor(private readonly options: FakeServiceOptions = {}) {
    this.selection = options.selection === undefined ? sampleSelection() : options.selection;
  }

  /** The next call of `method` rejects with `error` (queued: call repeatedly for several failures). */
  failNext(method: MethodName, error: unknown): this {
    const queue = this.failures.get(method) ?? [];
    queue.push(error);
    this.failures.set(method, queue);
    return this;
  }

  /** Holds writeSummary after its first progress report until the returned function is called. */
  holdSummary(): () => void {
    let release: () => void = () => undefined;
    this.gate = new Promise<void>((resolve) => {
      release = () => {
        this.gate = null;
        resolve();
      };
    });
    return release;
  }

  /** Simulates the user selecting other cells. */
  setSelection(selection: SelectionInfo | null): void {
    this.selection = selection;
    for (const listener of [...this.listeners]) listener();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  callsOf(method: MethodName): readonly unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => [...c.args]);
  }

  private async enter(method: MethodName, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    if (this.options.delayMs) await new Promise((r) => setTimeout(r, this.options.delayMs));
    else await Promise.resolve();
    const queue = this.failures.get(method);
    if (queue && queue.length > 0) throw queue.shift();
  }

  async load(asAt?: string): Promise<WorkbookState> {
    await this.enter('load', [asAt]);
    return {
      workbookName: this.options.workbookName ?? 'CLA performance 2024-25.xlsx',
      sheetNames: [...this.sheetNames],
      framework: this.framework,
      settingsProblems: [...this.settingsProblems],
      tags: [...this.tags],
      brokenTagRows: [...this.brokenTagRows],
      figures: [...this.figures],
      findings: [...this.findings],
      asAt: asAt ?? this.framework.asAt ?? '2025-03-31',
    };
  }

  async describeSelection(): Promise<SelectionInfo | null> {
    await this.enter('describeSelection', []);
    return this.selection;
  }

  async onSelectionChanged(callback: () => void): Promise<() => void> {
    await this.enter('onSelectionChanged', []);
    this.listeners.add(callback);
    return () => {
      this.listeners.delete(callback);
    };
  }

  async onSheetsChanged(
    sheets: readonly string[],
    callback: (change: SheetChange) => void,
  ): Promise<() => void> {
    await this.enter('onSheetsChanged', [sheets]);
    const watcher = { sheets, callback };
    this.watchers.add(watcher);
    return () => {
      this.watchers.delete(watcher);
    };
  }

  /** Simulates cells of a sheet changing in Excel (the user typing, a co-author). */
  changeCells(sheet: string, address: string): void {
    for (const w of [...this.watchers])
      if (w.sheets.includes(sheet)) w.callback({ sheet, address, source: 'Local' });
  }

  /** The sheets being watched for changes now. */
  get watchedSheets(): readonly string[] {
    return [...new Set([...this.watchers].flatMap((w) => w.sheets))].sort();
  }

  async tag(request: TagRequest): Promise<Tag> {
    await this.enter('tag', [request]);
    return this.addTag(request);
  }

  async suggestSheet(sheet: string): Promise<readonly SheetSuggestion[]> {
    await this.enter('suggestSheet', [sheet]);
    if (!this.sheetNames.includes(sheet)) throw officeError('ItemNotFound', `Sheet ${sheet} not found`);
    const tagged = new Set(
      this.tags
        .filter((t) => t.tag.kind === 'row')
        .map((t) => `${t.tag.sheet}!${'row' in t.tag ? t.tag.row : ''}`),
    );
    return this.sheetSuggestions.filter((s) => s.sheet === sheet && !tagged.has(`${s.sheet}!${s.row}`));
  }

  async tagMany(requests: readonly TagRequest[]): Promise<readonly Tag[]> {
    await this.enter('tagMany', [requests]);
    // All or nothing, as the real write is one range.
    for (const r of requests) {
      if (r.kind !== 'table' && !this.framework.measures.some((m) => m.id === r.measureId))
        throw new Error(`Unknown measure '${r.measureId}'.`);
    }
    return requests.map((r) => this.addTag(r));
  }

  private addTag(request: TagRequest): Tag {
    const id = `t-new${this.nextId++}`;
    const created = new Date().toISOString();
    if (request.kind === 'table') return this.addTableTag(request, id, created);
    if (!this.framework.measures.some((m) => m.id === request.measureId)) {
      throw new Error(`Unknown measure '${request.measureId}'.`);
    }
    const name = request.name?.trim();
    const details = name ? { details: { name } } : {};
    const tag: Tag =
      request.kind === 'row'
        ? {
            id,
            kind: 'row',
            role: request.role,
            measureId: request.measureId,
            sheet: request.sheet,
            row: request.row,
            ...(request.lastRow !== undefined ? { lastRow: request.lastRow } : {}),
            label: this.selection?.label ?? '',
            created,
            ...details,
          }
        : request.kind === 'column'
          ? {
              id,
              kind: 'column',
              role: request.role ?? 'records',
              measureId: request.measureId,
              sheet: request.sheet,
              column: request.column,
              firstRow: request.firstRow,
              lastRow: request.lastRow,
              label: this.selection?.label ?? '',
              created,
              ...details,
            }
          : {
              id,
              kind: 'column',
              role: request.role,
              measureId: request.measureId,
              sheet: request.sheet,
              column: typeof request.column === 'number' ? request.column : 1,
              firstRow: request.firstRow ?? 2,
              lastRow: request.lastRow ?? 2,
              label: this.selection?.label ?? '',
              created,
              details: {
                ...(name ? { name } : {}),
                periodColumn: { column: request.periodColumn, header: request.periodColumn },
                ...(request.where?.length
                  ? {
                      where: request.where.map((w) => ({
                        column: w.column,
                        header: w.column,
                        values: w.values,
                      })),
                    }
                  : {}),
                ...(request.by ? { by: { column: request.by, header: request.by } } : {}),
              },
            };
    // As the real service: a tag repeating one already there is refused.
    const repeated = this.tags.find(
      (t) =>
        t.tag.sheet === tag.sheet &&
        t.tag.kind === tag.kind &&
        t.tag.measureId === tag.measureId &&
        t.tag.role === tag.role &&
        (tag.kind === 'row'
          ? 'row' in t.state && t.state.row === tag.row
          : t.tag.kind === 'column' &&
            t.tag.column === tag.column &&
            t.tag.firstRow <= tag.lastRow &&
            tag.firstRow <= t.tag.lastRow),
    );
    if (repeated) throw new Error(duplicateTagMessage(tag, repeated.tag));
    this.tags = [
      ...this.tags,
      { tag, state: { status: 'ok', row: tag.kind === 'row' ? tag.row : tag.firstRow } },
    ];
    if (this.selection && this.selection.sheet === request.sheet) {
      this.selection = { ...this.selection, tagIds: [...this.selection.tagIds, id] };
    }
    return tag;
  }

  /** A table tag as the real service makes it (its columns under their 903 names, or as mapped). */
  private addTableTag(request: TableTagRequest, id: string, created: string): Tag {
    const headerRow = this.selection?.table?.headerRow ?? 1;
    const columns: Record<string, string> = {};
    for (const h of this.selection?.table?.headers ?? []) {
      const field = Object.entries(request.map ?? {}).find(([, header]) => header === h.text)?.[0] ?? h.text;
      columns[field] = String.fromCharCode(64 + h.column);
    }
    const tag: Tag = {
      id,
      kind: 'table',
      measureId: '',
      sheet: request.sheet,
      label: `903 ${request.source} table`,
      created,
      details: {
        table: {
          source: request.source,
          ...(request.range ? { range: request.range } : {}),
          headerRow,
          columns,
          ...(request.map ? { map: request.map } : {}),
          ...(request.values ? { values: request.values } : {}),
        },
      },
    };
    this.tags = [...this.tags, { tag, state: { status: 'ok', row: headerRow } }];
    if (this.selection && this.selection.sheet === request.sheet) {
      this.selection = { ...this.selection, tagIds: [...this.selection.tagIds, id] };
    }
    return tag;
  }

  async previewTable(request: TableTagRequest, asAt?: string): Promise<TablePreview> {
    await this.enter('previewTable', [request, asAt]);
    return this.tablePreview(request);
  }

  async untag(tagId: string): Promise<RemovedTags> {
    await this.enter('untag', [tagId]);
    return this.removeTags([tagId]);
  }

  async untagMany(tagIds: readonly string[]): Promise<RemovedTags> {
    await this.enter('untagMany', [tagIds]);
    return this.removeTags(tagIds);
  }

  /** As the real service: all or nothing; each removed tag with its place, and its state kept for Undo. */
  private removeTags(tagIds: readonly string[]): RemovedTags {
    for (const id of tagIds) if (!this.tags.some((t) => t.tag.id === id)) throw new Error(`No tag '${id}'.`);
    const removed = this.tags
      .map((item, index) => ({ tag: item.tag, index }))
      .filter((r) => tagIds.includes(r.tag.id));
    for (const r of removed) this.removedStates.set(r.tag.id, this.tags[r.index].state);
    this.tags = this.tags.filter((t) => !tagIds.includes(t.tag.id));
    if (this.selection)
      this.selection = {
        ...this.selection,
        tagIds: this.selection.tagIds.filter((t) => !tagIds.includes(t)),
      };
    return removed;
  }

  async restoreTags(removed: RemovedTags): Promise<void> {
    await this.enter('restoreTags', [removed]);
    const tags = [...this.tags];
    for (const { tag, index } of [...removed].sort((a, b) => a.index - b.index)) {
      if (tags.some((t) => t.tag.id === tag.id)) continue;
      const state = this.removedStates.get(tag.id) ?? {
        status: 'ok' as const,
        row: tag.kind === 'row' ? tag.row : tag.kind === 'table' ? tag.details.table.headerRow : tag.firstRow,
      };
      tags.splice(Math.min(index, tags.length), 0, { tag, state });
      if (
        this.selection &&
        'row' in state &&
        tag.sheet === this.selection.sheet &&
        state.row === this.selection.row
      )
        this.selection = { ...this.selection, tagIds: [...this.selection.tagIds, tag.id] };
    }
    this.tags = tags;
  }

  async saveFramework(framework: Framework): Promise<void> {
    await this.enter('saveFramework', [framework]);
    this.framework = framework;
  }

  async writeSummary(asAt: string, onProgress?: (p: Progress) => void): Promise<SummaryWriteResult> {
    await this.enter('writeSummary', [asAt]);
    onProgress?.({ step: 'Reading tagged rows', fraction: 0.2 });
    if (this.gate) await this.gate;
    onProgress?.({ step: 'Writing the summary sheet', fraction: 0.7 });
    await Promise.resolve();
    onProgress?.({ step: 'Done', fraction: 1 });
    const taken = this.options.summaryNameTaken ?? false;
    return {
      sheetName: taken ? 'PMF Summary (2)' : 'PMF Summary',
      frontPageSheetName: 'PMF Front page',
      renamedBecauseTaken: taken,
      measures: this.figures.length,
      findings: this.findings.length,
      errors: this.findings.filter((f) => f.severity === 'error').length,
      model: emptySummaryModel(asAt, this.options.workbookName ?? 'CLA performance 2024-25.xlsx'),
    };
  }

  async select(cell: CellRef): Promise<void> {
    await this.enter('select', [cell]);
    if (!this.sheetNames.includes(cell.sheet))
      throw officeError('ItemNotFound', `Sheet ${cell.sheet} not found`);
  }
}
