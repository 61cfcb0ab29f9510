import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A choice kept in the URL's query, so a reload or a shared link keeps it. It is also held locally:
 * the URL updates after a navigation tick, and a controlled radio must show the new choice at once.
 */
export function useSearchParam<T extends string>(key: string, allowed: readonly T[], fallback: T): [T, (value: T) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(key) as T | null;
  const fromUrl = raw && allowed.includes(raw) ? raw : fallback;
  const [value, setValue] = useState<T>(fromUrl);
  const set = (next: T) => {
    setValue(next);
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next === fallback) out.delete(key);
        else out.set(key, next);
        return out;
      },
      { replace: true },
    );
  };
  return [value, set];
}
