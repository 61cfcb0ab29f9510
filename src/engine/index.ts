export * from './types';
export * from './random';
export * from './allocate-quotas';
export * from './draw-exam';
export * from './session';
export * from './timer';
export * from './score-exam';
