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
  /**
   * The canonical key of the period the comparator's figure is for ('2024/25'), when it comes from a series
   * (a comparator row or a long table); absent for a single number (a column cell, a setting, the catalogue).
   */
  readonly period?: string;
  /** The period's label as shown ('2024/25', 'Mar-25'), with `period`. */
  readonly periodLabel?: string;
  /** Statistical neighbours only: worked out as the mean of this many tagged peers (no average row). */
  readonly from?: number;
}

/** A comparator the officer named ('All children in the county'), shown beside the standard three. */
export interface NamedComparatorFigure extends ComparatorFigure {
  readonly name: string;
}

/** Our position among us and our tagged peers for our latest period: 1 = best (polarity-aware). */
export interface Rank {
  readonly position: number;
  /** Us and the peers with a figure for the period. */
  readonly of: number;
  readonly quartile: 1 | 2 | 3 | 4;
  /** Canonical key of the period ranked. */
  readonly period: string;
}

/**
 * Statistical process control (an XmR chart, as NHS England's Making Data Count reads it): is the latest
 * point a special cause, and will the target be reliably met?
 */
export type SpcVariation = 'commonCause' | 'improvement' | 'concern' | 'neutralHigh' | 'neutralLow';
export type SpcAssurance = 'pass' | 'fail' | 'hitAndMiss';

export interface SpcFigures {
  /** Points used (periods with a figure, from the baseline on). */
  readonly points: number;
  readonly mean: number;
  readonly lowerLimit: number;
  readonly upperLimit: number;
  /** Of the latest point. */
  readonly variation: SpcVariation;
  /** Null without a target or for context-only measures. */
  readonly assurance: SpcAssurance | null;
  /** 12 to 19 points: shown, but provisional. */
  readonly provisional: boolean;
  /*
   * The chart behind the figures. calc/spc always gives them; they are optional so that SPC figures written
   * by hand (the seven above) stay valid.
   */
  /** Mean of the moving ranges |x(i) - x(i-1)| of consecutive points (the limits are mean ± 2.66 × this). */
  readonly movingRangeMean?: number;
  /** The two-sigma lines: mean ± (2/3) × 2.66 × movingRangeMean. */
  readonly lowerTwoSigma?: number;
  readonly upperTwoSigma?: number;
  /**
   * Every point used, oldest first, with the rules that make it a special cause (for the chart and the words
   * of a special cause). Worked out on the first call and kept: a refresh needs only the latest point's
   * reading of every measure, and a point object per period was most of SPC's cost.
   */
  readonly chartPoints?: () => readonly SpcPoint[];
  /** Canonical key of the baseline period the officer set, when one is set (points before it are left out). */
  readonly baseline?: string | null;
}

/** SPC figures with the chart behind them, as calc/spc gives them. */
export type SpcChartFigures = SpcFigures &
  Required<Pick<SpcFigures, 'movingRangeMean' | 'lowerTwoSigma' | 'upperTwoSigma' | 'chartPoints'>>;

/**
 * The rules of special cause, as calc/spc applies them: a point beyond a process limit; one of a run of 7 or
 * more on one side of the mean; one of 7 or more each higher (or each lower) than the one before; two of
 * three on one side beyond the two-sigma line.
 */
export type SpcRule = 'outsideLimits' | 'shift' | 'trend' | 'twoOfThree';

export interface SpcPoint {
  /** Canonical period key and label, as on a Point. */
  readonly period: string;
  readonly label: string;
  readonly value: number;
  /** The rules it meets, in the order of SpcRule; empty for common cause. */
  readonly rules: readonly SpcRule[];
  /** commonCause, or what the special cause means for this measure (improvement, concern, neutral). */
  readonly variation: SpcVariation;
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
  | 'smallNumbers'
  | 'suppressed'
  | 'stale'
  | 'estimated'
  | 'fractionsAsPercent'
  | 'noData'
  | 'latestMissing'
  /** A comparator's figure is for another period than our latest (see ComparatorFigure.period). */
  | 'comparatorPeriod'
  /** The figures are worked out from a child-level table: which one. */
  | 'derived'
  /** M04 / M05 from a missing table: the pattern of repeat missing, in words; away incidents counted apart. */
  | 'repeatMissing'
  /** The latest year's figure counts only part of the year (a log that starts during it). */
  | 'partialYear';

/** The child-level table a measure's figures were worked out from (see src/domain/tables/). */
export interface DerivedFromFigure {
  /** The table's kind: 'episodes', 'missing', 'oc2', 'oc3', 'reviews'. */
  readonly source: string;
  readonly sheet: string;
  /** The table's range as read, header included: 'A1:M4210'. */
  readonly range: string;
  /** "the 903 episodes table ('Episodes'!A1:M4210)" */
  readonly text: string;
}

/**
 * Who goes missing, for the latest year of a missing table: "41 children went missing 173 times; 9 of them
 * three or more times; the most frequently missing 5 children account for 48% of incidents".
 */
export interface RepeatMissing {
  /** Canonical key of the year. */
  readonly period: string;
  /** Children who went missing (M incidents). */
  readonly children: number;
  readonly incidents: number;
  readonly threeOrMore: number;
  /** The most frequently missing tenth: how many children, their incidents and share (0-100; null with none). */
  readonly topChildren: number;
  readonly topIncidents: number;
  readonly topShare: number | null;
  /** Away (A) incidents in the year, counted apart, never inside the figures. */
  readonly away: number;
  /** The sentence, as the pane and the summary show it. */
  readonly text: string;
}

export interface DataNote {
  readonly code: DataNoteCode;
  readonly text: string;
}

/**
 * Where a measure's target comes from. One rule: the officer's framework setting wins when it is set;
 * otherwise the sheet's own Target column.
 */
export interface TargetSource {
  readonly from: 'setting' | 'sheet';
  /** The sheet's own target and its cell, whenever the Target column gives one (used or not). */
  readonly sheet?: { readonly value: number; readonly cell: CellRef };
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
  /** Where `target` comes from; absent or null when there is none. */
  readonly targetSource?: TargetSource | null;
  readonly tolerance: number;
  readonly rag: Rag | null;
  readonly comparators: {
    readonly england: ComparatorFigure | null;
    readonly statNeighbours: ComparatorFigure | null;
    readonly region: ComparatorFigure | null;
    /** Comparators the officer named; absent or empty when none. */
    readonly named?: readonly NamedComparatorFigure[];
  };
  /** Our rank among the tagged peers; absent or null when there are none or the measure is context only. */
  readonly rank?: Rank | null;
  /** SPC of the measure's series; absent or null with fewer than 12 points. */
  readonly spc?: SpcFigures | null;
  /**
   * Points SPC could use (periods with a figure, from the baseline on): with fewer than 12, `spc` is null and
   * this says how far short the history is ('too few points: 9 of the 12 needed').
   */
  readonly spcPoints?: number;
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
  /** The child-level table the figures were worked out from; absent or null for keyed figures. */
  readonly derivedFrom?: DerivedFromFigure | null;
  /** M01-M05 worked out from a missing table: who went missing, and the away incidents counted apart. */
  readonly repeatMissing?: RepeatMissing | null;
}
