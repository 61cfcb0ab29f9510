import type { Blueprint, Question } from '../engine';

// Measures of the bank's quality that the content tests hold to thresholds and `npm run bank:stats`
// prints. Pure functions over parsed questions, so the test and the script can never disagree.

const ALL_OR_NONE = /\b(all|none) of the (above|options|answers)\b/i;

export interface CoverageRow {
  domainId: string;
  domainName: string;
  topicId: string;
  topicName: string;
  count: number;
}

export function coverage(blueprint: Blueprint, questions: readonly Question[]): CoverageRow[] {
  return blueprint.domains.flatMap((d) =>
    d.topics.map((t) => ({
      domainId: d.id,
      domainName: d.name,
      topicId: t.id,
      topicName: t.name,
      count: questions.filter((q) => q.topic === t.id).length,
    })),
  );
}

export function domainCounts(blueprint: Blueprint, questions: readonly Question[]): Record<string, number> {
  return Object.fromEntries(blueprint.domains.map((d) => [d.id, questions.filter((q) => q.domain === d.id).length]));
}

/** The ids of single-answer questions whose key is strictly the longest option. */
export function longestIsKey(questions: readonly Question[]): string[] {
  return questions
    .filter((q) => q.answer.length === 1)
    .filter((q) => {
      const key = q.options.find((o) => o.id === q.answer[0]);
      if (!key) return false;
      return q.options.every((o) => o.id === key.id || o.text.length < key.text.length);
    })
    .map((q) => q.id);
}

/**
 * For single-answer questions: how many keys are the longest option (rank 0), the second longest
 * (rank 1), and so on. A flat spread means length says nothing about the key.
 */
export function keyLengthRanks(questions: readonly Question[]): number[] {
  const ranks = [0, 0, 0, 0, 0];
  for (const q of questions) {
    if (q.answer.length !== 1) continue;
    const key = q.options.find((o) => o.id === q.answer[0]);
    if (!key) continue;
    const longer = q.options.filter((o) => o.text.length > key.text.length).length;
    ranks[longer] = (ranks[longer] ?? 0) + 1;
  }
  return ranks;
}

/** Longest option length over shortest, per question: a rough measure of how similar options look. */
export function lengthRatio(q: Question): number {
  const lengths = q.options.map((o) => o.text.length);
  return Math.max(...lengths) / Math.max(1, Math.min(...lengths));
}

export function usesAllOrNone(q: Question): boolean {
  return q.options.some((o) => ALL_OR_NONE.test(o.text));
}

export function answerLetterCounts(questions: readonly Question[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const q of questions) for (const a of q.answer) counts[a] = (counts[a] ?? 0) + 1;
  return counts;
}

function normalize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/`/g, ' ')
    .replace(/[^a-z0-9_.]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

function shingles(words: readonly string[], n = 3): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  if (words.length < n && words.length > 0) out.add(words.join(' '));
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export interface NearDuplicate {
  a: string;
  b: string;
  similarity: number;
}

/**
 * Pairs whose normalized stem and code share most of their word trigrams. Numbers are kept as words, so
 * "the same question with other numbers" still scores high: most of its trigrams are unchanged.
 */
export function nearDuplicates(questions: readonly Question[], threshold = 0.6): NearDuplicate[] {
  const prints = questions.map((q) => ({ id: q.id, s: shingles(normalize(`${q.stem} ${q.code?.source ?? ''}`)) }));
  const out: NearDuplicate[] = [];
  for (let i = 0; i < prints.length; i++) {
    for (let j = i + 1; j < prints.length; j++) {
      const a = prints[i] as { id: string; s: Set<string> };
      const b = prints[j] as { id: string; s: Set<string> };
      const similarity = jaccard(a.s, b.s);
      if (similarity >= threshold) out.push({ a: a.id, b: b.id, similarity });
    }
  }
  return out.sort((x, y) => y.similarity - x.similarity);
}

export interface BankStats {
  total: number;
  byDomain: Record<string, number>;
  withCode: number;
  chooseMany: number;
  longestIsKey: number;
  singleAnswer: number;
  allOrNone: number;
  medianLengthRatio: number;
  difficulty: Record<string, number>;
  answerLetters: Record<string, number>;
}

export function bankStats(blueprint: Blueprint, questions: readonly Question[]): BankStats {
  const ratios = questions.map(lengthRatio).sort((a, b) => a - b);
  const difficulty: Record<string, number> = {};
  for (const q of questions) difficulty[q.difficulty] = (difficulty[q.difficulty] ?? 0) + 1;
  return {
    total: questions.length,
    byDomain: domainCounts(blueprint, questions),
    withCode: questions.filter((q) => q.code).length,
    chooseMany: questions.filter((q) => q.answer.length > 1).length,
    longestIsKey: longestIsKey(questions).length,
    singleAnswer: questions.filter((q) => q.answer.length === 1).length,
    allOrNone: questions.filter(usesAllOrNone).length,
    medianLengthRatio: ratios[Math.floor(ratios.length / 2)] ?? 0,
    difficulty,
    answerLetters: answerLetterCounts(questions),
  };
}
