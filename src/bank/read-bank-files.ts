// Node-only: reads the blueprint and bank files from disk. Used by the Vite plugin, the content tests
// and the scripts, so all three see exactly the same files and the same parse errors.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BankFile, BankIssue } from './validate-bank.ts';

export const BLUEPRINT_FILE = 'blueprint.json';
/** Files under questions/ that are not question files. */
const NOT_QUESTIONS = new Set([BLUEPRINT_FILE, 'question.schema.json']);

export interface ReadResult {
  blueprint: BankFile | null;
  files: BankFile[];
  issues: BankIssue[];
}

export function readBankFiles(root: string, questionsDir = join(root, 'questions')): ReadResult {
  const issues: BankIssue[] = [];
  const read = (abs: string): BankFile | null => {
    const file = relative(root, abs).split(sep).join('/');
    try {
      return { file, data: JSON.parse(readFileSync(abs, 'utf8')) as unknown };
    } catch (e) {
      issues.push({ file, questionId: null, field: '(file)', message: `is not valid JSON: ${(e as Error).message}` });
      return null;
    }
  };
  const blueprint = read(join(questionsDir, BLUEPRINT_FILE));
  const files = listJson(questionsDir)
    .filter((abs) => !NOT_QUESTIONS.has(abs.slice(questionsDir.length + 1)))
    .map(read)
    .filter((f): f is BankFile => f !== null);
  return { blueprint, files, issues };
}

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const abs = join(dir, e.name);
      if (e.isDirectory()) return listJson(abs);
      return e.name.endsWith('.json') ? [abs] : [];
    });
}
