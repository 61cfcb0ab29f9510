// Node-only: the one way to read and validate the bank from disk.
import { readBankFiles } from './read-bank-files.ts';
import { validateBank, type BankResult } from './validate-bank.ts';

export function loadBankFromDisk(root: string, questionsDir?: string): BankResult & { fileCount: number } {
  const { blueprint, files, issues } = readBankFiles(root, questionsDir);
  if (!blueprint) return { ok: false, issues, fileCount: files.length };
  const result = validateBank(blueprint, files);
  if (issues.length > 0) {
    return { ok: false, issues: [...issues, ...(result.ok ? [] : result.issues)], fileCount: files.length };
  }
  return { ...result, fileCount: files.length };
}
