export type * from './types';
export * from './read';
