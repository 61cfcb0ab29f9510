import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../config/paths';
import { answeredCount } from '../../engine';
import { ConfirmDialog } from '../../components/dialog';
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
  const [params, setParams] = useSearchParams();
  const raw = params.get('show');
  const filter: Filter = FILTERS.includes(raw as Filter) ? (raw as Filter) : 'all';
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
      <fieldset className="segmented">
        <legend>{t.review.filterLabel}</legend>
        {FILTERS.map((f) => (
          <label key={f} className={filter === f ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name="review-filter"
              value={f}
              checked={filter === f}
              onChange={() => setParams(f === 'all' ? {} : { show: f }, { replace: true })}
            />
            {t.review.filters[f]}
          </label>
        ))}
      </fieldset>
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
