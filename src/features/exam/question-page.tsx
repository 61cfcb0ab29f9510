import { useEffect, useLayoutEffect, useRef } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { CodeBlock } from '../../components/code-block';
import { RichText } from '../../components/rich-text';
import { useStrings } from '../../i18n';
import type { ActiveAttempt } from '../../storage';
import { ExamShell } from './exam-shell';
import { readActiveAttempt, useExamActions } from './exam-store';
import { OptionList } from './option-list';
import { QuestionNavigator } from './question-navigator';
import { useExamShortcuts } from './use-exam-shortcuts';

/** The exam screen for question `n` (1-based, from the URL, so a reload keeps the candidate's place). */
export function QuestionPage({ n }: { n: number }) {
  return <ExamShell>{(attempt) => <QuestionScreen attempt={attempt} n={n} />}</ExamShell>;
}

function QuestionScreen({ attempt, n }: { attempt: ActiveAttempt; n: number }) {
  const t = useStrings();
  const navigate = useNavigate();
  const { dispatch } = useExamActions();
  const { session, questions } = attempt;
  const total = session.questionIds.length;
  const index = n - 1;
  const question = questions[index];
  const valid = Number.isInteger(n) && n >= 1 && n <= total && question !== undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (valid) dispatch({ type: 'goTo', position: index });
  }, [valid, index, dispatch]);

  useEffect(() => {
    document.title = `${t.exam.questionOf(n, total)} · ${t.appName}`;
  }, [n, total, t]);

  // Moving to another question puts focus on its heading, so a screen reader starts reading there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [n]);

  const order = question ? (session.optionOrder[question.id] ?? []) : [];
  const chosen = question ? (session.answers[question.id] ?? []) : [];
  const flagged = question ? session.flagged.includes(question.id) : false;

  // Keys can arrive faster than React re-renders after a navigation, so the shortcuts work from the
  // position they last moved to and the store's latest answers, not from this render's props.
  const livePosition = useRef(n);
  const pending = useRef<number[]>([]);
  // A layout effect runs before the new question is painted, so no key pressed after it appears can
  // reach the question before it.
  useLayoutEffect(() => {
    const at = pending.current.indexOf(n);
    if (at >= 0) pending.current = pending.current.slice(at + 1);
    else pending.current = []; // moved by a link, the back button or a reload
    if (pending.current.length === 0) livePosition.current = n;
  }, [n]);

  const go = (to: number) => {
    if (to >= 1 && to <= total) {
      livePosition.current = to;
      pending.current.push(to);
      navigate(paths.question.to(to));
    } else if (to > total) navigate(paths.review.to());
  };
  const answerQuestion = (questionId: string, optionIds: string[]) => {
    if (optionIds.length === 0) dispatch({ type: 'clear', questionId });
    else dispatch({ type: 'answer', questionId, optionIds });
  };
  const answer = (optionIds: string[]) => question && answerQuestion(question.id, optionIds);

  useExamShortcuts({
    choose: (i) => {
      const live = readActiveAttempt();
      const q = live?.questions[livePosition.current - 1];
      const id = q && live.session.optionOrder[q.id]?.[i];
      if (!q || !id) return;
      const current = live.session.answers[q.id] ?? [];
      if (q.answer.length === 1) answerQuestion(q.id, [id]);
      else answerQuestion(q.id, current.includes(id) ? current.filter((c) => c !== id) : [...current, id]);
    },
    next: () => go(livePosition.current + 1),
    previous: () => go(livePosition.current - 1),
    flag: () => {
      const q = readActiveAttempt()?.questions[livePosition.current - 1];
      if (q) dispatch({ type: 'toggleFlag', questionId: q.id });
    },
  });

  if (!valid || !question) return <Navigate to={paths.question.to(session.position + 1)} replace />;

  return (
    <div className="exam-layout">
      <main id="main" className="question-main">
        <article aria-labelledby="question-heading">
          <h1 id="question-heading" ref={headingRef} tabIndex={-1} className="question-number">
            {t.exam.questionOf(n, total)}
          </h1>
          <div className="stem">
            <RichText text={question.stem} />
          </div>
          {question.code && <CodeBlock source={question.code.source} label={t.exam.code} />}
          <OptionList question={question} order={order} chosen={chosen} onChange={answer} />
          <div className="question-tools">
            <button
              type="button"
              className={`button flag-button${flagged ? ' flag-on' : ''}`}
              aria-pressed={flagged}
              onClick={() => dispatch({ type: 'toggleFlag', questionId: question.id })}
            >
              <span aria-hidden="true">⚑ </span>
              {flagged ? t.exam.flagged : t.exam.flag}
            </button>
            <button type="button" className="button button-quiet" onClick={() => answer([])} disabled={chosen.length === 0}>
              {t.exam.clear}
            </button>
          </div>
        </article>
        <div className="pager">
          <button type="button" className="button" onClick={() => go(n - 1)} disabled={n <= 1}>
            ← {t.exam.previous}
          </button>
          {n < total ? (
            <button type="button" className="button button-primary" onClick={() => go(n + 1)}>
              {t.exam.next} →
            </button>
          ) : (
            <Link className="button button-primary" to={paths.review.to()}>
              {t.exam.review} →
            </Link>
          )}
        </div>
      </main>
      <aside className="exam-aside">
        <QuestionNavigator session={session} current={index} />
      </aside>
    </div>
  );
}
