import blueprint from 'virtual:blueprint';
import questions from 'virtual:question-bank';
import { createRng, createSession, drawExam, type ExamSession } from '../../src/engine';
import { startAttempt } from '../../src/storage';
import { writeRecords } from '../../src/storage/idb';

/** Stores an in-progress attempt as the app would have, with `patch` applied to its session. */
export async function seedActiveAttempt(patch: (s: ExamSession) => Partial<ExamSession> = () => ({})) {
  const drawn = drawExam({ blueprint, questions, rng: createRng(2026) });
  const base = createSession({ id: 'seeded', blueprint, drawn, seed: 2026, now: Date.now() });
  const session = { ...base, ...patch(base) };
  const byId = new Map(questions.map((q) => [q.id, q]));
  const served = session.questionIds.map((id) => byId.get(id)!);
  await startAttempt({ session, blueprint, questions: served });
  return { session, questions: served, blueprint };
}

export async function putRaw(key: string, value: unknown) {
  await writeRecords({ put: [[key, value]] });
}
