export type * from './types';
export * from './read';
export { ObservationList, RecordList, ReadingsBuilder } from './readings';
