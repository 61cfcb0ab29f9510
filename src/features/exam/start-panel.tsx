import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { BankTooSmallError, answeredCount, formatClock, remainingMs, type Blueprint, type ExamSession } from '../../engine';
import { loadQuestions } from '../../bank/load-questions';
import { Banner } from '../../components/banner';
import { useNow } from '../../components/use-now';
import { useStrings } from '../../i18n';
import { useActiveAttempt, useExamActions, useLastFinished } from './exam-store';
import { ElsewhereCard } from './open-elsewhere';
import { StorageNotices } from './storage-notices';
import { useLoadedExam } from './use-exam';

/** Home-page panel: resume the exam in progress, or draw a new one. */
export function StartPanel({ blueprint }: { blueprint: Blueprint }) {
  const t = useStrings();
  const status = useLoadedExam();
  const attempt = useActiveAttempt();
  const lastFinished = useLastFinished();
  const { start } = useExamActions();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (status === 'loading') return <p role="status">{t.loading}</p>;
  if (status === 'elsewhere') return <ElsewhereCard />;

  if (status === 'active' && attempt) return <ResumeCard session={attempt.session} />;

  async function onStart() {
    setStarting(true);
    setError(null);
    try {
      const questions = await loadQuestions();
      await start({ blueprint, questions });
      navigate(paths.question.to(1));
    } catch (e) {
      setStarting(false);
      if (e instanceof BankTooSmallError) {
        const name = blueprint.domains.find((d) => d.id === e.domainId)?.name ?? e.domainId;
        setError(t.home.bankTooSmall(name, e.available, e.needed));
      } else {
        setError(e instanceof Error ? e.message : String(e));
      }
    }
  }

  const expiredAway = status === 'finished' && lastFinished?.session.endReason === 'expired' ? lastFinished : null;
  return (
    <section className="card start" aria-label={t.home.start}>
      <StorageNotices />
      {expiredAway && (
        <p className="notice" role="status">
          {t.home.expiredAway} <Link to={paths.results.to(expiredAway.session.id)}>{t.home.seeResults}</Link>
        </p>
      )}
      {error && <Banner tone="error">{error}</Banner>}
      <button type="button" className="button button-primary button-large" onClick={onStart} disabled={starting}>
        {starting ? t.home.starting : t.home.start}
      </button>
    </section>
  );
}

/** The exam in progress, with its time left; only this card ticks every second. */
function ResumeCard({ session }: { session: ExamSession }) {
  const t = useStrings();
  const now = useNow(1000);
  return (
    <section className="card resume" aria-labelledby="resume-heading">
      <h2 id="resume-heading">{t.home.resumeHeading}</h2>
      <StorageNotices />
      <p>{t.home.resumeBody(answeredCount(session), session.questionIds.length, formatClock(remainingMs(session, now)))}</p>
      <Link className="button button-primary button-large" to={paths.question.to(session.position + 1)}>
        {t.home.resume}
      </Link>
    </section>
  );
}
