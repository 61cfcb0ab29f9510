import { expect, test } from '@playwright/test';
import { answer, currentQuestion, onQuestion, startExam } from './support';

const START = new Date('2026-11-30T09:00:00Z');
const MIN = 60_000;

test('a reload mid-exam resumes with answers, flags and the clock intact', async ({ page }) => {
  await page.clock.install({ time: START });
  await startExam(page);
  const q1 = await currentQuestion(page);
  await answer(page, q1, true);
  await page.keyboard.press('f');
  await page.getByRole('button', { name: 'Next →' }).click();
  await onQuestion(page, 2);
  const q2 = await currentQuestion(page);
  await answer(page, q2, false);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.clock.fastForward(25 * MIN);
  await page.reload();
  await onQuestion(page, 2);
  expect((await currentQuestion(page)).id).toBe(q2.id);
  await expect(page.locator('.options input:checked')).toHaveCount(1);
  await expect(page.getByRole('timer')).toHaveText(/^1:0[45]:\d\d$/);
  await expect(page.getByRole('link', { name: 'Question 1, answered, flagged' })).toBeVisible();
});

test('the exam submits itself when the clock runs out, and the warnings come first', async ({ page }) => {
  await page.clock.install({ time: START });
  await startExam(page);
  await answer(page, await currentQuestion(page), true);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.clock.fastForward(80.5 * MIN);
  await expect(page.getByText('10 minutes left in the exam.')).toBeAttached();
  await page.clock.fastForward(5 * MIN);
  await expect(page.getByText('5 minutes left in the exam.')).toBeAttached();
  await page.clock.fastForward(5 * MIN);
  await expect(page.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
  await expect(page.getByText('Time ran out; the answers given were scored.')).toBeVisible();
  await expect(page.getByText('Time used: 1:30:00')).toBeVisible();
});

test('an exam whose deadline passed while the tab was closed is scored on return', async ({ page }) => {
  await page.clock.install({ time: START });
  await startExam(page);
  await answer(page, await currentQuestion(page), true);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto('about:blank');
  await page.clock.setFixedTime(new Date(START.getTime() + 91 * 60_000));
  await page.goto('/exam/question/1');
  await expect(page.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
  await expect(page.getByText('Time ran out; the answers given were scored.')).toBeVisible();
});
