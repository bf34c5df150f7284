export * from './types';
export { computeFigures, recordFigure, RATIO_DERIVATIONS, RATE_DERIVATIONS } from './figures';
export type { FiguresInput, Slot } from './figures';
export { recordStats, recordCounts, median } from './records';
export type { RecordCounts, RecordStatsOptions } from './records';
export * from './policy';
export {
  periodFromKey,
  previousKey,
  shiftYears,
  addMonths,
  financialYearStart,
  monthKeyOfDate,
  daysBetween,
  formatDate,
} from './periodKeys';
export * from './spc';
