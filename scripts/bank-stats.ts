// Prints the bank's coverage per domain and topic and the quality statistics the content tests hold
// to thresholds. Run: npm run bank:stats
import { bankStats, coverage, keyLengthRanks, longestIsKey, nearDuplicates } from '../src/bank/bank-quality.ts';
import { loadBankFromDisk } from '../src/bank/load-bank-from-disk.ts';
import { formatIssues } from '../src/bank/validate-bank.ts';
import { GATES } from '../tests/content/gates.ts';

const result = loadBankFromDisk(new URL('..', import.meta.url).pathname);
if (!result.ok) {
  console.error(formatIssues(result.issues));
  process.exit(1);
}
const { blueprint, questions } = result;
const stats = bankStats(blueprint, questions);
const pct = (n: number, d: number) => `${((n / Math.max(1, d)) * 100).toFixed(1)}%`;
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

console.log(`Question bank: ${stats.total} questions in ${result.fileCount} files (floor ${GATES.totalFloor})\n`);
console.log(`${pad('domain / topic', 82)}${lpad('count', 6)}${lpad('floor', 7)}`);
for (const d of blueprint.domains) {
  console.log(`${pad(`${d.name} (${d.id}, weight ${d.weight})`, 82)}${lpad(stats.byDomain[d.id] ?? 0, 6)}${lpad(GATES.domainFloors[d.id] ?? '-', 7)}`);
  for (const row of coverage(blueprint, questions).filter((r) => r.domainId === d.id)) {
    console.log(`${pad(`  ${row.topicName} (${row.topicId})`, 82)}${lpad(row.count, 6)}${lpad(GATES.topicFloor, 7)}`);
  }
}
const dups = nearDuplicates(questions, GATES.nearDuplicate);
const closest = nearDuplicates(questions, 0.3)[0];
console.log(`
with a code snippet          ${lpad(stats.withCode, 4)}  ${pct(stats.withCode, stats.total)}   (gate ${GATES.codeShare.min * 100}–${GATES.codeShare.max * 100}%)
"choose two" (or more)       ${lpad(stats.chooseMany, 4)}  ${pct(stats.chooseMany, stats.total)}   (gate ${GATES.chooseManyShare.min * 100}–${GATES.chooseManyShare.max * 100}%)
key is strictly longest      ${lpad(stats.longestIsKey, 4)}  ${pct(stats.longestIsKey, stats.singleAnswer)} of single-answer   (gate ≤ ${GATES.longestIsKeyMax * 100}%)
"all/none of the above"      ${lpad(stats.allOrNone, 4)}  ${pct(stats.allOrNone, stats.total)}   (gate ≤ ${GATES.allOrNoneMax * 100}%)
key's length rank (longest first)      ${keyLengthRanks(questions).slice(0, 4).map((n, i) => `${i + 1}st: ${n}`).join(', ').replace('2st', '2nd').replace('3st', '3rd').replace('4st', '4th')}   (an even spread gives length no meaning)
median longest/shortest option length  ${stats.medianLengthRatio.toFixed(2)}×
near-duplicate pairs (≥ ${GATES.nearDuplicate})   ${dups.length}${closest ? `   (closest pair: ${closest.a} ~ ${closest.b}, ${closest.similarity.toFixed(2)})` : ''}
difficulty                   ${Object.entries(stats.difficulty).map(([k, v]) => `${k} ${v}`).join(', ')}
keyed letters                ${Object.entries(stats.answerLetters).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (longestIsKey(questions).length > 0 && process.argv.includes('--verbose')) console.log(`\nlongest-is-key: ${longestIsKey(questions).join(', ')}`);
