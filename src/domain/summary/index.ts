export type * from './types';
export { buildSummaryModel, DEFAULT_SUMMARY_TITLE } from './model';
export type { SummaryInput } from './model';
export {
  planSummarySheet,
  documentReference,
  safeSheetName,
  SUMMARY_COLUMNS,
  SUMMARY_ROWS,
  RAG_STYLES,
  DEFAULT_SUMMARY_SHEET_NAME,
  DEFAULT_MARKER_TEXT,
} from './plan';
export type { SummaryColumn } from './plan';
export { summaryJson } from './json';
export type { SummaryJson, SummaryJsonIssue, SummaryJsonKloe, SummaryJsonMeasure } from './json';
export * from './format';
export { comparatorCellText, comparatorQualifier, ordinal, rankAndNamedText, rankText } from './benchmarks';
