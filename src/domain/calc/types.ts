import type { CellRef } from '../grid';
import type { Period } from '../periods/types';

export type Direction = 'improving' | 'worsening' | 'stable';
export type Rag = 'green' | 'amber' | 'red';
export type Versus = 'better' | 'worse' | 'similar';

export interface Point {
  readonly period: string;
  readonly label: string;
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly cell?: CellRef;
}

export interface ComparatorFigure {
  readonly value: number;
  /** 'workbook' (a comparator column), 'setting' (entered in the framework), 'framework' (catalogue England value). */
  readonly source: 'workbook' | 'setting' | 'framework';
  /** For framework values, the year they refer to. */
  readonly year?: string;
  /** The authority's latest value against it (polarity-aware); null for contextual measures. */
  readonly versus: Versus | null;
  /** latest - comparator, in the measure's unit (points for percentages). */
  readonly gap: number | null;
  readonly cell?: CellRef;
}

/** Child-level distribution (M04, M05) or worker-level caseloads (W02). */
export interface RecordStats {
  /** Children (or workers) with a readable value. */
  readonly count: number;
  readonly total: number;
  readonly mean: number | null;
  readonly median: number | null;
  /** Percentage (0-100) of children with 3 or more, of those with at least one. */
  readonly shareAtLeast3: number | null;
  /** Percentage (0-100) of all incidents from the most frequent tenth (at least one child). */
  readonly topTenthShare: number | null;
  readonly threshold?: number;
  /** Percentage (0-100) of records above the threshold. */
  readonly shareAbove?: number | null;
  /** Records skipped as unreadable. */
  readonly skipped: number;
}

export type DataNoteCode =
  'smallNumbers' | 'suppressed' | 'stale' | 'estimated' | 'fractionsAsPercent' | 'noData' | 'latestMissing';

export interface DataNote {
  readonly code: DataNoteCode;
  readonly text: string;
}

export interface MeasureFigures {
  readonly measureId: string;
  readonly tagIds: readonly string[];
  readonly latest: Point | null;
  readonly previous: Point | null;
  readonly sameLastYear: Point | null;
  /** latest - previous, in the unit (percentage points for percentages). */
  readonly change: number | null;
  /** (latest - previous) / previous x 100; null when previous is 0 or missing. */
  readonly relativeChange: number | null;
  readonly changeOnYear: number | null;
  readonly direction: Direction | null;
  readonly target: number | null;
  readonly tolerance: number;
  readonly rag: Rag | null;
  readonly comparators: {
    readonly england: ComparatorFigure | null;
    readonly statNeighbours: ComparatorFigure | null;
    readonly region: ComparatorFigure | null;
  };
  readonly ratePer10k: number | null;
  readonly ytd: number | null;
  readonly rolling12: number | null;
  readonly records: RecordStats | null;
  /** The last observed values, oldest first (up to 12), for the trend. */
  readonly trend: readonly (number | null)[];
  readonly trendPeriods: readonly Period[];
  readonly notes: readonly DataNote[];
  /** Where the latest figure comes from, for links. */
  readonly source: CellRef | null;
}
