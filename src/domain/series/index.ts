export type * from './types';
export * from './read';
export { ObservationList, RecordList, ReadingsBuilder } from './readings';
export * from './long';
export * from './comparator';
