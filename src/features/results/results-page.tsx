import { useEffect } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { scoreExam } from '../../engine';
import { useStrings } from '../../i18n';
import type { ActiveAttempt } from '../../storage';
import { DomainBreakdown } from './domain-breakdown';
import { QuestionReview } from './question-review';
import { ScoreSummary } from './score-summary';
import { useFinishedAttempt } from './use-attempt';
import { WeakTopics } from './weak-topics';

/** Results of one finished attempt, scored from the questions it served (not today's bank). */
export function ResultsPage({ attemptId, fallback }: { attemptId: string; fallback: ActiveAttempt | null }) {
  const t = useStrings();
  const state = useFinishedAttempt(attemptId, fallback);

  useEffect(() => {
    document.title = `${t.results.title} · ${t.appName}`;
  }, [t]);

  if (state.status === 'loading') return <main id="main"><p role="status">{t.loading}</p></main>;
  if (state.status === 'missing') {
    return (
      <main id="main" className="page">
        <h1>{t.results.title}</h1>
        <p>{t.results.notFound}</p>
        <Link to={paths.history.to()}>{t.results.history}</Link>
      </main>
    );
  }
  const { session, questions, blueprint } = state.attempt;
  const score = scoreExam({ blueprint, questions, answers: session.answers });
  return (
    <main id="main" className="page results">
      <h1>{t.results.title}</h1>
      <ScoreSummary score={score} session={session} passPercent={blueprint.passPercent} />
      <DomainBreakdown score={score} passPercent={blueprint.passPercent} />
      <WeakTopics score={score} passPercent={blueprint.passPercent} />
      <QuestionReview session={session} questions={questions} blueprint={blueprint} />
      <div className="pager">
        <Link className="button" to={paths.history.to()}>
          {t.results.history}
        </Link>
        <Link className="button button-primary" to={paths.home.to()}>
          {t.results.newExam}
        </Link>
      </div>
    </main>
  );
}
