import type { Blueprint, Question } from './types';

export interface PartScore {
  id: string;
  name: string;
  correct: number;
  total: number;
  /** null when no question of this part was served. */
  percent: number | null;
}

export interface TopicScore extends PartScore {
  domainId: string;
}

export interface ExamScore {
  correct: number;
  /** Always the number of questions served: unanswered questions count as wrong. */
  total: number;
  percent: number;
  passMark: number;
  passed: boolean;
  byDomain: PartScore[];
  byTopic: TopicScore[];
}

/** Right only when exactly the keyed set is chosen: for "choose two", both and nothing else. */
export function isCorrect(question: Pick<Question, 'answer'>, chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length !== question.answer.length) return false;
  const key = new Set(question.answer);
  return new Set(chosen).size === key.size && chosen.every((id) => key.has(id));
}

/** Correct answers needed to pass: ceil(45 × 70%) = 32. */
export function passMarkFor(total: number, passPercent: number): number {
  // Computed in integers so that 70% of 100 is exactly 70, never 70.00000000000001 → 71.
  return Math.ceil((total * Math.round(passPercent * 1000)) / 100_000);
}

export function scoreExam(input: {
  blueprint: Pick<Blueprint, 'passPercent' | 'domains'>;
  questions: readonly Question[];
  answers: Readonly<Record<string, readonly string[]>>;
}): ExamScore {
  const { blueprint, questions, answers } = input;
  const domainTally = new Map<string, { correct: number; total: number }>();
  const topicTally = new Map<string, { correct: number; total: number }>();
  let correct = 0;
  for (const q of questions) {
    const right = isCorrect(q, answers[q.id]);
    if (right) correct++;
    bump(domainTally, q.domain, right);
    bump(topicTally, q.topic, right);
  }
  const total = questions.length;
  const passMark = passMarkFor(total, blueprint.passPercent);
  const byDomain = blueprint.domains.map((d) => part(d.id, d.name, domainTally.get(d.id)));
  const byTopic = blueprint.domains.flatMap((d) =>
    d.topics.map((t) => ({ ...part(t.id, t.name, topicTally.get(t.id)), domainId: d.id })),
  );
  return {
    correct,
    total,
    percent: total === 0 ? 0 : (correct / total) * 100,
    passMark,
    passed: total > 0 && correct >= passMark,
    byDomain,
    byTopic,
  };
}

function bump(tally: Map<string, { correct: number; total: number }>, key: string, right: boolean): void {
  const t = tally.get(key) ?? { correct: 0, total: 0 };
  t.total++;
  if (right) t.correct++;
  tally.set(key, t);
}

function part(id: string, name: string, t: { correct: number; total: number } | undefined): PartScore {
  const correct = t?.correct ?? 0;
  const total = t?.total ?? 0;
  return { id, name, correct, total, percent: total === 0 ? null : (correct / total) * 100 };
}

/** Topics where the candidate scored under the pass percentage, weakest first. */
export function weakTopics(score: ExamScore, passPercent: number): TopicScore[] {
  return score.byTopic
    .filter((t) => t.percent !== null && t.percent < passPercent)
    .sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0) || b.total - a.total);
}
