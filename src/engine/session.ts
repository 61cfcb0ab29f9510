import type { Blueprint } from './types';
import type { DrawnExam } from './draw-exam';

export type EndReason = 'submitted' | 'expired';

/**
 * What happened in one attempt, and nothing that can be derived: the score, the answered count and the
 * time left are computed from this when needed.
 */
export interface ExamSession {
  id: string;
  blueprintId: string;
  seed: number;
  questionIds: string[];
  optionOrder: Record<string, string[]>;
  /** Chosen option ids per question id; a question with no entry is unanswered. */
  answers: Record<string, string[]>;
  /** Question ids flagged for review, in the order they were flagged. */
  flagged: string[];
  /** Index into questionIds of the question on screen. */
  position: number;
  startedAt: number;
  deadline: number;
  endedAt: number | null;
  endReason: EndReason | null;
}

export type SessionEvent =
  | { type: 'answer'; questionId: string; optionIds: string[] }
  | { type: 'clear'; questionId: string }
  | { type: 'toggleFlag'; questionId: string }
  | { type: 'goTo'; position: number }
  | { type: 'submit' };

export function createSession(input: {
  id: string;
  blueprint: Blueprint;
  drawn: DrawnExam;
  seed: number;
  now: number;
}): ExamSession {
  const { id, blueprint, drawn, seed, now } = input;
  return {
    id,
    blueprintId: blueprint.id,
    seed,
    questionIds: drawn.questionIds.slice(),
    optionOrder: structuredCopy(drawn.optionOrder),
    answers: {},
    flagged: [],
    position: 0,
    startedAt: now,
    deadline: now + blueprint.durationMinutes * 60_000,
    endedAt: null,
    endReason: null,
  };
}

export function isFinished(session: ExamSession): boolean {
  return session.endReason !== null;
}

/**
 * Ends the session if its deadline has passed. The end time is the deadline itself, not `now`, so time
 * spent away (a closed laptop, a closed tab) never shows up as time used beyond the limit.
 */
export function expireIfDue(session: ExamSession, now: number): ExamSession {
  if (isFinished(session) || now < session.deadline) return session;
  return { ...session, endedAt: session.deadline, endReason: 'expired' };
}

/**
 * Applies one candidate action at time `now`. Past the deadline no action counts: the session is
 * expired instead, so an answer given late can never change the score. Invalid events (unknown
 * question, option not offered) leave the session unchanged.
 */
export function applyEvent(session: ExamSession, event: SessionEvent, now: number): ExamSession {
  if (isFinished(session)) return session;
  const expired = expireIfDue(session, now);
  if (expired !== session) return expired;

  switch (event.type) {
    case 'answer': {
      const offered = session.optionOrder[event.questionId];
      if (!offered) return session;
      const chosen = offered.filter((id) => event.optionIds.includes(id));
      if (chosen.length === 0 || chosen.length !== new Set(event.optionIds).size) return session;
      return { ...session, answers: { ...session.answers, [event.questionId]: chosen } };
    }
    case 'clear': {
      if (!(event.questionId in session.answers)) return session;
      const answers = { ...session.answers };
      delete answers[event.questionId];
      return { ...session, answers };
    }
    case 'toggleFlag': {
      if (!session.questionIds.includes(event.questionId)) return session;
      const flagged = session.flagged.includes(event.questionId)
        ? session.flagged.filter((id) => id !== event.questionId)
        : [...session.flagged, event.questionId];
      return { ...session, flagged };
    }
    case 'goTo': {
      const { position } = event;
      if (!Number.isInteger(position) || position < 0 || position >= session.questionIds.length) return session;
      if (position === session.position) return session;
      return { ...session, position };
    }
    case 'submit':
      return { ...session, endedAt: now, endReason: 'submitted' };
  }
}

export function answeredCount(session: ExamSession): number {
  return session.questionIds.filter((id) => (session.answers[id]?.length ?? 0) > 0).length;
}

export type QuestionStatus = 'answered' | 'unanswered';

export function questionStatus(session: ExamSession, questionId: string): QuestionStatus {
  return (session.answers[questionId]?.length ?? 0) > 0 ? 'answered' : 'unanswered';
}

function structuredCopy(order: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(order).map(([k, v]) => [k, v.slice()]));
}
