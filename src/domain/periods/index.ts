export type { HeaderMeaning, Period, PeriodKind } from './types';
export * from './period';
export * from './parse';
export * from './timePeriod';
