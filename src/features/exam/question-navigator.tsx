import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { ExamSession } from '../../engine';
import { useStrings } from '../../i18n';

/** A grid of all questions: answered, unanswered, flagged and current are told apart by more than colour. */
export function QuestionNavigator({ session, current }: { session: ExamSession; current: number }) {
  const t = useStrings();
  return (
    <nav className="navigator" aria-label={t.exam.navigatorLabel}>
      <ol className="navigator-grid">
        {session.questionIds.map((id, i) => {
          const answered = (session.answers[id]?.length ?? 0) > 0;
          const flagged = session.flagged.includes(id);
          const isCurrent = i === current;
          const cls = ['nav-cell', answered ? 'nav-answered' : 'nav-unanswered', flagged ? 'nav-flagged' : '', isCurrent ? 'nav-current' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={id}>
              <Link
                to={paths.question.to(i + 1)}
                className={cls}
                aria-label={t.exam.navItem(i + 1, answered, flagged, isCurrent)}
                aria-current={isCurrent ? 'step' : undefined}
              >
                {i + 1}
              </Link>
            </li>
          );
        })}
      </ol>
      <ul className="navigator-legend" aria-hidden="true">
        <li><span className="nav-cell nav-answered" />{t.exam.legend.answered}</li>
        <li><span className="nav-cell nav-unanswered" />{t.exam.legend.unanswered}</li>
        <li><span className="nav-cell nav-unanswered nav-flagged" />{t.exam.legend.flagged}</li>
        <li><span className="nav-cell nav-unanswered nav-current" />{t.exam.legend.current}</li>
      </ul>
    </nav>
  );
}
