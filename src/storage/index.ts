export * from './attempts-storage';
export type { AttemptRecord, Paper } from './records';
export { NotWriterError, StorageUnavailableError } from './idb';
export { claimWriter, type ClaimOutcome } from './writer-lock';
