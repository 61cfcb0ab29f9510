import { expect, test } from '@playwright/test';
import { answer, bank, currentQuestion, onQuestion, startExam, submitFromReview } from './support';

test('a candidate takes a whole exam by keyboard and mouse and gets a score that matches what they answered', async ({ page }) => {
  await startExam(page);
  const expected = new Map<string, { correct: number; total: number }>();
  for (let n = 1; n <= 45; n++) {
    await onQuestion(page, n);
    const q = await currentQuestion(page);
    // Every third question is answered wrongly on purpose; the rest correctly.
    const right = n % 3 !== 0;
    if (n % 2 === 0 && q.answer.length === 1) {
      // Answer by keyboard: find the key's letter on screen, press it.
      const target = right ? q.answer[0]! : q.options.find((o) => !q.answer.includes(o.id))!.id;
      const text = q.options.find((o) => o.id === target)!.text.replace(/`/g, '');
      const labels = await page.locator('.option').allTextContents();
      const index = labels.findIndex((l) => l.replace(/\s+/g, '').endsWith(text.replace(/\s+/g, '')));
      await page.keyboard.press(String(index + 1));
      await expect(page.getByRole('radio', { name: text, exact: true })).toBeChecked();
    } else {
      await answer(page, q, right);
    }
    const tally = expected.get(q.domain) ?? { correct: 0, total: 0 };
    expected.set(q.domain, { correct: tally.correct + (right ? 1 : 0), total: tally.total + 1 });
    if (n < 45) {
      if (n % 2 === 0) await page.keyboard.press('n');
      else await page.getByRole('button', { name: 'Next →' }).click();
    }
  }
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await submitFromReview(page);

  const totals = [...expected.values()].map((t) => t.total);
  expect(totals).toEqual(expect.arrayContaining([13, 13, 10, 9]));
  const correct = [...expected.values()].reduce((a, t) => a + t.correct, 0);
  await expect(page.getByText(`${correct} of 45 correct`)).toBeVisible();
  await expect(page.getByText(correct >= 32 ? 'Pass' : 'Not yet a pass', { exact: true })).toBeVisible();

  const table = page.getByRole('table', { name: 'Score by domain' });
  for (const domain of bank.blueprint.domains) {
    const row = table.getByRole('row', { name: new RegExp(`^${domain.name}`) });
    const t = expected.get(domain.id)!;
    await expect(row.getByRole('cell').nth(0)).toHaveText(String(t.correct));
    await expect(row.getByRole('cell').nth(1)).toHaveText(String(t.total));
    await expect(row.getByRole('cell').nth(2)).toHaveText(`${Math.round((t.correct / t.total) * 100)}%`);
  }
});

test('a candidate reviews flagged questions before submitting', async ({ page }) => {
  await startExam(page);
  for (const n of [2, 5, 9]) {
    await page.getByRole('link', { name: new RegExp(`^Question ${n},`) }).click();
    await onQuestion(page, n);
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
  }
  await page.getByRole('link', { name: 'Review and submit' }).first().click();
  await page.getByRole('radio', { name: 'Flagged' }).check();
  await expect(page.getByRole('link', { name: /^Go to question/ })).toHaveCount(3);

  await page.getByRole('link', { name: 'Go to question 5' }).click();
  await onQuestion(page, 5);
  const q = await currentQuestion(page);
  await answer(page, q, true);
  await page.getByRole('button', { name: /Flagged/ }).click();
  await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('link', { name: 'Review and submit' }).first().click();
  await expect(page.getByText('1 answered · 44 unanswered · 2 flagged')).toBeVisible();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await expect(page.getByRole('dialog')).toContainText('You have 44 unanswered questions and 2 flagged questions.');
  await page.getByRole('button', { name: 'Keep working' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
