import { formatClock, timeUsedMs, type ExamScore, type ExamSession } from '../../engine';
import { useStrings } from '../../i18n';

export function ScoreSummary({ score, session, passPercent }: { score: ExamScore; session: ExamSession; passPercent: number }) {
  const t = useStrings();
  const used = timeUsedMs(session);
  const date = new Date(session.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className={`card score ${score.passed ? 'score-pass' : 'score-fail'}`} aria-labelledby="score-heading">
      <p className="score-verdict" id="score-heading">
        {score.passed ? t.results.passed : t.results.failed}
      </p>
      <p className="score-big">
        <span className="score-percent">{Math.round(score.percent)}%</span>
        <span className="score-count">{t.results.score(score.correct, score.total)}</span>
      </p>
      <ul className="score-facts">
        <li>{t.results.passMark(score.passMark, score.total, passPercent)}</li>
        {used !== null && <li>{t.results.timeUsed(formatClock(used))}</li>}
        <li>{session.endReason === 'expired' ? t.results.endedBy.expired : t.results.endedBy.submitted}</li>
        <li>{t.results.takenOn(date)}</li>
      </ul>
    </section>
  );
}
