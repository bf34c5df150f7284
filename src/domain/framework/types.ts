export type Unit = 'count' | 'percent' | 'rate10k' | 'ratio' | 'days' | 'score' | 'currency';
export type Polarity = 'higher' | 'lower' | 'contextual' | 'target';
export type Frequency = 'monthly' | 'quarterly' | 'termly' | 'annual';

export const UNITS: readonly Unit[] = ['count', 'percent', 'rate10k', 'ratio', 'days', 'score', 'currency'];
export const POLARITIES: readonly Polarity[] = ['higher', 'lower', 'contextual', 'target'];
export const FREQUENCIES: readonly Frequency[] = ['monthly', 'quarterly', 'termly', 'annual'];

export interface Kloe {
  readonly id: string;
  readonly title: string;
  readonly question: string;
}

export interface EnglandValue {
  readonly value: number;
  /** As the source gives it: '2025', '2023 (30 September)'. */
  readonly year: string;
}

export interface Measure {
  readonly id: string;
  readonly name: string;
  /** First KLOE is the measure's home section on the summary. */
  readonly kloes: readonly string[];
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly frequency: Frequency;
  /**
   * What the measure counts, out of what, over what period, in words a councillor reads (every catalogue
   * measure has one; a custom measure has the officer's, when given).
   */
  readonly definition?: string;
  /** Where the figures come from, in words: 'SSDA903 return (from the case system)', 'Finance ledger'. */
  readonly dataSource?: string;
  /** What the counts behind a percentage count, plural: 'children', 'young people', 'social workers'. */
  readonly counted?: string;
  readonly numerator?: string;
  readonly denominator?: string;
  readonly england?: EnglandValue;
  /** 'national' (a DfE or workforce collection) or 'local' (the authority measures it). */
  readonly source: 'national' | 'local';
  /** Worked out from other measures or from child-level records (F03, M03, M04, M05). */
  readonly derived: boolean;
  /** Plausible range, e.g. SDQ [0, 40]. */
  readonly range?: readonly [number, number];
  /** Added by the Panel (not in the default framework). */
  readonly custom: boolean;
}

/** Per-measure settings a workbook overrides. */
export interface MeasureSettings {
  readonly target?: number;
  /** Amber band, as a percentage of the target (5 = within 5% of the target). */
  readonly tolerance?: number;
  /** For threshold measures such as W02 (caseload above N). */
  readonly threshold?: number;
  /** Comparator values entered by hand, used when the workbook has no comparator column. */
  readonly england?: number;
  readonly statNeighbours?: number;
  readonly region?: number;
  readonly comment?: string;
  readonly action?: string;
  /**
   * Statistical process control starts from this period (a canonical key: '2023-04', '2023/24 Q1'): points
   * before it are left out of the mean and limits, for a process that changed (a new service, a new
   * definition). Absent: every point.
   */
  readonly spcBaseline?: string;
}

export interface EvidenceNote {
  readonly kloeId: string;
  readonly text: string;
  /** ISO date the note was recorded, when known. */
  readonly date?: string;
}

export interface FrameworkDefaults {
  /** Default amber tolerance, percent of target. */
  readonly tolerance: number;
  /** Change smaller than this (in the measure's unit; percentage points for percentages) is 'stable'. */
  readonly stableBand: number;
  /** Default caseload threshold for W02. */
  readonly caseloadThreshold: number;
  /** Denominators under this are flagged as small numbers. */
  readonly smallDenominator: number;
}

export interface Framework {
  readonly kloes: readonly Kloe[];
  readonly measures: readonly Measure[];
  readonly settings: Readonly<Record<string, MeasureSettings>>;
  readonly evidence: readonly EvidenceNote[];
  readonly defaults: FrameworkDefaults;
  /** Population aged 0-17 (ONS mid-year estimate), for rates per 10,000. */
  readonly population?: number;
  /** The as-at date the Panel report is for (ISO), when set in the workbook. */
  readonly asAt?: string;
}
