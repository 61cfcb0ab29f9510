import type { ExamSession } from '../engine';
import { readAllRecords, readRecord, writeRecords } from './idb';
import {
  KEYS,
  activeRecord,
  attemptRecord,
  parseActive,
  parseAttempt,
  parseSnapshot,
  snapshotRecord,
  type AttemptRecord,
  type Paper,
} from './records';

/** A stored value that could not be read; it has been set aside, not deleted. */
export interface StorageProblem {
  key: string;
  reason: string;
}

export interface ActiveAttempt extends Paper {
  session: ExamSession;
}

export interface LoadedActive {
  active: ActiveAttempt | null;
  problems: StorageProblem[];
}

async function quarantine(entries: { key: string; value: unknown }[], now: number): Promise<void> {
  if (entries.length === 0) return;
  await writeRecords({
    put: entries.map(({ key, value }) => [KEYS.quarantine(key, now), value]),
    remove: entries.map(({ key }) => key),
  });
}

/**
 * Reads the in-progress attempt with its questions. If either half is unreadable, both are quarantined
 * together so that a session is never paired with the wrong questions.
 */
export async function loadActiveAttempt(now: number): Promise<LoadedActive> {
  const rawActive = await readRecord(KEYS.active);
  if (rawActive === undefined) return { active: null, problems: [] };
  const active = parseActive(rawActive);
  if (!active.ok) {
    await quarantine([{ key: KEYS.active, value: rawActive }], now);
    return { active: null, problems: [{ key: KEYS.active, reason: active.reason }] };
  }
  const snapKey = KEYS.snapshot(active.value.session.id);
  const rawSnap = await readRecord(snapKey);
  const snap = parseSnapshot(rawSnap);
  if (!snap.ok) {
    await quarantine(
      [
        { key: KEYS.active, value: rawActive },
        ...(rawSnap === undefined ? [] : [{ key: snapKey, value: rawSnap }]),
      ],
      now,
    );
    return { active: null, problems: [{ key: snapKey, reason: rawSnap === undefined ? 'missing' : snap.reason }] };
  }
  const known = new Set(snap.value.questions.map((q) => q.id));
  if (!active.value.session.questionIds.every((id) => known.has(id))) {
    await quarantine([{ key: KEYS.active, value: rawActive }, { key: snapKey, value: rawSnap }], now);
    return { active: null, problems: [{ key: KEYS.active, reason: 'questions missing from its snapshot' }] };
  }
  return {
    active: { session: active.value.session, blueprint: snap.value.blueprint, questions: snap.value.questions },
    problems: [],
  };
}

// Writes of the in-progress attempt name the tab that makes them (`asWriter`): a tab that has lost
// the exam to another tab gets a NotWriterError instead of overwriting it.

/** Stores a new attempt's questions and its first state together. */
export function startAttempt(attempt: ActiveAttempt, asWriter?: string): Promise<void> {
  return writeRecords({
    put: [
      [KEYS.snapshot(attempt.session.id), snapshotRecord(attempt)],
      [KEYS.active, activeRecord(attempt.session)],
    ],
    asWriter,
  });
}

export function saveSession(session: ExamSession, asWriter?: string): Promise<void> {
  return writeRecords({ put: [[KEYS.active, activeRecord(session)]], asWriter });
}

/** Moves a finished attempt into history and clears the in-progress slot, in one transaction. */
export function finishAttempt(attempt: ActiveAttempt, asWriter?: string): Promise<void> {
  return writeRecords({
    put: [[KEYS.attempt(attempt.session.id), attemptRecord(attempt.session, attempt)]],
    remove: [KEYS.active, KEYS.snapshot(attempt.session.id)],
    asWriter,
  });
}

export interface LoadedHistory {
  attempts: AttemptRecord[];
  problems: StorageProblem[];
}

/** All finished attempts, newest first. Unreadable ones are quarantined and reported. */
export async function loadHistory(now: number): Promise<LoadedHistory> {
  const all = await readAllRecords();
  const attempts: AttemptRecord[] = [];
  const bad: { key: string; value: unknown; reason: string }[] = [];
  for (const [key, value] of all) {
    if (!key.startsWith(KEYS.attempt(''))) continue;
    const parsed = parseAttempt(value);
    if (parsed.ok) attempts.push(parsed.value);
    else bad.push({ key, value, reason: parsed.reason });
  }
  await quarantine(bad, now);
  attempts.sort((a, b) => b.session.startedAt - a.session.startedAt);
  return { attempts, problems: bad.map(({ key, reason }) => ({ key, reason })) };
}

export async function loadAttempt(id: string): Promise<AttemptRecord | null> {
  const parsed = parseAttempt(await readRecord(KEYS.attempt(id)));
  return parsed.ok ? parsed.value : null;
}
