export * from './types';
export * from './detect';
export * from './periodColumn';
export * from './areas';
