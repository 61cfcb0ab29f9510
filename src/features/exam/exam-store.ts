import { create } from 'zustand';
import {
  applyEvent,
  countSeen,
  createRng,
  createSession,
  drawExam,
  expireIfDue,
  isFinished,
  type Blueprint,
  type Question,
  type SessionEvent,
} from '../../engine';
import {
  NotWriterError,
  claimWriter,
  finishAttempt,
  loadActiveAttempt,
  loadHistory,
  saveSession,
  startAttempt,
  type ActiveAttempt,
  type StorageProblem,
} from '../../storage';

/** 'elsewhere': another tab holds the exam; this one shows that and offers to take it over. */
type Status = 'idle' | 'loading' | 'none' | 'active' | 'finished' | 'elsewhere';

interface ExamState {
  status: Status;
  attempt: ActiveAttempt | null;
  /** Bumped on every change to the session; compared with savedRevision to show "saved". */
  revision: number;
  savedRevision: number;
  saveError: string | null;
  problems: StorageProblem[];
  /** The attempt that just finished, kept in memory in case storage could not take it. */
  lastFinished: ActiveAttempt | null;
  actions: {
    load: () => Promise<void>;
    /** Makes this tab the exam's writer and re-reads the attempt as the other tab left it. */
    takeOver: () => Promise<void>;
    start: (input: { blueprint: Blueprint; questions: Question[] }) => Promise<void>;
    dispatch: (event: SessionEvent) => void;
    /** Called by the clock: ends the attempt once its deadline has passed. */
    checkDeadline: () => void;
    dismissProblems: () => void;
  };
}

const initialState = {
  status: 'idle' as Status,
  attempt: null,
  revision: 0,
  savedRevision: 0,
  saveError: null,
  problems: [],
  lastFinished: null,
};

// Writes are chained so they reach IndexedDB in the order the candidate acted; a later write can
// never be overtaken by an earlier one.
let writeQueue: Promise<void> = Promise.resolve();

/** This tab's identity as a writer of the exam (docs/decisions/006). */
const tabId = crypto.randomUUID();

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const useExamStore = create<ExamState>()((set, get) => {
  const onLost = () => set({ status: 'elsewhere' });

  /** A failed write: lost to another tab, or storage trouble the candidate must be told about. */
  function writeFailed(error: unknown): void {
    if (error instanceof NotWriterError) set({ status: 'elsewhere' });
    else set({ saveError: describe(error) });
  }

  /** Queues a write; once it commits, every change up to `revision` counts as saved. */
  function queueWrite(write: () => Promise<void>, revision: number): Promise<void> {
    writeQueue = writeQueue
      .then(write)
      .then(() => set((s) => ({ savedRevision: Math.max(s.savedRevision, revision), saveError: null })), writeFailed);
    return writeQueue;
  }

  /** Stores a finished attempt in history; results show even if storage fails (lastFinished). */
  async function finish(attempt: ActiveAttempt): Promise<void> {
    const revision = get().revision + 1;
    set({ attempt, revision });
    await queueWrite(() => finishAttempt(attempt, tabId), revision);
    if (get().status !== 'elsewhere') set({ status: 'finished', lastFinished: attempt });
  }

  /** Claims the exam for this tab, then reads it: claiming first means nothing the other tab saved is missed. */
  async function claimAndRead(steal: boolean): Promise<void> {
    set({ status: 'loading' });
    try {
      if ((await claimWriter(tabId, { steal, onLost })) === 'elsewhere') {
        set({ status: 'elsewhere' });
        return;
      }
      const { active, problems } = await loadActiveAttempt(Date.now());
      if (!active) {
        set({ status: 'none', attempt: null, problems });
        return;
      }
      const session = expireIfDue(active.session, Date.now());
      if (session !== active.session) {
        set({ problems });
        await finish({ ...active, session });
        return;
      }
      set((s) => ({ status: 'active', attempt: active, problems, revision: s.revision + 1, savedRevision: s.revision + 1 }));
    } catch (error) {
      // Storage is unavailable: the app still works in memory and says so.
      set({ status: 'none', saveError: describe(error) });
    }
  }

  return {
    ...initialState,
    actions: {
      async load() {
        if (get().status !== 'idle') return;
        await claimAndRead(false);
      },

      async takeOver() {
        await claimAndRead(true);
      },

      async start({ blueprint, questions }) {
        let pastQuestionIds: string[][] = [];
        try {
          pastQuestionIds = (await loadHistory(Date.now())).attempts.map((a) => a.session.questionIds);
        } catch {
          // Without history the draw is still valid; it just cannot prefer unseen questions.
        }
        const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
        const drawn = drawExam({ blueprint, questions, rng: createRng(seed), seenCounts: countSeen(pastQuestionIds) });
        const session = createSession({ id: crypto.randomUUID(), blueprint, drawn, seed, now: Date.now() });
        const byId = new Map(questions.map((q) => [q.id, q]));
        const served = session.questionIds.map((id) => byId.get(id) as Question);
        const attempt: ActiveAttempt = { session, blueprint, questions: served };
        const revision = get().revision + 1;
        set({ status: 'active', attempt, revision, lastFinished: null });
        await queueWrite(() => startAttempt(attempt, tabId), revision);
      },

      dispatch(event) {
        const { attempt, status } = get();
        if (!attempt || status !== 'active') return;
        const session = applyEvent(attempt.session, event, Date.now());
        if (session === attempt.session) return;
        if (isFinished(session)) {
          void finish({ ...attempt, session });
          return;
        }
        const revision = get().revision + 1;
        set({ attempt: { ...attempt, session }, revision });
        void queueWrite(() => saveSession(session, tabId), revision);
      },

      checkDeadline() {
        const { attempt, status } = get();
        if (!attempt || status !== 'active') return;
        const session = expireIfDue(attempt.session, Date.now());
        if (session !== attempt.session) void finish({ ...attempt, session });
      },

      dismissProblems() {
        set({ problems: [] });
      },
    },
  };
});

/** The latest attempt outside React's render cycle: keyboard shortcuts act on it, never on a stale render. */
export const readActiveAttempt = () => useExamStore.getState().attempt;

export const useExamStatus = () => useExamStore((s) => s.status);
export const useActiveAttempt = () => useExamStore((s) => s.attempt);
export const useSaveState = () =>
  useExamStore((s) => (s.saveError ? 'error' : s.savedRevision >= s.revision ? 'saved' : 'saving'));
export const useSaveError = () => useExamStore((s) => s.saveError);
export const useStorageProblems = () => useExamStore((s) => s.problems);
export const useLastFinished = () => useExamStore((s) => s.lastFinished);
export const useExamActions = () => useExamStore((s) => s.actions);

/** Tests start every case from a fresh store. */
export function resetExamStoreForTests(): void {
  writeQueue = Promise.resolve();
  useExamStore.setState(initialState);
}
