import { Navigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { QuestionPage, ReviewPage, useActiveAttempt, useLastFinished, useLoadedExam } from '../../features/exam';
import { useStrings } from '../../i18n';

export function QuestionRoute() {
  const { n } = useParams();
  return <QuestionPage n={Number(n)} />;
}

export function ReviewRoute() {
  return <ReviewPage />;
}

/** /exam alone: go to wherever the candidate was, or home when there is no exam. */
export function ExamIndexRoute() {
  const t = useStrings();
  const status = useLoadedExam();
  const attempt = useActiveAttempt();
  const finished = useLastFinished();
  if (status === 'loading') return <p role="status">{t.loading}</p>;
  if (status === 'finished' && finished) return <Navigate to={paths.results.to(finished.session.id)} replace />;
  const resumeAt = (attempt?.session.position ?? 0) + 1;
  return <Navigate to={status === 'active' || status === 'elsewhere' ? paths.question.to(resumeAt) : paths.home.to()} replace />;
}
