import { describe, expect, it } from 'vitest';
import { createRng, createSession, drawExam } from '../../src/engine';
import { SCHEMA_VERSION, activeRecord, attemptRecord, parseActive, parseAttempt, parseSnapshot, snapshotRecord } from '../../src/storage/records';
import { blueprint, makeBank } from '../support/fixtures';

const bank = makeBank(20);
const drawn = drawExam({ blueprint, questions: bank, rng: createRng(3) });
const session = createSession({ id: 's1', blueprint, drawn, seed: 3, now: 1_000 });
const served = session.questionIds.map((id) => bank.find((q) => q.id === id)!);
const finished = { ...session, endedAt: 2_000, endReason: 'submitted' as const };

describe('stored records', () => {
  it('round-trips every kind of record at the current schema version', () => {
    expect(parseActive(activeRecord(session))).toMatchObject({ ok: true });
    expect(parseSnapshot(snapshotRecord({ blueprint, questions: served }))).toMatchObject({ ok: true });
    expect(parseAttempt(attemptRecord(finished, { blueprint, questions: served }))).toMatchObject({ ok: true });
  });

  it('has a migration for every earlier schema version (there is none before v1 yet)', () => {
    // Each version below the current one must migrate forward; v1 is the first, so the list is empty.
    const earlier = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1);
    for (const v of earlier) expect(parseActive({ ...activeRecord(session), schemaVersion: v })).toMatchObject({ ok: true });
    expect(earlier).toEqual([]);
  });

  it.each([
    { name: 'not an object', raw: 'hello', reason: /not an object/ },
    { name: 'no schema version', raw: { kind: 'active', session }, reason: /no schema version/ },
    { name: 'a newer schema version', raw: { ...activeRecord(session), schemaVersion: SCHEMA_VERSION + 1 }, reason: /newer version/ },
    { name: 'a session of the wrong shape', raw: { ...activeRecord(session), session: { id: 1 } }, reason: /session/ },
    { name: 'a position past the last question', raw: activeRecord({ ...session, position: 45 }), reason: /position/ },
    { name: 'a deadline before the start', raw: activeRecord({ ...session, deadline: 0 }), reason: /deadline/ },
  ])('refuses $name with a reason, without throwing', ({ raw, reason }) => {
    const out = parseActive(raw);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(reason);
  });

  it.each([
    { name: 'an unfinished session', raw: attemptRecord(session, { blueprint, questions: served }), reason: /never finished/ },
    { name: 'questions missing', raw: attemptRecord(finished, { blueprint, questions: served.slice(1) }), reason: /missing/ },
    { name: 'a snapshot in its place', raw: snapshotRecord({ blueprint, questions: served }), reason: /not a finished attempt/ },
  ])('refuses a finished attempt with $name', ({ raw, reason }) => {
    const out = parseAttempt(raw);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(reason);
  });
});
