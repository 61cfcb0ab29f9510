import type { ReactNode } from 'react';
import type { ExamSession, Question } from '../../engine';
import { OPTION_LETTERS } from '../../components/option-letters';
import { RichText } from '../../components/rich-text';
import { useStrings } from '../../i18n';

/** One question after the exam, in the order the candidate saw its options. */
export function ReviewedQuestion(props: {
  question: Question;
  n: number;
  session: ExamSession;
  right: boolean;
  flagged: boolean;
  children?: ReactNode;
}) {
  const { question: q, n, session, right, flagged, children } = props;
  const t = useStrings();
  const chosen = session.answers[q.id] ?? [];
  const order = session.optionOrder[q.id] ?? q.options.map((o) => o.id);
  const byId = new Map(q.options.map((o) => [o.id, o]));
  const letter = (id: string) => OPTION_LETTERS[order.indexOf(id)] ?? '?';
  const verdict = chosen.length === 0 ? t.results.unanswered : right ? t.results.correct : t.results.incorrect;
  const headingId = `rq-${q.id}`;

  return (
    <article className={`reviewed ${right ? 'reviewed-right' : 'reviewed-wrong'}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t.exam.questionOf(n, session.questionIds.length)} <span className={right ? 'badge badge-ok' : 'badge badge-missing'}>{verdict}</span>
        {flagged && <span className="badge badge-flag">⚑ {t.exam.flagged}</span>}
      </h3>
      <RichText text={q.stem} />
      {children}
      <ul className="reviewed-options">
        {order.map((id) => {
          const o = byId.get(id);
          if (!o) return null;
          const isKey = q.answer.includes(id);
          const isChosen = chosen.includes(id);
          return (
            <li key={id} className={`${isKey ? 'opt-key' : ''} ${isChosen ? 'opt-chosen' : ''}`.trim()}>
              <span className="option-letter" aria-hidden="true">{letter(id)}</span>
              <div>
                <RichText as="span" text={o.text} />
                <span className="opt-tags">
                  {isKey && <span className="badge badge-ok">{t.results.correctAnswer}</span>}
                  {isChosen && <span className="badge badge-you">{t.results.yourAnswer}</span>}
                </span>
                {!isKey && q.optionNotes[id] && <RichText as="div" className="opt-note" text={q.optionNotes[id] ?? ''} />}
              </div>
            </li>
          );
        })}
      </ul>
      {chosen.length === 0 && <p className="muted">{t.results.yourAnswer}: {t.results.noAnswer}</p>}
      <div className="explanation">
        <h4>{t.results.explanation}</h4>
        <RichText text={q.explanation} />
      </div>
      <div className="sources">
        <h4>{t.results.references}</h4>
        <ul>
          {q.references.map((r) => (
            <li key={r.url}>
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                {r.title}
              </a>
            </li>
          ))}
        </ul>
        <p className="muted small">{t.results.checked(q.checked.against, q.checked.version, q.checked.date)}</p>
      </div>
    </article>
  );
}
