import { describe, expect, it } from 'vitest';
import { bankStats, coverage, lengthRatio, longestIsKey, nearDuplicates, usesAllOrNone } from '../../src/bank/bank-quality';
import { checkPythonSnippets } from '../../src/bank/check-python';
import { loadBankFromDisk } from '../../src/bank/load-bank-from-disk';
import { formatIssues } from '../../src/bank/validate-bank';
import { createRng, drawExam } from '../../src/engine';
import { GATES } from './gates';

const root = new URL('../..', import.meta.url).pathname;
const result = loadBankFromDisk(root);

describe('the question bank', () => {
  it('passes the schema and the rules, file by file', () => {
    if (!result.ok) expect.fail(formatIssues(result.issues));
    expect(result.fileCount).toBeGreaterThan(0);
  });

  if (!result.ok) return;
  const { blueprint, questions } = result;
  const stats = bankStats(blueprint, questions);

  it('has at least 400 questions, enough for about nine disjoint mock exams', () => {
    expect(stats.total).toBeGreaterThanOrEqual(GATES.totalFloor);
  });

  const expectShare = (count: number, range: { min: number; max: number }) => {
    const share = count / stats.total;
    expect(share).toBeGreaterThanOrEqual(range.min);
    expect(share).toBeLessThanOrEqual(range.max);
  };

  it('keeps "choose two" questions between 5% and 10% of the bank', () => {
    expectShare(stats.chooseMany, GATES.chooseManyShare);
  });

  it('meets the question floor of every domain', () => {
    for (const [domain, floor] of Object.entries(GATES.domainFloors)) {
      expect(stats.byDomain[domain] ?? 0, `domain ${domain}`).toBeGreaterThanOrEqual(floor);
    }
  });

  it('has at least the floor of questions in every blueprint topic', () => {
    const thin = coverage(blueprint, questions).filter((r) => r.count < GATES.topicFloor);
    expect(thin.map((r) => `${r.topicId}: ${r.count}`)).toEqual([]);
  });

  it('can fill a whole exam from every domain', () => {
    const drawn = drawExam({ blueprint, questions, rng: createRng(1) });
    expect(drawn.questionIds.length).toBeGreaterThanOrEqual(blueprint.questionCount);
  });

  it('gives between 30% and 50% of its questions a code snippet', () => {
    expectShare(stats.withCode, GATES.codeShare);
  });

  it('has only snippets that CPython parses', () => {
    const snippets = questions.flatMap((q) => (q.code ? [{ id: q.id, source: q.code.source }] : []));
    expect(checkPythonSnippets(snippets)).toEqual([]);
  });

  it('does not give the answer away by length', () => {
    const share = longestIsKey(questions).length / stats.singleAnswer;
    expect(share, `key is the strictly longest option in ${(share * 100).toFixed(1)}%`).toBeLessThanOrEqual(GATES.longestIsKeyMax);
    const lopsided = questions.filter((q) => lengthRatio(q) > GATES.lengthRatioMax).map((q) => `${q.id} (${lengthRatio(q).toFixed(1)}×)`);
    expect(lopsided).toEqual([]);
  });

  it('uses "all/none of the above" rarely', () => {
    expect(questions.filter(usesAllOrNone).length / questions.length).toBeLessThanOrEqual(GATES.allOrNoneMax);
  });

  it('has no near-duplicate questions', () => {
    const pairs = nearDuplicates(questions, GATES.nearDuplicate).map((p) => `${p.a} ~ ${p.b} (${p.similarity.toFixed(2)})`);
    expect(pairs).toEqual([]);
  });

  it('links every question to an https primary source and stamps what it was checked against', () => {
    const primary = /^https:\/\/([a-z0-9-]+\.)*(databricks\.com|mlflow\.org|apache\.org|github\.com|microsoft\.com|azure\.cn|pytorch\.org|optuna\.(org|readthedocs\.io)|hyperopt\.github\.io|readthedocs\.io|python\.org|pandas\.pydata\.org|docs\.ray\.io|horovod\.ai)\//;
    const offenders = questions.filter((q) => !q.references.some((r) => primary.test(r.url))).map((q) => q.id);
    expect(offenders).toEqual([]);
  });
});

describe('questions/question.schema.json', () => {
  it('is the JSON Schema the bank schema emits today (run npm run bank:schema after changing it)', async () => {
    const { readFileSync } = await import('node:fs');
    const { bankJsonSchema } = await import('../../src/bank/validate-bank');
    const committed = JSON.parse(readFileSync(new URL('../../questions/question.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(bankJsonSchema())));
  });
});
