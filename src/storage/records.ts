import * as z from 'zod/mini';
import type { Blueprint, ExamSession, Question } from '../engine';
import { blueprintSchema, questionSchema } from '../bank/question-schema';

/**
 * Every stored value is an envelope with a schema version. Reading one goes: check the version, migrate
 * older versions forward one step at a time, then validate against the current schema. A value that
 * fails is never deleted: it is set aside under a quarantine key (docs/decisions/004).
 */
export const SCHEMA_VERSION = 1;

export const KEYS = {
  active: 'active',
  snapshot: (attemptId: string) => `snapshot:${attemptId}`,
  attempt: (attemptId: string) => `attempt:${attemptId}`,
  quarantine: (key: string, at: number) => `quarantine:${at}:${key}`,
} as const;

const sessionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  blueprintId: z.string(),
  seed: z.number(),
  questionIds: z.array(z.string()).check(z.minLength(1)),
  optionOrder: z.record(z.string(), z.array(z.string())),
  answers: z.record(z.string(), z.array(z.string())),
  flagged: z.array(z.string()),
  position: z.int().check(z.nonnegative()),
  startedAt: z.number(),
  deadline: z.number(),
  endedAt: z.nullable(z.number()),
  endReason: z.nullable(z.enum(['submitted', 'expired'])),
});

const activeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('active'),
  session: sessionSchema,
});

const paperSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.enum(['snapshot', 'attempt']),
  session: z.optional(sessionSchema),
  blueprint: blueprintSchema,
  questions: z.array(questionSchema),
});

export interface ActiveRecord {
  schemaVersion: number;
  kind: 'active';
  session: ExamSession;
}

/** What an attempt needs to be shown again, whatever happens to the bank later. */
export interface Paper {
  blueprint: Blueprint;
  questions: Question[];
}

export interface SnapshotRecord extends Paper {
  schemaVersion: number;
  kind: 'snapshot';
}

export interface AttemptRecord extends Paper {
  schemaVersion: number;
  kind: 'attempt';
  session: ExamSession;
}

export type ReadOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Older envelopes are lifted to the current version here, one step per version. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(raw: unknown): ReadOutcome<Record<string, unknown>> {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'not an object' };
  let value = raw as Record<string, unknown>;
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'no schema version' };
  if (version > SCHEMA_VERSION) return { ok: false, reason: `written by a newer version of the app (v${version})` };
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: `no migration from v${v}` };
    value = { ...step(value), schemaVersion: v + 1 };
  }
  return { ok: true, value };
}

function parseWith<T>(schema: z.ZodMiniType, raw: unknown): ReadOutcome<T> {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = schema.safeParse(migrated.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, reason: `${first?.path.join('.') || 'record'}: ${first?.message ?? 'invalid'}` };
  }
  return { ok: true, value: parsed.data as T };
}

export function parseActive(raw: unknown): ReadOutcome<ActiveRecord> {
  const out = parseWith<ActiveRecord>(activeSchema, raw);
  if (!out.ok) return out;
  return consistent(out.value.session) ?? out;
}

export function parseSnapshot(raw: unknown): ReadOutcome<SnapshotRecord> {
  const out = parseWith<SnapshotRecord>(paperSchema, raw);
  if (out.ok && out.value.kind !== 'snapshot') return { ok: false, reason: 'not a snapshot' };
  return out;
}

export function parseAttempt(raw: unknown): ReadOutcome<AttemptRecord> {
  const out = parseWith<AttemptRecord>(paperSchema, raw);
  if (!out.ok) return out;
  if (out.value.kind !== 'attempt' || !out.value.session) return { ok: false, reason: 'not a finished attempt' };
  if (out.value.session.endReason === null) return { ok: false, reason: 'attempt was never finished' };
  const known = new Set(out.value.questions.map((q) => q.id));
  if (!out.value.session.questionIds.every((id) => known.has(id))) return { ok: false, reason: 'questions missing from the attempt' };
  return consistent(out.value.session) ?? out;
}

/** Checks the schema cannot express: the position is on a served question, answers are for served ones. */
function consistent(session: ExamSession): ReadOutcome<never> | null {
  if (session.position >= session.questionIds.length) return { ok: false, reason: 'position out of range' };
  if (session.deadline <= session.startedAt) return { ok: false, reason: 'deadline before start' };
  for (const id of session.questionIds) if (!session.optionOrder[id]) return { ok: false, reason: `no option order for ${id}` };
  return null;
}

export function activeRecord(session: ExamSession): ActiveRecord {
  return { schemaVersion: SCHEMA_VERSION, kind: 'active', session };
}

export function snapshotRecord(paper: Paper): SnapshotRecord {
  return { schemaVersion: SCHEMA_VERSION, kind: 'snapshot', blueprint: paper.blueprint, questions: paper.questions };
}

export function attemptRecord(session: ExamSession, paper: Paper): AttemptRecord {
  return { schemaVersion: SCHEMA_VERSION, kind: 'attempt', session, blueprint: paper.blueprint, questions: paper.questions };
}
