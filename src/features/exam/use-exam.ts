import { useEffect } from 'react';
import { useExamActions, useExamStatus } from './exam-store';

/** Loads the in-progress attempt from storage once; every exam screen waits for it. */
export function useLoadedExam() {
  const status = useExamStatus();
  const { load } = useExamActions();
  useEffect(() => {
    void load();
  }, [load]);
  return status === 'idle' || status === 'loading' ? 'loading' : status;
}
