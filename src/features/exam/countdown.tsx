import { useEffect } from 'react';
import { formatClock, remainingMs, warningLevel, type ExamSession } from '../../engine';
import { useNow } from '../../components/use-now';
import { useStrings } from '../../i18n';
import { useExamActions } from './exam-store';

const WARNINGS = [10, 5];

/**
 * The countdown shows deadline − now; it never counts anything down itself. Screen readers hear the 10-
 * and 5-minute warnings once each, through a polite live region, not the ticking clock.
 */
export function Countdown({ session }: { session: ExamSession }) {
  const t = useStrings();
  const now = useNow(1000);
  const { checkDeadline } = useExamActions();
  const remaining = remainingMs(session, now);
  const level = warningLevel(remaining, WARNINGS);
  // The live region's text changes only when a threshold is crossed, so each warning is read once.
  const announcement = level === null ? '' : t.exam.timeWarning(level);

  useEffect(() => {
    if (remaining === 0) checkDeadline();
  }, [remaining, checkDeadline]);

  const tone = level === null ? '' : level <= 5 ? ' countdown-critical' : ' countdown-warning';
  return (
    <div className={`countdown${tone}`}>
      <span className="countdown-label" id="countdown-label">
        {t.exam.timeLeft}
      </span>
      <span role="timer" aria-labelledby="countdown-label" className="countdown-value">
        {formatClock(remaining)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
