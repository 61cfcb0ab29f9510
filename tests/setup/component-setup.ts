// Every component test: a fresh in-memory IndexedDB, a fresh exam store, and a failure on any
// unexpected console.error (a React warning is a bug, not noise).
import '@testing-library/jest-dom/vitest';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetExamStoreForTests } from '../../src/features/exam';
import { resetConnectionForTests } from '../../src/storage/idb';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnectionForTests();
  resetExamStoreForTests();
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
