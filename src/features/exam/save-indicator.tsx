import { useStrings } from '../../i18n';
import { useSaveState } from './exam-store';

/** "Saved" appears only once IndexedDB has committed the latest change. */
export function SaveIndicator() {
  const t = useStrings();
  const state = useSaveState();
  const text = state === 'saved' ? t.exam.saved : state === 'saving' ? t.exam.saving : t.exam.notSaved;
  return (
    <span className={`save-indicator save-${state}`} role="status">
      {text}
    </span>
  );
}
