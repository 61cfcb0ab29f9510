import { describe, expect, it } from 'vitest';
import { formatIssue, validateBank, type BankFile } from '../../src/bank/validate-bank';

const blueprintFile: BankFile = {
  file: 'questions/blueprint.json',
  data: {
    id: 'exam',
    title: 'Exam',
    questionCount: 45,
    durationMinutes: 90,
    passPercent: 70,
    domains: [{ id: 'spark-ml', name: 'Spark ML', weight: 22, topics: [{ id: 'algorithms', name: 'Algorithms' }] }],
  },
};

const good = {
  id: 'algorithms-001',
  domain: 'spark-ml',
  topic: 'algorithms',
  difficulty: 'easy',
  stem: 'Which estimator trains a random forest classifier?',
  options: [
    { id: 'a', text: '`RandomForestClassifier`' },
    { id: 'b', text: '`GBTRegressor`' },
    { id: 'c', text: '`KMeans`' },
    { id: 'd', text: '`ALS`' },
  ],
  answer: ['a'],
  explanation: 'It is the random forest classifier.',
  optionNotes: { b: 'Regressor.', c: 'Clustering.', d: 'Recommendation.' },
  references: [{ title: 'Spark docs', url: 'https://spark.apache.org/docs/latest/ml-classification-regression.html' }],
  checked: { against: 'Spark docs', version: 'Spark 3.5', date: '2026-11-30' },
};

const FILE = 'questions/spark-ml/algorithms.json';
const run = (q: unknown) => validateBank(blueprintFile, [{ file: FILE, data: [q] }]);

describe('validateBank', () => {
  it('accepts a well-formed question', () => {
    expect(run(good)).toMatchObject({ ok: true });
  });

  it.each([
    { name: 'a missing stem', q: { ...good, stem: undefined }, field: 'stem' },
    { name: 'an empty stem', q: { ...good, stem: '  ' }, field: 'stem' },
    { name: 'three options', q: { ...good, options: good.options.slice(0, 3) }, field: 'options' },
    { name: 'an option without text', q: { ...good, options: [...good.options.slice(0, 3), { id: 'd' }] }, field: 'options[3].text' },
    { name: 'a key that is not an option', q: { ...good, answer: ['e'] }, field: 'answer[0]' },
    { name: 'a wrong option without a note', q: { ...good, optionNotes: { b: 'x', c: 'y' } }, field: 'optionNotes.d' },
    { name: 'a note on the key', q: { ...good, optionNotes: { ...good.optionNotes, a: 'x' } }, field: 'optionNotes.a' },
    { name: 'an http reference', q: { ...good, references: [{ title: 'x', url: 'http://spark.apache.org' }] }, field: 'references[0].url' },
    { name: 'no references', q: { ...good, references: [] }, field: 'references' },
    { name: 'an unknown topic', q: { ...good, topic: 'tuning', id: 'tuning-001' }, field: 'topic' },
    { name: 'a domain other than its folder', q: { ...good, domain: 'ml-workflows' }, field: 'domain' },
    { name: 'a misspelt field', q: { ...good, optionNote: {} }, field: '(root)' },
    { name: 'an unknown difficulty', q: { ...good, difficulty: 'trivial' }, field: 'difficulty' },
    { name: 'a bad date stamp', q: { ...good, checked: { ...good.checked, date: 'yesterday' } }, field: 'checked.date' },
    { name: 'two keys without "(Choose two.)"', q: { ...good, answer: ['a', 'b'], optionNotes: { c: 'x', d: 'y' } }, field: 'stem' },
    { name: 'an id that does not start with its topic', q: { ...good, id: 'spark-001' }, field: 'id' },
    { name: 'a non-Python code snippet', q: { ...good, code: { language: 'scala', source: 'val x = 1' } }, field: 'code.language' },
  ])('names the file, the question id and the field for $name', ({ q, field }) => {
    const out = run(q);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const issue = out.issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(out.issues)).toBeDefined();
    expect(issue).toMatchObject({ file: FILE, questionId: (q as { id: string }).id });
    expect(formatIssue(issue as never)).toContain(`${FILE} › ${(q as { id: string }).id} › ${field}`);
  });

  it('reports a duplicate id with the file that used it first', () => {
    const out = validateBank(blueprintFile, [
      { file: FILE, data: [good] },
      { file: 'questions/spark-ml/other.json', data: [good] },
    ]);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues[0]).toMatchObject({ file: 'questions/spark-ml/other.json', field: 'id', message: expect.stringContaining(FILE) });
  });

  it('rejects a file that is not an array', () => {
    const out = validateBank(blueprintFile, [{ file: FILE, data: { questions: [] } }]);
    expect(out).toMatchObject({ ok: false, issues: [{ file: FILE, questionId: null, field: '(root)' }] });
  });

  it('rejects a blueprint with a duplicate topic id', () => {
    const bad = structuredClone(blueprintFile);
    (bad.data as { domains: { topics: unknown[] }[] }).domains[0]?.topics.push({ id: 'algorithms', name: 'Again' });
    expect(validateBank(bad, [])).toMatchObject({ ok: false });
  });
});

describe('notWith', () => {
  it('accepts a link to another question and rejects an unknown or self link, naming the field', () => {
    const other = { ...good, id: 'algorithms-002' };
    expect(validateBank(blueprintFile, [{ file: FILE, data: [{ ...good, notWith: ['algorithms-002'] }, other] }])).toMatchObject({ ok: true });
    const bad = validateBank(blueprintFile, [{ file: FILE, data: [{ ...good, notWith: ['algorithms-009', 'algorithms-001'] }] }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.field)).toEqual(['notWith[0]', 'notWith[1]']);
  });
});
