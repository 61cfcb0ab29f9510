// The only module that imports idb-keyval. Everything stored goes through these few calls, so a fault
// (blocked, full, private mode) surfaces in one place.
import { get, promisifyRequest, type UseStore } from 'idb-keyval';

const DB_NAME = 'ml-associate-mock';
const STORE_NAME = 'records';
/** Key of the record naming the tab allowed to write the in-progress attempt (docs/decisions/006). */
export const WRITER_KEY = 'writer';

let handle: UseStore | null = null;

export class StorageUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageUnavailableError';
  }
}

/** Another tab took over the exam; this tab must not write it any more. */
export class NotWriterError extends Error {
  constructor() {
    super('the exam is open in another tab');
    this.name = 'NotWriterError';
  }
}

/**
 * Like idb-keyval's createStore, but every readwrite transaction asks for strict durability: the
 * browser flushes to disk before it reports `complete`, so "Saved" survives a crash, not just a reload.
 * A failed open is not cached, so storage that comes back (a closed private window) is used again.
 */
function db(): UseStore {
  if (handle) return handle;
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new StorageUnavailableError('IndexedDB is not available in this browser');
  }
  const request = indexedDB.open(DB_NAME);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
  const dbp = promisifyRequest(request).then(
    (database) => {
      // Another version of the app wants to upgrade: let it, and reopen on the next call.
      database.onversionchange = () => {
        database.close();
        handle = null;
      };
      return database;
    },
    (error: unknown) => {
      handle = null;
      throw error instanceof Error ? error : new StorageUnavailableError(String(error));
    },
  );
  const store: UseStore = (txMode, callback) =>
    dbp.then((database) =>
      callback(database.transaction(STORE_NAME, txMode, { durability: 'strict' }).objectStore(STORE_NAME)),
    );
  handle = store;
  return store;
}

export async function readRecord(key: string): Promise<unknown> {
  return get(key, db());
}

/** Every key and value, in one read-only transaction. */
export async function readAllRecords(): Promise<[string, unknown][]> {
  return db()('readonly', (store) => {
    const keys = promisifyRequest(store.getAllKeys());
    const values = promisifyRequest(store.getAll());
    return Promise.all([keys, values]).then(([k, v]) => k.map((key, i) => [String(key), v[i]] as [string, unknown]));
  });
}

export interface WriteBatch {
  put?: [string, unknown][];
  remove?: string[];
  /**
   * Compare-and-set: the batch is written only if the writer record still names this tab. Checked
   * inside the same transaction, so a tab that lost a takeover can never overwrite the new owner.
   */
  asWriter?: string;
}

/**
 * Puts and removes in one readwrite transaction: either all of it is stored or none of it. Resolves only
 * when the transaction has committed, so a caller that awaits it knows the data is on disk.
 */
export async function writeRecords(batch: WriteBatch): Promise<void> {
  return db()('readwrite', (store) => {
    const tx = store.transaction;
    let cause: unknown = null;
    const done = promisifyRequest(tx).catch((error: unknown) => {
      throw cause ?? error;
    });
    // A put can throw synchronously (QuotaExceededError, DataCloneError): abort the whole batch and
    // report that error, not the transaction's generic AbortError.
    const apply = () => {
      try {
        for (const [key, value] of batch.put ?? []) store.put(value, key);
        for (const key of batch.remove ?? []) store.delete(key);
      } catch (error) {
        cause = error;
        tx.abort();
      }
    };
    if (batch.asWriter === undefined) {
      apply();
      return done;
    }
    const check = store.get(WRITER_KEY);
    check.onsuccess = () => {
      if (check.result !== undefined && check.result !== batch.asWriter) {
        cause = new NotWriterError();
        tx.abort();
      } else apply();
    };
    return done;
  });
}

/** Forgets the cached connection; tests use it between fresh databases. */
export function resetConnectionForTests(): void {
  handle = null;
}
