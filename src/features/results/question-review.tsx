import { isCorrect, type Blueprint, type ExamSession, type Question } from '../../engine';
import { CodeBlock } from '../../components/code-block';
import { Segmented } from '../../components/segmented';
import { useSearchParam } from '../../components/use-search-param';
import { useStrings } from '../../i18n';
import { ReviewedQuestion } from './reviewed-question';

type Filter = 'all' | 'incorrect' | 'flagged';
const FILTERS: Filter[] = ['all', 'incorrect', 'flagged'];

/** Every served question with the candidate's answer, the key, and why; filters live in the URL. */
export function QuestionReview({ session, questions, blueprint }: { session: ExamSession; questions: Question[]; blueprint: Blueprint }) {
  const t = useStrings();
  const [filter, setFilter] = useSearchParam<Filter>('show', FILTERS, 'all');
  const [domain, setDomain] = useSearchParam<string>('domain', ['', ...blueprint.domains.map((d) => d.id)], '');

  const rows = questions
    .map((q, i) => ({ q, n: i + 1, right: isCorrect(q, session.answers[q.id]), flagged: session.flagged.includes(q.id) }))
    .filter((r) => (filter === 'incorrect' ? !r.right : filter === 'flagged' ? r.flagged : true))
    .filter((r) => !domain || r.q.domain === domain);

  return (
    <section aria-labelledby="review-heading" className="card">
      <h2 id="review-heading">{t.results.reviewHeading}</h2>
      <div className="filters">
        <Segmented legend={t.results.filterLabel} name="results-filter" options={FILTERS} labels={t.results.filters} value={filter} onChange={setFilter} />
        <label className="select-label">
          {t.results.domainFilter}
          <select value={domain} onChange={(e) => setDomain(e.target.value)}>
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
