import { BarChart } from '../../components/bar-chart';
import type { ExamScore } from '../../engine';
import { useStrings } from '../../i18n';

const pct = (p: number | null) => (p === null ? '—' : `${Math.round(p)}%`);

export function DomainBreakdown({ score, passPercent }: { score: ExamScore; passPercent: number }) {
  const t = useStrings();
  return (
    <section aria-labelledby="domains-heading" className="card">
      <h2 id="domains-heading">{t.results.domainsHeading}</h2>
      <div className="breakdown">
        <table className="table">
          <caption className="visually-hidden">{t.results.domainTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.results.columns.domain}</th>
              <th scope="col" className="num">{t.results.columns.correct}</th>
              <th scope="col" className="num">{t.results.columns.total}</th>
              <th scope="col" className="num">{t.results.columns.percent}</th>
            </tr>
          </thead>
          <tbody>
            {score.byDomain.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td className="num">{d.correct}</td>
                <td className="num">{d.total}</td>
                <td className="num">{pct(d.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <BarChart
          bars={score.byDomain.map((d) => ({ label: d.name, percent: d.percent }))}
          passPercent={passPercent}
          label={t.results.chartLabel(passPercent)}
          passLabel={t.results.passLine(passPercent)}
        />
      </div>
    </section>
  );
}
