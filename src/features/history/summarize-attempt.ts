import { scoreExam, type ExamScore } from '../../engine';
import type { AttemptRecord } from '../../storage';

export interface AttemptSummary {
  id: string;
  startedAt: number;
  score: ExamScore;
  passPercent: number;
}

export function summarizeAttempt(a: AttemptRecord): AttemptSummary {
  return {
    id: a.session.id,
    startedAt: a.session.startedAt,
    score: scoreExam({ blueprint: a.blueprint, questions: a.questions, answers: a.session.answers }),
    passPercent: a.blueprint.passPercent,
  };
}
