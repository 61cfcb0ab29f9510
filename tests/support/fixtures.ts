// Small, hand-made blueprints and questions for engine tests: the tests say exactly what they depend on.
import type { Blueprint, Question } from '../../src/engine';

export const blueprint: Blueprint = {
  id: 'test-exam',
  title: 'Test exam',
  questionCount: 45,
  durationMinutes: 90,
  passPercent: 70,
  domains: [
    { id: 'd1', name: 'Domain one', weight: 29, topics: [{ id: 't1', name: 'Topic one' }, { id: 't2', name: 'Topic two' }] },
    { id: 'd2', name: 'Domain two', weight: 29, topics: [{ id: 't3', name: 'Topic three' }] },
    { id: 'd3', name: 'Domain three', weight: 22, topics: [{ id: 't4', name: 'Topic four' }] },
    { id: 'd4', name: 'Domain four', weight: 20, topics: [{ id: 't5', name: 'Topic five' }] },
  ],
};

const topicsOf: Record<string, string[]> = { d1: ['t1', 't2'], d2: ['t3'], d3: ['t4'], d4: ['t5'] };

export function makeQuestion(domain: string, index: number, overrides: Partial<Question> = {}): Question {
  const topics = topicsOf[domain] ?? ['t1'];
  const topic = topics[index % topics.length] as string;
  return {
    id: `${topic}-${domain}-${String(index).padStart(3, '0')}`,
    domain,
    topic,
    difficulty: 'medium',
    stem: `Question ${index} of ${domain}?`,
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}` })),
    answer: ['b'],
    explanation: 'Because.',
    optionNotes: { a: 'No.', c: 'No.', d: 'No.' },
    references: [{ title: 'Docs', url: 'https://example.org/docs' }],
    checked: { against: 'test', version: 'n/a', date: '2026-11-30' },
    ...overrides,
  };
}

/** A bank with `perDomain` questions in every blueprint domain. */
export function makeBank(perDomain: number): Question[] {
  return blueprint.domains.flatMap((d) => Array.from({ length: perDomain }, (_, i) => makeQuestion(d.id, i + 1)));
}
