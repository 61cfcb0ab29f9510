import type { Question } from '../engine';

/**
 * The bank is a separate chunk, fetched when an exam starts, so the first page stays small. Results and
 * history never need it: a finished attempt carries its own copy of the questions it served.
 */
export async function loadQuestions(): Promise<Question[]> {
  const mod = await import('virtual:question-bank');
  return mod.default;
}
