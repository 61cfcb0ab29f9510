import { create } from 'zustand';
import { loadHistory, type AttemptRecord, type StorageProblem } from '../../storage';

interface HistoryState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  attempts: AttemptRecord[];
  problems: StorageProblem[];
  error: string | null;
  actions: { load: () => Promise<void> };
}

const useHistoryStore = create<HistoryState>()((set) => ({
  status: 'idle',
  attempts: [],
  problems: [],
  error: null,
  actions: {
    // Always re-read: an attempt may have finished since the last visit, in this tab or another.
    async load() {
      set((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading' }));
      try {
        const { attempts, problems } = await loadHistory(Date.now());
        set({ status: 'ready', attempts, problems, error: null });
      } catch (e) {
        set({ status: 'error', error: e instanceof Error ? e.message : String(e) });
      }
    },
  },
}));

export const useHistoryStatus = () => useHistoryStore((s) => s.status);
export const useHistoryAttempts = () => useHistoryStore((s) => s.attempts);
export const useHistoryProblems = () => useHistoryStore((s) => s.problems);
export const useHistoryError = () => useHistoryStore((s) => s.error);
export const useHistoryActions = () => useHistoryStore((s) => s.actions);
