export * from './types';
export * from './detect';
export * from './periodColumn';
