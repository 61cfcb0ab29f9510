import { describe, expect, it } from 'vitest';
import { formatClock, remainingMs, timeUsedMs, warningLevel, type ExamSession } from '../../src/engine';

const MIN = 60_000;
const session = { startedAt: 0, deadline: 90 * MIN, endReason: null, endedAt: null } as unknown as ExamSession;

describe('remainingMs', () => {
  it.each([
    { now: 0, expected: 90 * MIN },
    { now: 30 * MIN, expected: 60 * MIN },
    { now: 90 * MIN, expected: 0 },
    { now: 200 * MIN, expected: 0 },
    { now: -45 * MIN, expected: 90 * MIN }, // a clock set backwards never gives more than the exam's length
  ])('is $expected at $now', ({ now, expected }) => {
    expect(remainingMs(session, now)).toBe(expected);
  });

  it('is zero once the session has ended', () => {
    expect(remainingMs({ ...session, endReason: 'submitted', endedAt: MIN }, 2 * MIN)).toBe(0);
  });
});

describe('timeUsedMs', () => {
  it.each([
    { endedAt: null, expected: null },
    { endedAt: 42 * MIN, expected: 42 * MIN },
    { endedAt: 500 * MIN, expected: 90 * MIN },
  ])('is $expected when the session ended at $endedAt', ({ endedAt, expected }) => {
    expect(timeUsedMs({ ...session, endedAt })).toBe(expected);
  });
});

describe('warningLevel', () => {
  it.each([
    { left: 11 * MIN, level: null },
    { left: 10 * MIN, level: 10 },
    { left: 6 * MIN, level: 10 },
    { left: 5 * MIN, level: 5 },
    { left: 0, level: 5 },
  ])('is $level with $left ms left', ({ left, level }) => {
    expect(warningLevel(left, [10, 5])).toBe(level);
  });
});

describe('formatClock', () => {
  it.each([
    { ms: 90 * MIN, text: '1:30:00' },
    { ms: 9 * MIN + 5000, text: '9:05' },
    { ms: 999, text: '0:01' },
    { ms: 0, text: '0:00' },
    { ms: -5, text: '0:00' },
  ])('shows $ms as $text', ({ ms, text }) => {
    expect(formatClock(ms)).toBe(text);
  });
});
