import { weakTopics, type ExamScore } from '../../engine';
import { useStrings } from '../../i18n';

export function WeakTopics({ score, passPercent }: { score: ExamScore; passPercent: number }) {
  const t = useStrings();
  const weak = weakTopics(score, passPercent);
  return (
    <section aria-labelledby="weak-heading" className="card">
      <h2 id="weak-heading">{t.results.weakHeading}</h2>
      {weak.length === 0 ? (
        <p>{t.results.weakNone}</p>
      ) : (
        <ul className="weak-list">
          {weak.map((w) => (
            <li key={w.id}>
              <span>{t.results.weakItem(w.name, w.correct, w.total)}</span>
              <meter min={0} max={100} low={passPercent} optimum={100} value={w.percent ?? 0} aria-label={w.name} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
