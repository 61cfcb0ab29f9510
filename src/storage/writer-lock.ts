import { WRITER_KEY, writeRecords } from './idb';

const LOCK_NAME = 'ml-associate-mock:writer';

export type ClaimOutcome = 'claimed' | 'elsewhere';

/**
 * One tab at a time writes the exam (docs/decisions/006). The Web Locks API tells a second tab at once
 * that the exam is open elsewhere; the writer record, checked inside every write transaction, is what
 * actually guarantees that a tab that lost the exam can never overwrite the tab that took it over.
 *
 * Claiming writes the writer record before the caller reads the attempt, so any write the old tab
 * committed first is included in what the new tab reads, and any later write of the old tab is refused.
 */
export async function claimWriter(tabId: string, options: { steal: boolean; onLost: () => void }): Promise<ClaimOutcome> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) {
    const held = await new Promise<boolean>((resolve) => {
      locks
        .request(LOCK_NAME, options.steal ? { steal: true } : { ifAvailable: true }, (lock) => {
          if (!lock) {
            resolve(false);
            return undefined;
          }
          resolve(true);
          // Held until this tab closes, or until another tab steals it.
          return new Promise<void>(() => undefined);
        })
        .catch((error: unknown) => {
          if ((error as { name?: string }).name === 'AbortError') options.onLost();
          else resolve(true); // Web Locks failed: fall back to the writer record alone.
        });
    });
    if (!held) return 'elsewhere';
  }
  await writeRecords({ put: [[WRITER_KEY, tabId]] });
  return 'claimed';
}
