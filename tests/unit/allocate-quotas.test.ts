import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateQuotas } from '../../src/engine';

describe('allocateQuotas', () => {
  it.each([
    { total: 45, weights: [29, 29, 22, 20], expected: [13, 13, 10, 9] },
    { total: 60, weights: [29, 29, 22, 20], expected: [18, 17, 13, 12] },
    { total: 10, weights: [1, 1, 1], expected: [4, 3, 3] },
    { total: 0, weights: [29, 29, 22, 20], expected: [0, 0, 0, 0] },
    { total: 7, weights: [1], expected: [7] },
    { total: 5, weights: [0, 1], expected: [0, 5] },
    { total: 3, weights: [0.5, 0.25, 0.25], expected: [1, 1, 1] },
  ])('splits $total across $weights as $expected', ({ total, weights, expected }) => {
    expect(allocateQuotas(total, weights)).toEqual(expected);
  });

  it.each([
    { total: -1, weights: [1] },
    { total: 1.5, weights: [1] },
    { total: 5, weights: [] },
    { total: 5, weights: [0, 0] },
    { total: 5, weights: [-1, 2] },
    { total: 5, weights: [Number.NaN] },
  ])('rejects total $total with weights $weights', ({ total, weights }) => {
    expect(() => allocateQuotas(total, weights)).toThrow(RangeError);
  });

  const weights = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0));

  it('always sums to the total and stays within one of each exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), weights, (total, w) => {
        const q = allocateQuotas(total, w);
        const sum = w.reduce((a, b) => a + b, 0);
        expect(q.reduce((a, b) => a + b, 0)).toBe(total);
        q.forEach((n, i) => {
          const exact = (total * (w[i] ?? 0)) / sum;
          expect(n).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(n).toBeLessThanOrEqual(Math.ceil(exact));
        });
      }),
      { seed: 20261130, numRuns: 500 },
    );
  });

  it('gives nothing to a zero weight and is the same for the same input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), weights, (total, w) => {
        const q = allocateQuotas(total, w);
        w.forEach((x, i) => x === 0 && expect(q[i]).toBe(0));
        expect(allocateQuotas(total, w)).toEqual(q);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
