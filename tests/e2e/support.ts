import { expect, type Page } from '@playwright/test';
import { loadBankFromDisk } from '../../src/bank/load-bank-from-disk';
import type { Question } from '../../src/engine';

const loaded = loadBankFromDisk(new URL('../..', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the bank does not validate; run the unit tests first');
export const bank = loaded;

const squash = (s: string) => s.replace(/`/g, '').replace(/\s+/g, '');

/** The bank question now on screen, found by its stem. */
export async function currentQuestion(page: Page): Promise<Question> {
  const text = squash((await page.locator('.stem').textContent()) ?? '');
  const q = bank.questions.find((x) => squash(x.stem) === text);
  if (!q) throw new Error(`no bank question has the stem on screen: ${text.slice(0, 80)}`);
  return q;
}

/** Chooses the keyed option(s) (or a wrong one) by clicking, the way a candidate would. */
export async function answer(page: Page, q: Question, correct: boolean): Promise<void> {
  const role = q.answer.length > 1 ? 'checkbox' : 'radio';
  const ids = correct ? q.answer : [q.options.find((o) => !q.answer.includes(o.id))!.id];
  for (const id of ids) {
    const text = q.options.find((o) => o.id === id)!.text.replace(/`/g, '');
    await page.getByRole(role, { name: text, exact: true }).check();
  }
}

export async function startExam(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a new mock exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 45' })).toBeVisible();
}

export async function onQuestion(page: Page, n: number): Promise<void> {
  await expect(page.getByRole('heading', { name: `Question ${n} of 45` })).toBeVisible();
}

export async function submitFromReview(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Review and submit' }).first().click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page.getByRole('button', { name: 'Submit and see results' }).click();
  await expect(page.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
}
