export * from './types';
export * from './codec';
export * from './labels';
export * from './locate';
export * from './create';
export * from './suggest';
export * from './duplicates';
export * from './proposals';
