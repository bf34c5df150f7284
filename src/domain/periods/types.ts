/**
 * Canonical periods. Keys:
 *  - month           'YYYY-MM'          e.g. '2025-03'
 *  - quarter         'YYYY/YY Qn'       UK financial quarter, Q1 = April-June, e.g. '2024/25 Q4' = Jan-Mar 2025
 *  - financialYear   'YYYY/YY'          1 April - 31 March, e.g. '2024/25'
 *  - academicYear    'AY YYYY/YY'       1 September - 31 August
 *  - calendarYear    'YYYY'
 */
export type PeriodKind = 'month' | 'quarter' | 'financialYear' | 'academicYear' | 'calendarYear';

export interface Period {
  readonly kind: PeriodKind;
  readonly key: string;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  readonly start: string;
  readonly end: string;
  /** A short human label: 'Mar-25', 'Q4 2024/25', '2024/25', 'AY 2024/25', '2024'. */
  readonly label: string;
}

/** What a column header means. */
export type HeaderMeaning =
  | { readonly type: 'period'; readonly period: Period }
  | { readonly type: 'ytd' }
  | { readonly type: 'rolling12' }
  | { readonly type: 'target'; readonly period?: Period }
  | { readonly type: 'england'; readonly period?: Period }
  | { readonly type: 'statNeighbours'; readonly period?: Period }
  | { readonly type: 'region'; readonly period?: Period }
  | { readonly type: 'polarity' }
  | { readonly type: 'other'; readonly text: string };
