import { Navigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { QuestionPage, ReviewPage, useLoadedExam } from '../../features/exam';
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
  if (status === 'loading') return <p role="status">{t.loading}</p>;
  return <Navigate to={status === 'active' || status === 'elsewhere' ? paths.question.to(1) : paths.home.to()} replace />;
}
