import { useParams } from 'react-router';
import { useLastFinished } from '../../features/exam/start';
import { ResultsPage } from '../../features/results';

export function ResultsRoute() {
  const { attemptId = '' } = useParams();
  // The exam that just ended in this tab is handed over, in case storage could not keep it.
  const lastFinished = useLastFinished();
  return <ResultsPage attemptId={attemptId} fallback={lastFinished} />;
}
