import { useEffect, useState } from 'react';
import { loadAttempt, type ActiveAttempt } from '../../storage';

type State = { status: 'loading' } | { status: 'ready'; attempt: ActiveAttempt } | { status: 'missing' };

/**
 * A finished attempt by id, from storage. `fallback` is the attempt just finished in this tab: when
 * storage could not take it, the results are still shown from memory.
 */
export function useFinishedAttempt(attemptId: string, fallback: ActiveAttempt | null): State {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadAttempt(attemptId)
      .catch(() => null)
      .then((stored) => {
        if (!live) return;
        const attempt = stored ?? (fallback?.session.id === attemptId ? fallback : null);
        setState(attempt ? { status: 'ready', attempt } : { status: 'missing' });
      });
    return () => {
      live = false;
    };
  }, [attemptId, fallback]);
  return state;
}
