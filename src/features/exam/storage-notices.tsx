import { Banner } from '../../components/banner';
import { downloadJson } from '../../components/download';
import { useStrings } from '../../i18n';
import { useActiveAttempt, useExamActions, useLastFinished, useSaveError, useStorageProblems } from './exam-store';

/** Tells the candidate plainly when storage failed, and offers a copy of the attempt as a file. */
export function StorageNotices() {
  const t = useStrings();
  const saveError = useSaveError();
  const problems = useStorageProblems();
  const attempt = useActiveAttempt();
  const lastFinished = useLastFinished();
  const { dismissProblems } = useExamActions();
  const copy = attempt ?? lastFinished;
  return (
    <>
      {saveError && (
        <Banner tone="error">
          <p>{t.storage.saveFailed(saveError)}</p>
          {copy && (
            <button
              type="button"
              className="button"
              onClick={() => downloadJson(`mock-exam-attempt-${copy.session.id}.json`, { kind: 'attempt', ...copy })}
            >
              {t.storage.download}
            </button>
          )}
        </Banner>
      )}
      {problems.length > 0 && (
        <Banner tone="warning">
          <p>{t.storage.problems(problems.length)}</p>
          <button type="button" className="button" onClick={dismissProblems}>
            {t.storage.dismiss}
          </button>
        </Banner>
      )}
    </>
  );
}
