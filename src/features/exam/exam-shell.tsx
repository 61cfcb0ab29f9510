import { useEffect, type ReactNode } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { useStrings } from '../../i18n';
import { Countdown } from './countdown';
import { useActiveAttempt, useLastFinished } from './exam-store';
import { SaveIndicator } from './save-indicator';
import { OpenElsewhere } from './open-elsewhere';
import { StorageNotices } from './storage-notices';
import { useLoadedExam } from './use-exam';
import type { ActiveAttempt } from '../../storage';

/**
 * Frame of every exam screen: waits for storage, sends the candidate home when there is no exam and to
 * the results when it has ended (submitted, or expired while they were on any screen), and keeps the
 * clock and save status in view.
 */
export function ExamShell({ children }: { children: (attempt: ActiveAttempt) => ReactNode }) {
  const t = useStrings();
  const status = useLoadedExam();
  const attempt = useActiveAttempt();
  const finished = useLastFinished();
  const navigate = useNavigate();

  useEffect(() => {
    if (status === 'finished' && finished) navigate(paths.results.to(finished.session.id), { replace: true });
  }, [status, finished, navigate]);

  if (status === 'loading') return <p role="status">{t.loading}</p>;
  if (status === 'elsewhere') return <OpenElsewhere />;
  if (status === 'none' || (status === 'finished' && !finished)) return <Navigate to={paths.home.to()} replace />;
  if (!attempt || status === 'finished') return <p role="status">{t.loading}</p>;

  return (
    <div className="exam">
      <section className="exam-bar" aria-label={t.exam.statusLabel}>
        <Countdown session={attempt.session} />
        <SaveIndicator />
        <Link className="button" to={paths.review.to()}>
          {t.exam.review}
        </Link>
      </section>
      <StorageNotices />
      {children(attempt)}
    </div>
  );
}
