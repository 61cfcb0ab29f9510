import { useEffect, useRef } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { CodeBlock } from '../../components/code-block';
import { RichText } from '../../components/rich-text';
import { useStrings } from '../../i18n';
import type { ActiveAttempt } from '../../storage';
import { ExamShell } from './exam-shell';
import { useExamActions } from './exam-store';
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
  const multi = (question?.answer.length ?? 1) > 1;

  const go = (to: number) => {
    if (to >= 1 && to <= total) navigate(paths.question.to(to));
    else if (to > total) navigate(paths.review.to());
  };
  const answer = (optionIds: string[]) => {
    if (!question) return;
    if (optionIds.length === 0) dispatch({ type: 'clear', questionId: question.id });
    else dispatch({ type: 'answer', questionId: question.id, optionIds });
  };

  useExamShortcuts({
    choose: (i) => {
      const id = order[i];
      if (!id) return;
      if (!multi) answer([id]);
      else answer(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
    },
    next: () => go(n + 1),
    previous: () => go(n - 1),
    flag: () => question && dispatch({ type: 'toggleFlag', questionId: question.id }),
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
