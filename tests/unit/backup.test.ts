// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRng, createSession, drawExam, type ExamSession } from '../../src/engine';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, createBackup, finishAttempt, importBackup, parseBackup, startAttempt } from '../../src/storage';
import { readAllRecords, resetConnectionForTests } from '../../src/storage/idb';
import { blueprint, makeBank } from '../support/fixtures';

const bank = makeBank(20);

async function storeFinishedAttempt(id: string, seed: number, patch: Partial<ExamSession> = {}) {
  const drawn = drawExam({ blueprint, questions: bank, rng: createRng(seed) });
  const session = { ...createSession({ id, blueprint, drawn, seed, now: 1_000 * seed }), endedAt: 1_000 * seed + 60_000, endReason: 'submitted' as const, ...patch };
  const served = session.questionIds.map((q) => bank.find((x) => x.id === q)!);
  await finishAttempt({ session, blueprint, questions: served });
}

async function snapshot() {
  return JSON.stringify((await readAllRecords()).sort(([a], [b]) => a.localeCompare(b)));
}

/** What the app does with a chosen file: parse, and import only if the file is accepted. */
async function importText(text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  await importBackup(parsed.backup);
  return parsed;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnectionForTests();
});

describe('backup and restore', () => {
  it('round-trips every attempt and merges without duplicating', async () => {
    await storeFinishedAttempt('a1', 1);
    await storeFinishedAttempt('a2', 2);
    const backup = await createBackup(Date.UTC(2026, 10, 30));
    expect(backup.attempts.map((a) => a.session.id).sort()).toEqual(['a1', 'a2']);
    const text = JSON.stringify(backup);

    globalThis.indexedDB = new IDBFactory();
    resetConnectionForTests();
    await storeFinishedAttempt('a2', 2);
    await storeFinishedAttempt('a3', 3);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = await importBackup(parsed.backup);
    expect(result).toMatchObject({ attempts: 2, newAttempts: 1 });
    const keys = (await readAllRecords()).map(([k]) => k).sort();
    expect(keys).toEqual(['attempt:a1', 'attempt:a2', 'attempt:a3']);
    expect(await importBackup(parsed.backup)).toMatchObject({ newAttempts: 0 });
  });

  it('carries an exam in progress and restores it only into an empty slot', async () => {
    const drawn = drawExam({ blueprint, questions: bank, rng: createRng(9) });
    const session = createSession({ id: 'live', blueprint, drawn, seed: 9, now: 5 });
    await startAttempt({ session, blueprint, questions: session.questionIds.map((q) => bank.find((x) => x.id === q)!) });
    const backup = await createBackup(0);
    expect(backup.active?.record.session.id).toBe('live');
    globalThis.indexedDB = new IDBFactory();
    resetConnectionForTests();
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await importBackup(parsed.backup)).toMatchObject({ restoresActive: true });
    expect((await readAllRecords()).map(([k]) => k).sort()).toEqual(['active', 'snapshot:live']);
  });

  it.each([
    { name: 'malformed JSON', text: '{"format": ', reason: /not valid JSON/ },
    { name: 'another app’s file', text: JSON.stringify({ format: 'other', version: 1, attempts: [] }), reason: /not a backup/ },
    { name: 'a future version', text: JSON.stringify({ format: BACKUP_FORMAT, version: 99, attempts: [] }), reason: /newer version/ },
    { name: 'an oversized file', text: `"${'x'.repeat(MAX_BACKUP_BYTES)}"`, reason: /larger than/ },
    { name: 'no attempt list', text: JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), reason: /no list of attempts/ },
    { name: 'a broken attempt', text: JSON.stringify({ format: BACKUP_FORMAT, version: 1, attempts: [{ schemaVersion: 1 }] }), reason: /Attempt 1/ },
    {
      name: 'a script in a text field',
      text: JSON.stringify({ format: BACKUP_FORMAT, version: 1, attempts: [{ note: '<script>alert(1)</script>' }] }),
      reason: /markup or script/,
    },
    {
      name: 'an event handler in markup',
      text: JSON.stringify({ format: BACKUP_FORMAT, version: 1, attempts: [], x: '<b onclick="x()">' }),
      reason: /markup or script/,
    },
  ])('rejects $name with a clear reason and changes nothing', async ({ text, reason }) => {
    await storeFinishedAttempt('keep', 4);
    const before = await snapshot();
    const out = await importText(text);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(reason);
    expect(await snapshot()).toBe(before);
  });

  it('survives 1,000 generated and mutated files: no crash, and a rejected file changes nothing', async () => {
    await storeFinishedAttempt('base-1', 11);
    await storeFinishedAttempt('base-2', 12);
    const valid = JSON.stringify(await createBackup(0));
    const validObject = JSON.parse(valid) as Record<string, unknown>;

    const mutation = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string(),
      fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
      fc.tuple(fc.nat({ max: valid.length - 1 }), fc.string({ maxLength: 8 })).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i + 1)),
      fc.record({ key: fc.constantFrom('format', 'version', 'attempts', 'active', 'exportedAt'), value: fc.jsonValue() }).map(({ key, value }) =>
        JSON.stringify({ ...validObject, [key]: value }),
      ),
      fc.constantFrom('<script>x</script>', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '<iframe src=x>').map((bad) =>
        valid.replace(/"stem":"Question/, `"stem":"${bad.replace(/"/g, '\\"')} Question`),
      ),
      fc.integer({ min: 2, max: 1e6 }).map((v) => JSON.stringify({ ...validObject, version: v })),
    );

    let rejected = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (text) => {
        const before = await snapshot();
        const out = await importText(text);
        if (out.ok) accepted++;
        else {
          rejected++;
          expect(typeof out.reason).toBe('string');
          expect(await snapshot()).toBe(before);
        }
      }),
      { seed: 20261130, numRuns: 1000 },
    );
    expect(rejected + accepted).toBe(1000);
    expect(rejected).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
