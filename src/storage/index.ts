export * from './attempts-storage';
export type { AttemptRecord, Paper } from './records';
export { NotWriterError, StorageUnavailableError } from './idb';
export { claimWriter, type ClaimOutcome } from './writer-lock';
export { BACKUP_FORMAT, MAX_BACKUP_BYTES, createBackup, importBackup, parseBackup, previewImport, type Backup, type ImportPreview } from './backup';
