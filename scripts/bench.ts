// Benchmarks: numbers, not pass/fail. Builds the app, reports what a first visit downloads (gzip), and
// times the engine's hot paths and the bank's validation. Run: npm run bench
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadBankFromDisk } from '../src/bank/load-bank-from-disk.ts';
import { createRng, createSession, drawExam, scoreExam } from '../src/engine/index.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

execSync('npx vite build --logLevel error', { cwd: root, stdio: 'inherit' });

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));

console.log('Bundle (gzip -9)');
let initialJs = 0;
let initialCss = 0;
for (const f of initial) {
  const size = gz(join(dist, f));
  if (f.endsWith('.js')) initialJs += size;
  else initialCss += size;
}
console.log(`  initial JS   ${kb(initialJs)}   (loaded on the first page)`);
console.log(`  initial CSS  ${kb(initialCss)}`);
for (const f of assets.filter((a) => !initial.includes(`assets/${a}`))) {
  console.log(`  lazy ${f.replace(/-[\w-]{8}\./, '.').padEnd(28)} ${kb(gz(join(dist, 'assets', f)))}  (raw ${kb(statSync(join(dist, 'assets', f)).size)})`);
}

function time(label: string, runs: number, fn: (i: number) => void) {
  for (let i = 0; i < Math.min(50, runs); i++) fn(i);
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn(i);
  const per = (performance.now() - t0) / runs;
  console.log(`  ${label.padEnd(44)} ${per < 1 ? `${(per * 1000).toFixed(1)} µs` : `${per.toFixed(2)} ms`} per run (${runs} runs)`);
}

console.log('\nEngine and bank (Node, this machine)');
let bank = loadBankFromDisk(root);
time('validate the whole bank from disk', 20, () => {
  bank = loadBankFromDisk(root);
});
if (!bank.ok) throw new Error('bank does not validate');
const { blueprint, questions } = bank;
console.log(`  (bank: ${questions.length} questions)`);
time('draw a 45-question exam', 2000, (i) => {
  drawExam({ blueprint, questions, rng: createRng(i) });
});
const drawn = drawExam({ blueprint, questions, rng: createRng(1) });
const session = createSession({ id: 'b', blueprint, drawn, seed: 1, now: 0 });
const served = session.questionIds.map((id) => questions.find((q) => q.id === id)!);
const answers = Object.fromEntries(served.map((q) => [q.id, q.answer]));
time('score a 45-question exam by domain and topic', 20000, () => {
  scoreExam({ blueprint, questions: served, answers });
});
