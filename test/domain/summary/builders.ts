/** Small hand-made builders for summary tests (no dependency on framework/, calc/ or validate/ code). */
import type {
  ComparatorFigure,
  MeasureFigures,
  Point,
  RecordStats,
  SpcFigures,
} from '../../../src/domain/calc/types';
import type {
  EvidenceNote,
  Framework,
  Kloe,
  Measure,
  MeasureSettings,
} from '../../../src/domain/framework/types';
import { cellRef } from '../../../src/domain/grid';
import type { CellRef } from '../../../src/domain/grid';
import type { Finding } from '../../../src/domain/validate/types';
import { buildSummaryModel } from '../../../src/domain/summary/model';
import type { SummaryModel } from '../../../src/domain/summary/types';

export function kloe(id: string, title = `Title of ${id}`, question = `Question of ${id}?`): Kloe {
  return { id, title, question };
}

export function measure(id: string, over: Partial<Measure> = {}): Measure {
  return {
    id,
    name: `Measure ${id}`,
    kloes: ['K04'],
    unit: 'percent',
    polarity: 'lower',
    frequency: 'monthly',
    source: 'national',
    derived: false,
    custom: false,
    ...over,
  };
}

export function framework(over: Partial<Framework> = {}): Framework {
  return {
    kloes: [
      kloe('K00', 'Context and demand'),
      kloe('K04', 'Stability and safety'),
      kloe('K10', 'Corporate parenting and voice'),
    ],
    measures: [],
    settings: {},
    evidence: [],
    defaults: { tolerance: 5, stableBand: 0.5, caseloadThreshold: 25, smallDenominator: 10 },
    ...over,
  };
}

export function point(
  period: string,
  label: string,
  value: number,
  numerator: number | null = null,
  denominator: number | null = null,
): Point {
  return { period, label, value, numerator, denominator };
}

export function comparator(
  value: number,
  gap: number | null,
  versus: ComparatorFigure['versus'] = null,
): ComparatorFigure {
  return { value, source: 'workbook', versus, gap };
}

export function records(over: Partial<RecordStats> = {}): RecordStats {
  return {
    count: 48,
    total: 150,
    mean: 3.1,
    median: 2,
    shareAtLeast3: 25,
    topTenthShare: 41,
    skipped: 0,
    ...over,
  };
}

export function figures(measureId: string, over: Partial<MeasureFigures> = {}): MeasureFigures {
  return {
    measureId,
    tagIds: [`t-${measureId}`],
    latest: point('2025-03', 'Mar-25', 12.1),
    previous: point('2025-02', 'Feb-25', 11.2),
    sameLastYear: null,
    change: 0.9,
    relativeChange: 8,
    changeOnYear: null,
    direction: 'worsening',
    target: 9,
    tolerance: 5,
    rag: 'red',
    comparators: { england: comparator(10, 2.1, 'worse'), statNeighbours: null, region: null },
    ratePer10k: null,
    ytd: null,
    rolling12: null,
    records: null,
    trend: [10, 11, 11.2, 12.1],
    trendPeriods: [],
    notes: [],
    source: cellRef('Monthly data', 12, 6),
    ...over,
  };
}

/**
 * SPC figures by hand: 13 monthly points from April 2024, mean 10, limits 7 and 13; the latest point is
 * special (its variation is given) as the last of seven above the mean, so it reads 'seven months above
 * the usual level'.
 */
export function spc(over: Partial<SpcFigures> = {}): SpcFigures {
  const variation = over.variation ?? 'commonCause';
  const special = variation !== 'commonCause';
  const values = [9, 10.5, 9, 10.5, 9, 10.5, 11, 11, 11, 11, 11, 11, special ? 11 : 9];
  return {
    points: values.length,
    mean: 10,
    lowerLimit: 7,
    upperLimit: 13,
    variation,
    assurance: null,
    provisional: true,
    movingRangeMean: 3 / 2.66,
    lowerTwoSigma: 8,
    upperTwoSigma: 12,
    chartPoints: () =>
      values.map((value, i) => {
        const month = ((3 + i) % 12) + 1;
        const year = 2024 + Math.floor((3 + i) / 12);
        const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
        const shift = special && i >= 6;
        return {
          period: `${year}-${String(month).padStart(2, '0')}`,
          label: `${names[month - 1]}-${String(year % 100)}`,
          value,
          rules: shift ? ['shift'] : [],
          variation: shift ? variation : 'commonCause',
        };
      }),
    baseline: null,
    ...over,
  };
}

export function finding(over: Partial<Finding> = {}): Finding {
  return { ruleId: 'values.text', severity: 'warning', message: 'Something is wrong', ...over };
}

export function note(kloeId: string, text: string, date?: string): EvidenceNote {
  return date ? { kloeId, text, date } : { kloeId, text };
}

export function at(sheet: string, row: number, col: number): CellRef {
  return cellRef(sheet, row, col);
}

export function model(
  fw: Framework,
  figs: readonly MeasureFigures[],
  findings: readonly Finding[] = [],
  title?: string,
): SummaryModel {
  return buildSummaryModel({
    framework: fw,
    figures: figs,
    findings,
    asAt: '2025-03-31',
    producedAt: '2025-04-02T13:05:00Z',
    workbookName: 'Council PMF 2024-25.xlsx',
    title,
  });
}

export function settings(over: MeasureSettings): MeasureSettings {
  return over;
}
