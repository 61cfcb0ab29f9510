import { useSearchParams } from 'react-router';
import { isCorrect, type Blueprint, type ExamSession, type Question } from '../../engine';
import { CodeBlock } from '../../components/code-block';
import { useStrings } from '../../i18n';
import { ReviewedQuestion } from './reviewed-question';

type Filter = 'all' | 'incorrect' | 'flagged';
const FILTERS: Filter[] = ['all', 'incorrect', 'flagged'];

/** Every served question with the candidate's answer, the key, and why; filters live in the URL. */
export function QuestionReview({ session, questions, blueprint }: { session: ExamSession; questions: Question[]; blueprint: Blueprint }) {
  const t = useStrings();
  const [params, setParams] = useSearchParams();
  const rawFilter = params.get('show');
  const filter: Filter = FILTERS.includes(rawFilter as Filter) ? (rawFilter as Filter) : 'all';
  const domain = params.get('domain') ?? '';

  const update = (key: string, value: string, empty: string) => {
    const next = new URLSearchParams(params);
    if (value === empty) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const rows = questions
    .map((q, i) => ({ q, n: i + 1, right: isCorrect(q, session.answers[q.id]), flagged: session.flagged.includes(q.id) }))
    .filter((r) => (filter === 'incorrect' ? !r.right : filter === 'flagged' ? r.flagged : true))
    .filter((r) => !domain || r.q.domain === domain);

  return (
    <section aria-labelledby="review-heading" className="card">
      <h2 id="review-heading">{t.results.reviewHeading}</h2>
      <div className="filters">
        <fieldset className="segmented">
          <legend>{t.results.filterLabel}</legend>
          {FILTERS.map((f) => (
            <label key={f} className={filter === f ? 'segment segment-on' : 'segment'}>
              <input type="radio" name="results-filter" value={f} checked={filter === f} onChange={() => update('show', f, 'all')} />
              {t.results.filters[f]}
            </label>
          ))}
        </fieldset>
        <label className="select-label">
          {t.results.domainFilter}
          <select value={domain} onChange={(e) => update('domain', e.target.value, '')}>
            <option value="">{t.results.allDomains}</option>
            {blueprint.domains.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="shown">
        {t.results.shown(rows.length, questions.length)}
      </p>
      <ol className="reviewed-list">
        {rows.map((r) => (
          <li key={r.q.id}>
            <ReviewedQuestion question={r.q} n={r.n} session={session} right={r.right} flagged={r.flagged}>
              {r.q.code && <CodeBlock source={r.q.code.source} label={t.exam.code} />}
            </ReviewedQuestion>
          </li>
        ))}
      </ol>
    </section>
  );
}
