import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BankTooSmallError, countSeen, createRng, drawExam, orderOptions, shuffle } from '../../src/engine';
import { blueprint, makeBank, makeQuestion } from '../support/fixtures';

describe('drawExam', () => {
  const bank = makeBank(20);

  it('draws 13/13/10/9 from the four domains for a 45-question exam', () => {
    const drawn = drawExam({ blueprint, questions: bank, rng: createRng(1) });
    const byDomain = new Map<string, number>();
    const domainOf = new Map(bank.map((q) => [q.id, q.domain]));
    for (const id of drawn.questionIds) byDomain.set(domainOf.get(id) ?? '', (byDomain.get(domainOf.get(id) ?? '') ?? 0) + 1);
    expect(Object.fromEntries(byDomain)).toEqual({ d1: 13, d2: 13, d3: 10, d4: 9 });
  });

  it('is reproducible: the same seed draws the same questions in the same order', () => {
    const a = drawExam({ blueprint, questions: bank, rng: createRng(42) });
    const b = drawExam({ blueprint, questions: bank, rng: createRng(42) });
    expect(a).toEqual(b);
    const c = drawExam({ blueprint, questions: bank, rng: createRng(43) });
    expect(c.questionIds).not.toEqual(a.questionIds);
  });

  it('prefers the questions a candidate has seen least', () => {
    const seen = countSeen([bank.filter((q) => q.domain === 'd4').slice(0, 11).map((q) => q.id)]);
    const drawn = drawExam({ blueprint, questions: bank, rng: createRng(5), seenCounts: seen });
    const d4 = drawn.questionIds.filter((id) => id.includes('-d4-'));
    expect(d4).toHaveLength(9);
    expect(d4.every((id) => !seen[id])).toBe(true);
  });

  it('says which domain is short when the bank cannot fill a quota', () => {
    const small = bank.filter((q) => q.domain !== 'd3' || /-00\d$/.test(q.id));
    expect(() => drawExam({ blueprint, questions: small, rng: createRng(1) })).toThrow(BankTooSmallError);
    try {
      drawExam({ blueprint, questions: small, rng: createRng(1) });
    } catch (e) {
      expect(e).toMatchObject({ domainId: 'd3', needed: 10 });
    }
  });

  it('never serves a question twice, fills every quota and orders every option exactly once (any seed, any history)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.integer({ min: 0, max: 79 }), { maxLength: 60 }),
        (seed, seenIdx) => {
          const seen = countSeen([seenIdx.map((i) => (bank[i] as { id: string }).id)]);
          const drawn = drawExam({ blueprint, questions: bank, rng: createRng(seed), seenCounts: seen });
          expect(new Set(drawn.questionIds).size).toBe(45);
          for (const id of drawn.questionIds) {
            expect([...(drawn.optionOrder[id] ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
          }
        },
      ),
      { seed: 1130, numRuns: 200 },
    );
  });
});

describe('orderOptions', () => {
  it('keeps a fixed option at its index whatever the seed', () => {
    const q = makeQuestion('d1', 1, {
      options: [
        { id: 'a', text: 'one' },
        { id: 'b', text: 'two' },
        { id: 'c', text: 'three' },
        { id: 'd', text: 'None of the above', fixed: true },
      ],
    });
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const order = orderOptions(q.options, createRng(seed));
        expect(order[3]).toBe('d');
        expect([...order].sort()).toEqual(['a', 'b', 'c', 'd']);
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it('lists options that are all numbers in ascending order, whatever the seed', () => {
    const q = makeQuestion('d1', 1, {
      options: ['320', '256', '64', '128'].map((text, i) => ({ id: 'abcd'[i]!, text })),
    });
    for (let seed = 0; seed < 20; seed++) expect(orderOptions(q.options, createRng(seed))).toEqual(['c', 'd', 'b', 'a']);
  });

  it('moves options around across seeds', () => {
    const q = makeQuestion('d1', 1);
    const firsts = new Set(Array.from({ length: 40 }, (_, s) => orderOptions(q.options, createRng(s))[0]));
    expect(firsts.size).toBe(4);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (xs, seed) => {
        const copy = xs.slice();
        const out = shuffle(xs, createRng(seed));
        expect(xs).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('drawExam with questions that must not meet', () => {
  it('never serves two questions marked notWith each other when the bank has room (any seed)', () => {
    // Three disjoint pairs among d1's 20 questions: a draw of 13 can always take one of each pair.
    const paired = makeBank(20).map((q, i, all) =>
      q.domain === 'd1' && i < 6 && i % 2 === 0 ? { ...q, notWith: [all[i + 1]!.id] } : q,
    );
    const pairs = paired.flatMap((q) => (q.notWith ?? []).map((other) => [q.id, other] as const));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const served = new Set(drawExam({ blueprint, questions: paired, rng: createRng(seed) }).questionIds);
        expect(served.size).toBe(45);
        for (const [a, b] of pairs) expect(served.has(a) && served.has(b)).toBe(false);
      }),
      { seed: 77, numRuns: 200 },
    );
  });

  it('still fills the quota when avoiding every pair is impossible', () => {
    const tight = makeBank(20).map((q, i, all) => (q.domain === 'd4' && all[i + 1]?.domain === 'd4' ? { ...q, notWith: [all[i + 1]!.id] } : q));
    const drawn = drawExam({ blueprint, questions: tight, rng: createRng(1) });
    expect(drawn.questionIds.filter((id) => id.includes('-d4-'))).toHaveLength(9);
  });
});
