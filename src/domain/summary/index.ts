export type * from './types';
export { buildSummaryModel, DEFAULT_SUMMARY_TITLE } from './model';
export type { SummaryInput } from './model';
export {
  planSummarySheet,
  documentReference,
  safeSheetName,
  panelFooter,
  SUMMARY_ROWS,
  DEFAULT_SUMMARY_SHEET_NAME,
  DEFAULT_MARKER_TEXT,
} from './plan';
export { SUMMARY_COLUMNS, RAG_STYLES, orderedColumns } from './columns';
export type { SummaryColumn, ColumnCell } from './columns';
export { planFrontPage, DEFAULT_FRONT_PAGE_SHEET_NAME, FRONT_PAGE_ATTENTION_LIMIT } from './frontPagePlan';
export { buildFrontPage } from './frontPage';
export { measureSentence } from './sentence';
export { definitionText } from './definitions';
export { yearEvidence } from './evidence';
export { summaryJson } from './json';
export type {
  SummaryJson,
  SummaryJsonFrontPage,
  SummaryJsonIssue,
  SummaryJsonKloe,
  SummaryJsonMeasure,
  SummaryJsonSpc,
} from './json';
export * from './format';
export { comparatorQualifier, rankText } from './benchmarks';
