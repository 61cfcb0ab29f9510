import * as z from 'zod/mini';
import type { Blueprint, Question } from '../engine';
import { blueprintSchema, questionSchema } from './question-schema.ts';

export interface BankFile {
  /** Path relative to the project, e.g. questions/spark-ml/algorithms.json */
  file: string;
  data: unknown;
}

/** One problem, located precisely enough to fix without searching: file, question id and field. */
export interface BankIssue {
  file: string;
  questionId: string | null;
  field: string;
  message: string;
}

export type BankResult =
  | { ok: true; blueprint: Blueprint; questions: Question[] }
  | { ok: false; issues: BankIssue[] };

export function formatIssue(issue: BankIssue): string {
  return `${issue.file} › ${issue.questionId ?? '(file)'} › ${issue.field}: ${issue.message}`;
}

export function formatIssues(issues: readonly BankIssue[]): string {
  return `The question bank has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
    issues.map((i) => `  - ${formatIssue(i)}`).join('\n');
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  ) || '(root)';
}

/**
 * Validates the blueprint and every bank file. Schema errors and the rules a schema cannot express
 * (answer ids exist, every wrong option has a note, ids are unique, topic belongs to domain, "choose
 * two" says so) are all collected, so one run lists every problem.
 */
export function validateBank(blueprintFile: BankFile, files: readonly BankFile[]): BankResult {
  const issues: BankIssue[] = [];
  const bp = blueprintSchema.safeParse(blueprintFile.data);
  if (!bp.success) {
    for (const i of bp.error.issues) {
      issues.push({ file: blueprintFile.file, questionId: null, field: pathOf(i.path), message: i.message });
    }
    return { ok: false, issues };
  }
  const blueprint: Blueprint = bp.data;
  issues.push(...checkBlueprint(blueprintFile.file, blueprint));

  const topicDomain = new Map<string, string>();
  for (const d of blueprint.domains) for (const t of d.topics) topicDomain.set(t.id, d.id);

  const seen = new Map<string, string>();
  const questions: Question[] = [];
  for (const { file, data } of files) {
    if (!Array.isArray(data)) {
      issues.push({ file, questionId: null, field: '(root)', message: 'must be a JSON array of questions' });
      continue;
    }
    data.forEach((raw, index) => {
      const rawId = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : `#${index}`;
      const parsed = questionSchema.safeParse(raw);
      if (!parsed.success) {
        for (const i of parsed.error.issues) issues.push({ file, questionId: rawId, field: pathOf(i.path), message: i.message });
        return;
      }
      const q = parsed.data as Question;
      const at = (field: string, message: string) => issues.push({ file, questionId: q.id, field, message });
      const firstFile = seen.get(q.id);
      if (firstFile) at('id', `duplicate id; also used in ${firstFile}`);
      else seen.set(q.id, file);
      for (const problem of checkQuestion(q, topicDomain, file)) at(problem.field, problem.message);
      questions.push(q);
    });
  }
  for (const q of questions) {
    (q.notWith ?? []).forEach((id, i) => {
      if (id === q.id || !seen.has(id)) {
        issues.push({ file: seen.get(q.id) ?? '', questionId: q.id, field: `notWith[${i}]`, message: id === q.id ? 'names the question itself' : `"${id}" is not a question id in the bank` });
      }
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, blueprint, questions };
}

function checkBlueprint(file: string, blueprint: Blueprint): BankIssue[] {
  const issues: BankIssue[] = [];
  const ids = new Set<string>();
  blueprint.domains.forEach((d, di) => {
    if (ids.has(d.id)) issues.push({ file, questionId: null, field: `domains[${di}].id`, message: `duplicate id "${d.id}"` });
    ids.add(d.id);
    d.topics.forEach((t, ti) => {
      if (ids.has(t.id)) issues.push({ file, questionId: null, field: `domains[${di}].topics[${ti}].id`, message: `duplicate id "${t.id}"` });
      ids.add(t.id);
    });
  });
  return issues;
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

function checkQuestion(
  q: Question,
  topicDomain: ReadonlyMap<string, string>,
  file: string,
): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const domainOfTopic = topicDomain.get(q.topic);
  if (!domainOfTopic) out.push({ field: 'topic', message: `unknown topic "${q.topic}"` });
  else if (domainOfTopic !== q.domain) out.push({ field: 'domain', message: `topic "${q.topic}" belongs to domain "${domainOfTopic}", not "${q.domain}"` });
  const folder = file.split('/').slice(-2, -1)[0];
  if (folder && folder !== 'questions' && folder !== q.domain) out.push({ field: 'domain', message: `is "${q.domain}" but the file is in the "${folder}" folder` });
  if (!q.id.startsWith(`${q.topic}-`)) out.push({ field: 'id', message: `must start with its topic, "${q.topic}-"` });

  const optionIds = q.options.map((o) => o.id);
  const expected = ['a', 'b', 'c', 'd', 'e'].slice(0, optionIds.length);
  if (optionIds.join() !== expected.join()) out.push({ field: 'options', message: `ids must be ${expected.join(', ')} in order` });
  const texts = q.options.map((o) => o.text.trim().toLowerCase());
  if (new Set(texts).size !== texts.length) out.push({ field: 'options', message: 'two options have the same text' });

  if (new Set(q.answer).size !== q.answer.length) out.push({ field: 'answer', message: 'lists an option twice' });
  q.answer.forEach((id, i) => {
    if (!optionIds.includes(id)) out.push({ field: `answer[${i}]`, message: `"${id}" is not an option id` });
  });
  if (q.answer.length >= q.options.length) out.push({ field: 'answer', message: 'cannot key every option' });
  if (q.answer.length > 1) {
    const word = COUNT_WORDS[q.answer.length] ?? String(q.answer.length);
    if (!new RegExp(`\\(Choose ${word}\\.\\)`, 'i').test(q.stem)) {
      out.push({ field: 'stem', message: `keys ${q.answer.length} options, so it must say "(Choose ${word}.)"` });
    }
  }
  for (const id of optionIds) {
    const isKey = q.answer.includes(id);
    if (!isKey && !q.optionNotes[id]) out.push({ field: `optionNotes.${id}`, message: 'every wrong option needs a note saying why it is wrong' });
    if (isKey && q.optionNotes[id]) out.push({ field: `optionNotes.${id}`, message: 'is the answer; explain it in "explanation" instead' });
  }
  for (const id of Object.keys(q.optionNotes)) {
    if (!optionIds.includes(id)) out.push({ field: `optionNotes.${id}`, message: 'is not an option id' });
  }
  for (const [locale, loc] of Object.entries(q.i18n ?? {})) {
    for (const id of Object.keys(loc.options ?? {})) {
      if (!optionIds.includes(id)) out.push({ field: `i18n.${locale}.options.${id}`, message: 'is not an option id' });
    }
  }
  return out;
}

/** The JSON Schema an editor can use for a bank file (an array of questions). */
export function bankJsonSchema(): object {
  return z.toJSONSchema(z.array(questionSchema), { io: 'input', unrepresentable: 'any' });
}
