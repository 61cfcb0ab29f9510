import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answer, currentQuestion, startExam } from './support';

test('a second tab never silently overwrites the first, and a takeover loses nothing either tab saved', async ({ context }) => {
  const first = await context.newPage();
  await startExam(first);
  const q1 = await currentQuestion(first);
  await answer(first, q1, true);
  await expect(first.getByText('Saved', { exact: true })).toBeVisible();

  const second = await context.newPage();
  await second.goto('/exam/question/2');
  await expect(second.getByRole('heading', { name: 'This exam is open in another tab' })).toBeVisible();
  expect((await new AxeBuilder({ page: second }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await second.getByRole('button', { name: 'Continue in this tab' }).click();
  await expect(second.getByRole('heading', { name: 'Question 2 of 45' })).toBeVisible();
  await expect(first.getByRole('heading', { name: 'This exam is open in another tab' })).toBeVisible();

  const q2 = await currentQuestion(second);
  await answer(second, q2, true);
  await expect(second.getByText('Saved', { exact: true })).toBeVisible();
  await second.getByRole('link', { name: 'Question 1, answered' }).click();
  await expect(second.locator('.options input:checked')).toHaveCount(q1.answer.length);

  await first.getByRole('button', { name: 'Continue in this tab' }).click();
  await expect(first.getByRole('heading', { name: /^Question \d+ of 45$/ })).toBeVisible();
  await expect(second.getByRole('heading', { name: 'This exam is open in another tab' })).toBeVisible();
  await expect(first.getByRole('link', { name: 'Question 1, answered' })).toBeVisible();
  await expect(first.getByRole('link', { name: 'Question 2, answered' })).toBeVisible();
});
