import { allocateQuotas } from './allocate-quotas';
import { shuffle } from './random';
import type { Blueprint, Question, QuestionOption, Rng } from './types';

export interface DrawnExam {
  /** The served questions, in the order the candidate sees them. */
  questionIds: string[];
  /** For each served question, its option ids in display order. */
  optionOrder: Record<string, string[]>;
}

export class BankTooSmallError extends Error {
  constructor(
    readonly domainId: string,
    readonly available: number,
    readonly needed: number,
  ) {
    super(`domain "${domainId}" has ${available} questions, but the exam needs ${needed}`);
    this.name = 'BankTooSmallError';
  }
}

/** Quotas per domain, in blueprint order: 45 at 29/29/22/20 gives 13/13/10/9. */
export function allocateDomainQuotas(blueprint: Blueprint, total = blueprint.questionCount): Map<string, number> {
  const quotas = allocateQuotas(
    total,
    blueprint.domains.map((d) => d.weight),
  );
  return new Map(blueprint.domains.map((d, i) => [d.id, quotas[i] ?? 0]));
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Shuffles options, but an option marked `fixed` keeps its index: "None of the above" stays last.
 * Options that are all plain numbers are listed in ascending order instead, as exams print them.
 */
export function orderOptions(options: readonly QuestionOption[], rng: Rng): string[] {
  if (options.every((o) => NUMBER.test(o.text.trim()))) {
    return [...options].sort((a, b) => Number(a.text) - Number(b.text)).map((o) => o.id);
  }
  const movable = shuffle(
    options.filter((o) => !o.fixed),
    rng,
  );
  let next = 0;
  return options.map((o) => (o.fixed ? o.id : (movable[next++] as QuestionOption).id));
}

/** `notWith` read both ways: if a names b, neither is served with the other. */
function conflictMap(questions: readonly Question[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => map.set(a, (map.get(a) ?? new Set()).add(b));
  for (const q of questions) {
    for (const other of q.notWith ?? []) {
      link(q.id, other);
      link(other, q.id);
    }
  }
  return map;
}

/**
 * A stratified draw: each domain gets its quota. Within a domain the questions the candidate has seen
 * least come first (ties broken at random), so repeated mock exams walk through the whole bank before
 * repeating. Questions marked `notWith` each other are not served together (unless a domain could not
 * otherwise be filled). The served order is then shuffled across domains, as on the real exam.
 */
export function drawExam(input: {
  blueprint: Blueprint;
  questions: readonly Question[];
  rng: Rng;
  seenCounts?: Readonly<Record<string, number>>;
  total?: number;
}): DrawnExam {
  const { blueprint, questions, rng, seenCounts = {} } = input;
  const quotas = allocateDomainQuotas(blueprint, input.total);
  const conflicts = conflictMap(questions);
  const blocked = new Set<string>();
  const picked: Question[] = [];
  for (const domain of blueprint.domains) {
    const needed = quotas.get(domain.id) ?? 0;
    const pool = questions.filter((q) => q.domain === domain.id);
    if (pool.length < needed) throw new BankTooSmallError(domain.id, pool.length, needed);
    // Shuffle first, then a stable sort by times seen: random among equals, least seen first.
    const ranked = shuffle(pool, rng).sort((a, b) => (seenCounts[a.id] ?? 0) - (seenCounts[b.id] ?? 0));
    const chosen: Question[] = [];
    for (const q of ranked) {
      if (chosen.length === needed) break;
      if (blocked.has(q.id)) continue;
      chosen.push(q);
      for (const other of conflicts.get(q.id) ?? []) blocked.add(other);
    }
    // Only a tiny bank could run out of unblocked questions; a full exam beats a perfect one.
    for (const q of ranked) {
      if (chosen.length === needed) break;
      if (!chosen.includes(q)) chosen.push(q);
    }
    picked.push(...chosen);
  }
  const served = shuffle(picked, rng);
  const optionOrder: Record<string, string[]> = {};
  for (const q of served) optionOrder[q.id] = orderOptions(q.options, rng);
  return { questionIds: served.map((q) => q.id), optionOrder };
}

/** How many times each question was served across past attempts. */
export function countSeen(pastQuestionIds: Iterable<readonly string[]>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const ids of pastQuestionIds) for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}
