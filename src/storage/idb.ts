// The only module that imports idb-keyval. Everything stored goes through these few calls, so a fault
// (blocked, full, private mode) surfaces in one place.
import { createStore, get, type UseStore } from 'idb-keyval';

const DB_NAME = 'ml-associate-mock';
const STORE_NAME = 'records';

let handle: UseStore | null = null;

function db(): UseStore {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB is not available in this browser');
  handle ??= createStore(DB_NAME, STORE_NAME);
  return handle;
}

export class StorageUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageUnavailableError';
  }
}

export function readRecord(key: string): Promise<unknown> {
  return get(key, db());
}

/** Every key and value, in one read-only transaction. */
export function readAllRecords(): Promise<[string, unknown][]> {
  return db()('readonly', (store) => {
    const keys = promisify(store.getAllKeys());
    const values = promisify(store.getAll());
    return Promise.all([keys, values]).then(([k, v]) => k.map((key, i) => [String(key), v[i]] as [string, unknown]));
  });
}

export interface WriteBatch {
  put?: [string, unknown][];
  remove?: string[];
}

/**
 * Puts and removes in one readwrite transaction: either all of it is stored or none of it. Resolves only
 * when the transaction has committed, so a caller that awaits it knows the data is on disk.
 */
export function writeRecords(batch: WriteBatch): Promise<void> {
  return db()('readwrite', (store) => {
    for (const [key, value] of batch.put ?? []) store.put(value, key);
    for (const key of batch.remove ?? []) store.delete(key);
    return promisify(store.transaction);
  });
}

/** Forgets the cached connection; tests use it between fresh databases. */
export function resetConnectionForTests(): void {
  handle = null;
}

function promisify<T>(request: IDBRequest<T> | IDBTransaction): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if ('oncomplete' in request && !('result' in request)) {
      const tx = request as IDBTransaction;
      tx.oncomplete = () => resolve(undefined as T);
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    } else {
      const req = request as IDBRequest<T>;
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    }
  });
}
