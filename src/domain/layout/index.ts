export * from './types';
export * from './detect';
export * from './periodColumn';
export * from './areas';
export * from './longTable';
export * from './longTableShape';
