import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCorrect, passMarkFor, scoreExam, weakTopics } from '../../src/engine';
import { blueprint, makeBank, makeQuestion } from '../support/fixtures';

const served = makeBank(20).filter((q, i, all) => all.findIndex((x) => x.domain === q.domain) + ({ d1: 13, d2: 13, d3: 10, d4: 9 }[q.domain] ?? 0) > i);

describe('isCorrect', () => {
  const single = makeQuestion('d1', 1, { answer: ['b'] });
  const two = makeQuestion('d1', 2, { answer: ['a', 'c'], options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id })) });
  it.each([
    { q: single, chosen: ['b'], right: true },
    { q: single, chosen: ['a'], right: false },
    { q: single, chosen: undefined, right: false },
    { q: single, chosen: [], right: false },
    { q: two, chosen: ['a', 'c'], right: true },
    { q: two, chosen: ['c', 'a'], right: true },
    { q: two, chosen: ['a'], right: false },
    { q: two, chosen: ['a', 'c', 'e'], right: false },
    { q: two, chosen: ['a', 'a'], right: false },
    { q: two, chosen: ['a', 'b'], right: false },
  ])('$chosen against $q.answer is $right', ({ q, chosen, right }) => {
    expect(isCorrect(q, chosen)).toBe(right);
  });
});

describe('passMarkFor', () => {
  it.each([
    { total: 45, pct: 70, mark: 32 },
    { total: 100, pct: 70, mark: 70 },
    { total: 10, pct: 70, mark: 7 },
    { total: 48, pct: 70, mark: 34 },
    { total: 1, pct: 70, mark: 1 },
  ])('needs $mark of $total at $pct%', ({ total, pct, mark }) => {
    expect(passMarkFor(total, pct)).toBe(mark);
  });
});

describe('scoreExam', () => {
  it('serves 45 questions split 13/13/10/9 in this fixture', () => {
    expect(served).toHaveLength(45);
  });

  const answersFor = (correctCount: number) =>
    Object.fromEntries(served.map((q, i) => [q.id, i < correctCount ? q.answer : ['a']]));

  it('scores an all-correct exam at exactly 100%', () => {
    const s = scoreExam({ blueprint, questions: served, answers: answersFor(45) });
    expect([s.correct, s.total, s.percent, s.passed]).toEqual([45, 45, 100, true]);
  });

  it('scores an empty exam at exactly 0% with every question counted', () => {
    const s = scoreExam({ blueprint, questions: served, answers: {} });
    expect([s.correct, s.total, s.percent, s.passed]).toEqual([0, 45, 0, false]);
  });

  it.each([
    { correct: 31, passed: false },
    { correct: 32, passed: true },
  ])('with $correct of 45 correct, passed is $passed', ({ correct, passed }) => {
    expect(scoreExam({ blueprint, questions: served, answers: answersFor(correct) }).passed).toBe(passed);
  });

  it('breaks the score down by domain and topic, with unanswered counted as wrong', () => {
    const answers = Object.fromEntries(served.filter((q) => q.domain === 'd3').map((q) => [q.id, q.answer]));
    const s = scoreExam({ blueprint, questions: served, answers });
    expect(s.byDomain.map((d) => [d.id, d.correct, d.total])).toEqual([
      ['d1', 0, 13],
      ['d2', 0, 13],
      ['d3', 10, 10],
      ['d4', 0, 9],
    ]);
    expect(s.byTopic.find((t) => t.id === 't4')?.percent).toBe(100);
    expect(weakTopics(s, 70).map((t) => t.id)).not.toContain('t4');
  });

  it('always uses the number of served questions as the denominator and adds up across domains', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 45, maxLength: 45 }), (rights) => {
        const answers = Object.fromEntries(served.map((q, i) => [q.id, rights[i] ? q.answer : ['d']]));
        const s = scoreExam({ blueprint, questions: served, answers });
        expect(s.total).toBe(45);
        expect(s.correct).toBe(rights.filter(Boolean).length);
        expect(s.byDomain.reduce((a, d) => a + d.correct, 0)).toBe(s.correct);
        expect(s.byDomain.reduce((a, d) => a + d.total, 0)).toBe(45);
        expect(s.passed).toBe(s.correct >= 32);
      }),
      { seed: 45, numRuns: 300 },
    );
  });
});
