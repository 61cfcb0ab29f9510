import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { answeredCount } from '../../engine';
import { ConfirmDialog } from '../../components/dialog';
import { Segmented } from '../../components/segmented';
import { useSearchParam } from '../../components/use-search-param';
import { useStrings } from '../../i18n';
import type { ActiveAttempt } from '../../storage';
import { ExamShell } from './exam-shell';
import { useExamActions } from './exam-store';

type Filter = 'all' | 'flagged' | 'unanswered';
const FILTERS: Filter[] = ['all', 'flagged', 'unanswered'];

/** Before submitting: every question with its status, filterable, each one a link back into the exam. */
export function ReviewPage() {
  return <ExamShell>{(attempt) => <ReviewScreen attempt={attempt} />}</ExamShell>;
}

function ReviewScreen({ attempt }: { attempt: ActiveAttempt }) {
  const t = useStrings();
  const { dispatch } = useExamActions();
  const [filter, setFilter] = useSearchParam<Filter>('show', FILTERS, 'all');
  const [confirming, setConfirming] = useState(false);
  const { session, questions } = attempt;
  const total = session.questionIds.length;
  const answered = answeredCount(session);
  const flagged = session.flagged.length;

  useEffect(() => {
    document.title = `${t.review.title} · ${t.appName}`;
  }, [t]);

  const rows = questions
    .map((q, i) => ({
      q,
      n: i + 1,
      answered: (session.answers[q.id]?.length ?? 0) > 0,
      flagged: session.flagged.includes(q.id),
    }))
    .filter((r) => filter === 'all' || (filter === 'flagged' ? r.flagged : !r.answered));

  return (
    <main id="main" className="review">
      <h1>{t.review.title}</h1>
      <p className="review-summary">{t.review.summary(answered, total - answered, flagged)}</p>
      <Segmented legend={t.review.filterLabel} name="review-filter" options={FILTERS} labels={t.review.filters} value={filter} onChange={setFilter} />
      {rows.length === 0 ? (
        <p className="empty">{t.review.empty}</p>
      ) : (
        <ul className="review-list">
          {rows.map((r) => (
            <li key={r.q.id} className="review-row">
              <Link to={paths.question.to(r.n)} aria-label={t.review.goTo(r.n)} className="review-link">
                {r.n}
              </Link>
              <span className="review-stem">{excerpt(r.q.stem)}</span>
              <span className={r.answered ? 'badge badge-ok' : 'badge badge-missing'}>
                {r.answered ? t.review.statusAnswered : t.review.statusUnanswered}
              </span>
              {r.flagged && <span className="badge badge-flag">⚑ {t.review.flaggedMark}</span>}
            </li>
          ))}
        </ul>
      )}
      <div className="pager">
        <Link className="button" to={paths.question.to(session.position + 1)}>
          ← {t.review.backToExam}
        </Link>
        <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
          {t.review.submit}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t.submit.title}
          confirmLabel={t.submit.confirm}
          cancelLabel={t.submit.cancel}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            dispatch({ type: 'submit' });
          }}
        >
          <p>{t.submit.body(total - answered, flagged)}</p>
        </ConfirmDialog>
      )}
    </main>
  );
}

function excerpt(stem: string): string {
  const plain = stem.replace(/`/g, '');
  return plain.length > 110 ? `${plain.slice(0, 107).trimEnd()}…` : plain;
}
