export * from './types';
export * from './framework';
export * from './settingsCodec';
