import { describe, expect, it } from 'vitest';
import { applyEvent, createRng, createSession, drawExam, expireIfDue, type ExamSession, type SessionEvent } from '../../src/engine';
import { blueprint, makeBank } from '../support/fixtures';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const MIN = 60_000;

function freshSession(): ExamSession {
  const drawn = drawExam({ blueprint, questions: makeBank(20), rng: createRng(9) });
  return createSession({ id: 'attempt-1', blueprint, drawn, seed: 9, now: T0 });
}

describe('createSession', () => {
  it('sets the deadline 90 minutes after the start and starts at the first question', () => {
    const s = freshSession();
    expect(s.deadline - s.startedAt).toBe(90 * MIN);
    expect(s.position).toBe(0);
    expect(s.answers).toEqual({});
    expect(s.endReason).toBeNull();
  });
});

describe('applyEvent', () => {
  const s = freshSession();
  const q1 = s.questionIds[0] as string;
  const q2 = s.questionIds[1] as string;

  it.each<{ name: string; events: SessionEvent[]; check: (out: ExamSession) => void }>([
    { name: 'records an answer', events: [{ type: 'answer', questionId: q1, optionIds: ['c'] }], check: (o) => expect(o.answers[q1]).toEqual(['c']) },
    {
      name: 'replaces an answer',
      events: [
        { type: 'answer', questionId: q1, optionIds: ['c'] },
        { type: 'answer', questionId: q1, optionIds: ['a'] },
      ],
      check: (o) => expect(o.answers[q1]).toEqual(['a']),
    },
    {
      name: 'clears an answer',
      events: [
        { type: 'answer', questionId: q1, optionIds: ['c'] },
        { type: 'clear', questionId: q1 },
      ],
      check: (o) => expect(o.answers[q1]).toBeUndefined(),
    },
    { name: 'ignores an option the question does not offer', events: [{ type: 'answer', questionId: q1, optionIds: ['z'] }], check: (o) => expect(o.answers).toEqual({}) },
    { name: 'ignores an unknown question', events: [{ type: 'answer', questionId: 'nope', optionIds: ['a'] }], check: (o) => expect(o.answers).toEqual({}) },
    { name: 'ignores an empty answer', events: [{ type: 'answer', questionId: q1, optionIds: [] }], check: (o) => expect(o.answers).toEqual({}) },
    { name: 'flags a question', events: [{ type: 'toggleFlag', questionId: q2 }], check: (o) => expect(o.flagged).toEqual([q2]) },
    {
      name: 'unflags on a second toggle',
      events: [
        { type: 'toggleFlag', questionId: q2 },
        { type: 'toggleFlag', questionId: q2 },
      ],
      check: (o) => expect(o.flagged).toEqual([]),
    },
    { name: 'moves to a question', events: [{ type: 'goTo', position: 44 }], check: (o) => expect(o.position).toBe(44) },
    { name: 'refuses a position past the end', events: [{ type: 'goTo', position: 45 }], check: (o) => expect(o.position).toBe(0) },
    { name: 'refuses a negative position', events: [{ type: 'goTo', position: -1 }], check: (o) => expect(o.position).toBe(0) },
    {
      name: 'submits with the time of submission',
      events: [{ type: 'submit' }],
      check: (o) => expect([o.endReason, o.endedAt]).toEqual(['submitted', T0 + MIN]),
    },
    {
      name: 'ignores everything after submission',
      events: [{ type: 'submit' }, { type: 'answer', questionId: q1, optionIds: ['a'] }, { type: 'toggleFlag', questionId: q1 }],
      check: (o) => expect([o.answers, o.flagged]).toEqual([{}, []]),
    },
  ])('$name', ({ events, check }) => {
    const out = events.reduce((acc, e) => applyEvent(acc, e, T0 + MIN), s);
    check(out);
  });

  it('returns the same object when nothing changes, so callers can skip a write', () => {
    expect(applyEvent(s, { type: 'goTo', position: 0 }, T0)).toBe(s);
    expect(applyEvent(s, { type: 'clear', questionId: q1 }, T0)).toBe(s);
  });

  it('expires instead of accepting an answer given at or after the deadline', () => {
    const late = applyEvent(s, { type: 'answer', questionId: q1, optionIds: ['a'] }, s.deadline);
    expect(late.answers).toEqual({});
    expect(late.endReason).toBe('expired');
    expect(late.endedAt).toBe(s.deadline);
  });

  it('accepts an answer one millisecond before the deadline', () => {
    const out = applyEvent(s, { type: 'answer', questionId: q1, optionIds: ['a'] }, s.deadline - 1);
    expect(out.answers[q1]).toEqual(['a']);
    expect(out.endReason).toBeNull();
  });
});

describe('expireIfDue', () => {
  const s = freshSession();
  it.each([
    { away: 1 * MIN, expired: false },
    { away: 89 * MIN, expired: false },
    { away: 90 * MIN, expired: true },
    { away: 91 * MIN, expired: true },
    { away: 3 * 24 * 60 * MIN, expired: true },
    { away: -60 * MIN, expired: false },
  ])('after $away ms away, expired is $expired and the end time is never past the deadline', ({ away, expired }) => {
    const out = expireIfDue(s, T0 + away);
    expect(out.endReason === 'expired').toBe(expired);
    if (expired) expect(out.endedAt).toBe(s.deadline);
  });
});
