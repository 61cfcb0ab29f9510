export * from './attempts-storage';
export type { AttemptRecord, Paper } from './records';
export { StorageUnavailableError } from './idb';
