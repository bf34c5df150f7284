export * from './types';
export * from './detect';
