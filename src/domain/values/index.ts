export type { MissingReason, NumberSource, ReadValue } from './types';
export * from './read';
