/**
 * Splits `total` questions across weights by the largest-remainder (Hamilton) method: every share gets
 * the floor of its exact quota, and the seats left over go to the largest fractional remainders. The
 * result always sums to `total`, and each share is within one of its exact quota. Ties go to the larger
 * weight, then to the earlier entry, so the outcome is deterministic. See docs/decisions/002.
 */
export function allocateQuotas(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new RangeError(`total must be a whole number ≥ 0, got ${total}`);
  }
  if (weights.length === 0) throw new RangeError('at least one weight is needed');
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weights must be finite and ≥ 0, got ${w}`);
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new RangeError('weights must not all be zero');

  const allIntegers = weights.every(Number.isInteger) && Number.isSafeInteger(total * sum);
  // With whole-number weights the remainders are computed exactly, so 45 × 29 / 100 can never be
  // rounded the wrong way by floating point.
  const remainders = weights.map((w) => (allIntegers ? (total * w) % sum : ((total * w) / sum) % 1));
  const floors = weights.map((w, i) =>
    allIntegers ? (total * w - (remainders[i] ?? 0)) / sum : Math.floor((total * w) / sum),
  );

  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => ({ i, w, r: remainders[i] ?? 0 }))
    .sort((a, b) => b.r - a.r || b.w - a.w || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}
