import { readAllRecords, writeRecords } from './idb';
import {
  KEYS,
  SCHEMA_VERSION,
  parseActive,
  parseAttempt,
  parseSnapshot,
  type ActiveRecord,
  type AttemptRecord,
  type SnapshotRecord,
} from './records';

// A backup is every finished attempt plus any exam in progress, as the stored records themselves, in one
// versioned JSON file. An imported file is untrusted: it is size-checked, parsed, version-checked,
// validated record by record with the same schemas as storage, and scanned for markup before anything
// is written; a rejected file changes nothing (docs/decisions/007).

export const BACKUP_FORMAT = 'ml-associate-mock-backup';
export const BACKUP_VERSION = 1;
/** 45 questions with explanations are ~150 kB; 10 MB holds dozens of attempts with room to spare. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  attempts: AttemptRecord[];
  active: { record: ActiveRecord; snapshot: SnapshotRecord } | null;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; reason: string };

export async function createBackup(now: number): Promise<Backup> {
  const attempts: AttemptRecord[] = [];
  let activeRaw: unknown;
  const snapshots = new Map<string, unknown>();
  for (const [key, value] of await readAllRecords()) {
    if (key.startsWith(KEYS.attempt(''))) {
      const parsed = parseAttempt(value);
      if (parsed.ok) attempts.push(parsed.value);
    } else if (key === KEYS.active) activeRaw = value;
    else if (key.startsWith(KEYS.snapshot(''))) snapshots.set(key, value);
  }
  let active: Backup['active'] = null;
  const record = activeRaw === undefined ? null : parseActive(activeRaw);
  if (record?.ok) {
    const snapshot = parseSnapshot(snapshots.get(KEYS.snapshot(record.value.session.id)));
    if (snapshot.ok) active = { record: record.value, snapshot: snapshot.value };
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), attempts, active };
}

// Question text is shown as text, never as HTML, but a backup carrying markup or script is not one this
// app wrote: refuse it rather than keep it.
const MARKUP = /<\s*\/?\s*(script|iframe|object|embed|svg|img|link|style|meta|base|form)\b|javascript\s*:|<[^>]*\son[a-z]+\s*=/i;

function findMarkup(value: unknown, path: string, depth = 0): string | null {
  if (depth > 64) return path;
  if (typeof value === 'string') return MARKUP.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findMarkup(value[i], `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (MARKUP.test(k)) return `${path}.${k}`;
      const hit = findMarkup(v, `${path}.${k}`, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}

/** Pure: decides whether a file's text is a backup this app can restore, and says why not. */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, reason: `The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'The file is not a backup of this app.' };
  const raw = data as Record<string, unknown>;
  if (raw.format !== BACKUP_FORMAT) return { ok: false, reason: 'The file is not a backup of this app.' };
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return { ok: false, reason: 'The backup has no valid version.' };
  }
  if (raw.version > BACKUP_VERSION) return { ok: false, reason: 'The backup was made by a newer version of this app.' };
  const markup = findMarkup(data, 'backup');
  if (markup) return { ok: false, reason: `The backup contains markup or script (at ${markup}).` };
  if (!Array.isArray(raw.attempts)) return { ok: false, reason: 'The backup has no list of attempts.' };

  const attempts: AttemptRecord[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < raw.attempts.length; i++) {
    const parsed = parseAttempt(raw.attempts[i]);
    if (!parsed.ok) return { ok: false, reason: `Attempt ${i + 1} in the backup is not valid (${parsed.reason}).` };
    if (ids.has(parsed.value.session.id)) return { ok: false, reason: `Attempt ${i + 1} appears twice in the backup.` };
    ids.add(parsed.value.session.id);
    attempts.push(parsed.value);
  }

  let active: Backup['active'] = null;
  if (raw.active !== null && raw.active !== undefined) {
    const a = raw.active as { record?: unknown; snapshot?: unknown };
    const record = parseActive(a?.record);
    const snapshot = parseSnapshot(a?.snapshot);
    if (!record.ok || !snapshot.ok) return { ok: false, reason: 'The exam in progress in the backup is not valid.' };
    const known = new Set(snapshot.value.questions.map((q) => q.id));
    if (!record.value.session.questionIds.every((id) => known.has(id))) {
      return { ok: false, reason: 'The exam in progress in the backup is missing its questions.' };
    }
    active = { record: record.value, snapshot: snapshot.value };
  }
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: raw.version, exportedAt: String(raw.exportedAt ?? ''), attempts, active },
  };
}

export interface ImportPreview {
  attempts: number;
  newAttempts: number;
  /** The backup's exam in progress is restored only when this browser has none. */
  restoresActive: boolean;
}

export async function previewImport(backup: Backup): Promise<ImportPreview> {
  return previewAgainst(backup, new Set((await readAllRecords()).map(([k]) => k)));
}

function previewAgainst(backup: Backup, existing: ReadonlySet<string>): ImportPreview {
  return {
    attempts: backup.attempts.length,
    newAttempts: backup.attempts.filter((a) => !existing.has(KEYS.attempt(a.session.id))).length,
    restoresActive: backup.active !== null && !existing.has(KEYS.active),
  };
}

/**
 * Merges a parsed backup: adds attempts this browser does not have, never replaces one it has, and
 * restores the exam in progress only into an empty slot. One transaction, so it lands whole or not at all.
 */
export async function importBackup(backup: Backup): Promise<ImportPreview> {
  const existing = new Set((await readAllRecords()).map(([k]) => k));
  const preview = previewAgainst(backup, existing);
  const put: [string, unknown][] = backup.attempts
    .filter((a) => !existing.has(KEYS.attempt(a.session.id)))
    .map((a) => [KEYS.attempt(a.session.id), { ...a, schemaVersion: SCHEMA_VERSION }]);
  if (preview.restoresActive && backup.active) {
    put.push([KEYS.active, backup.active.record], [KEYS.snapshot(backup.active.record.session.id), backup.active.snapshot]);
  }
  if (put.length > 0) await writeRecords({ put });
  return preview;
}

