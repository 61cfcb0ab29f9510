import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { Banner } from '../../components/banner';
import { TrendChart } from '../../components/trend-chart';
import { useStrings } from '../../i18n';
import { useHistoryActions, useHistoryAttempts, useHistoryError, useHistoryProblems, useHistoryStatus } from './history-store';
import { BackupPanel } from './backup-panel';
import { summarizeAttempt } from './summarize-attempt';

const formatDate = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function HistoryPage() {
  const t = useStrings();
  const status = useHistoryStatus();
  const attempts = useHistoryAttempts();
  const problems = useHistoryProblems();
  const error = useHistoryError();
  const { load } = useHistoryActions();
  useEffect(() => {
    void load();
    document.title = `${t.history.title} · ${t.appName}`;
  }, [load, t]);
  const summaries = useMemo(() => attempts.map(summarizeAttempt), [attempts]);

  if (status === 'idle' || status === 'loading') return <main id="main" className="page"><p role="status">{t.loading}</p></main>;

  const pass = summaries[0]?.passPercent ?? 70;
  const domains = attempts[0]?.blueprint.domains ?? [];
  const trend = summaries.slice(0, 20).reverse();
  return (
    <main id="main" className="page">
      <h1>{t.history.title}</h1>
      {error && <Banner tone="error">{error}</Banner>}
      {problems.length > 0 && <Banner tone="warning">{t.storage.problems(problems.length)}</Banner>}
      {summaries.length === 0 ? (
        <p className="card">{t.history.empty}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="trend-heading">
            <h2 id="trend-heading">{t.history.trendHeading}</h2>
            <TrendChart
              points={trend.map((s) => ({ key: s.id, percent: s.score.percent }))}
              passPercent={pass}
              label={t.history.trendLabel(trend.length, pass)}
              passLabel={t.results.passLine(pass)}
            />
          </section>
          <section className="card table-scroll" aria-labelledby="attempts-heading">
            <h2 id="attempts-heading" className="visually-hidden">{t.history.tableCaption}</h2>
            <table className="table">
              <caption className="visually-hidden">{t.history.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.history.columns.date}</th>
                  <th scope="col" className="num">{t.history.columns.score}</th>
                  <th scope="col">{t.history.columns.result}</th>
                  {domains.map((d) => (
                    <th scope="col" className="num" key={d.id}>{d.name}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summaries.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link to={paths.results.to(s.id)} aria-label={t.history.open(formatDate(s.startedAt))}>
                        {formatDate(s.startedAt)}
                      </Link>
                    </th>
                    <td className="num">
                      {Math.round(s.score.percent)}% ({s.score.correct}/{s.score.total})
                    </td>
                    <td>
                      <span className={s.score.passed ? 'badge badge-ok' : 'badge badge-missing'}>
                        {s.score.passed ? t.results.passed : t.results.failed}
                      </span>
                    </td>
                    {domains.map((d) => {
                      const p = s.score.byDomain.find((x) => x.id === d.id)?.percent ?? null;
                      return (
                        <td className="num" key={d.id}>{p === null ? '—' : `${Math.round(p)}%`}</td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <BackupPanel
        onRestored={(restoredActive) => {
          // A restored exam in progress must be picked up by the exam store: start the app afresh.
          if (restoredActive) window.location.assign(paths.home.to());
          else void load();
        }}
      />
    </main>
  );
}
