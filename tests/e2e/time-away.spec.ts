import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './chromium-path';
import { answer, currentQuestion } from './support';

const START = new Date('2026-11-30T09:00:00Z').getTime();
const MIN = 60_000;

/** Opens the same browser profile, with the page clock set to `now`. */
async function openProfile(dir: string, now: number): Promise<BrowserContext> {
  const { executablePath } = await resolveChromium();
  const context = await chromium.launchPersistentContext(dir, { executablePath, args: CHROMIUM_ARGS, headless: true });
  await context.clock.install({ time: now });
  return context;
}

/** Starts an exam at START, answers two questions, flags one, and closes the browser. */
async function takeAndClose(dir: string, baseURL: string): Promise<{ answered: number }> {
  const context = await openProfile(dir, START);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${baseURL}/`);
  await page.getByRole('button', { name: 'Start a new mock exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 45' })).toBeVisible();
  await answer(page, await currentQuestion(page), true);
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 45' })).toBeVisible();
  await answer(page, await currentQuestion(page), true);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await context.close();
  return { answered: 2 };
}

for (const { away, left } of [
  // The page clock runs on from the moment it is set, so a few seconds may already have passed.
  { away: 1 * MIN, left: /^1:2[89]:\d\d$/ },
  { away: 89 * MIN, left: /^(1:00|0:[0-5]\d)$/ },
]) {
  test(`resumes after ${away / MIN} minutes away with the clock counting from the original deadline`, async ({ baseURL }) => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-exam-away-'));
    try {
      await takeAndClose(dir, baseURL!);
      const context = await openProfile(dir, START + away);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${baseURL}/exam`);
      await expect(page.getByRole('heading', { name: 'Question 2 of 45' })).toBeVisible();
      await expect(page.getByRole('timer')).toHaveText(left);
      await expect(page.getByRole('link', { name: 'Question 1, answered, flagged' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Question 2, answered, current' })).toBeVisible();
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

for (const away of [91 * MIN, 3 * 24 * 60 * MIN]) {
  test(`scores the exam once, with the answers given before the deadline, after ${away / MIN} minutes away`, async ({ baseURL }) => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-exam-away-'));
    try {
      await takeAndClose(dir, baseURL!);
      const context = await openProfile(dir, START + away);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${baseURL}/exam/question/2`);
      await expect(page.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
      await expect(page.getByText('Time ran out; the answers given were scored.')).toBeVisible();
      await expect(page.getByText('Time used: 1:30:00')).toBeVisible();
      await expect(page.getByText(/^2 of 45 correct$/)).toBeVisible();
      // Scored once: reopening the exam or the history shows exactly one attempt.
      await page.goto(`${baseURL}/exam`);
      await expect(page.getByRole('button', { name: 'Start a new mock exam' })).toBeVisible();
      await page.goto(`${baseURL}/history`);
      await expect(page.getByRole('table', { name: 'Finished attempts, newest first' }).getByRole('row')).toHaveCount(2);
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a clock moved backwards never extends the exam', async ({ baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), 'mock-exam-away-'));
  try {
    await takeAndClose(dir, baseURL!);
    const context = await openProfile(dir, START - 2 * 60 * MIN);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseURL}/exam`);
    await expect(page.getByRole('heading', { name: 'Question 2 of 45' })).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/^1:(30:00|29:[0-5]\d)$/);
    // Once the clock is right again, the original deadline stands: 91 minutes after the start it is over.
    await context.close();
    const later = await openProfile(dir, START + 91 * MIN);
    const page2 = later.pages()[0] ?? (await later.newPage());
    await page2.goto(`${baseURL}/exam`);
    await expect(page2.getByText('Time ran out; the answers given were scored.')).toBeVisible();
    await later.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
