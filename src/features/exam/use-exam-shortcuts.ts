import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  choose: (index: number) => void;
  next: () => void;
  previous: () => void;
  flag: () => void;
}

const CHOOSE_KEYS = ['1', '2', '3', '4', '5'];
const CHOOSE_LETTERS = ['a', 'b', 'c', 'd', 'e'];

/**
 * 1–5 or A–E choose, N/P or →/← move, F flags. Keys typed into a field, keys with a modifier, and keys
 * pressed while a dialog is open are left alone; arrows on a radio button keep their native meaning.
 */
export function useExamShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      const tag = target?.tagName;
      if (tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable) return;
      const inputType = tag === 'INPUT' ? (target as HTMLInputElement).type : null;
      if (inputType && inputType !== 'radio' && inputType !== 'checkbox') return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const key = e.key.toLowerCase();
      const h = ref.current;
      let index = CHOOSE_KEYS.indexOf(key);
      if (index < 0) index = CHOOSE_LETTERS.indexOf(key);
      if (index >= 0) {
        h.choose(index);
      } else if (key === 'n' || (key === 'arrowright' && !inputType)) {
        h.next();
      } else if (key === 'p' || (key === 'arrowleft' && !inputType)) {
        h.previous();
      } else if (key === 'f') {
        h.flag();
      } else {
        return;
      }
      e.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
