import type { ExamSession } from './session';

/**
 * Time left is always deadline − now, computed on demand; nothing counts down. It is clamped to the
 * exam's own length, so a clock set backwards can never show (or give) more time than the exam has.
 */
export function remainingMs(session: ExamSession, now: number): number {
  if (session.endReason !== null) return 0;
  const length = session.deadline - session.startedAt;
  return Math.min(length, Math.max(0, session.deadline - now));
}

export function isExpired(session: ExamSession, now: number): boolean {
  return now >= session.deadline;
}

/** Time the candidate used: from start to submission, never more than the exam's length. */
export function timeUsedMs(session: ExamSession): number | null {
  if (session.endedAt === null) return null;
  const length = session.deadline - session.startedAt;
  return Math.min(length, Math.max(0, session.endedAt - session.startedAt));
}

/**
 * The warning threshold (in minutes) the exam is currently under, e.g. 10 once ten minutes or fewer are
 * left, 5 once five or fewer are left; null above every threshold. Announcing only when this value
 * changes gives one announcement per threshold, not one per second.
 */
export function warningLevel(remaining: number, thresholdsMinutes: readonly number[]): number | null {
  let level: number | null = null;
  for (const t of thresholdsMinutes) if (remaining <= t * 60_000 && (level === null || t < level)) level = t;
  return level;
}

/** "1:29:59" or "9:05": hours only when there are any. Rounds up so 0:00 means time is really up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
