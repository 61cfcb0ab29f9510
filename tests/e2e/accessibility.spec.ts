import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answer, currentQuestion, startExam, submitFromReview } from './support';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`axe finds no violations on any screen (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/history');
    await expectNoViolations(page, 'empty history');
    await page.goto('/no-such-page');
    await expectNoViolations(page, 'not found');
    await startExam(page);
    await expectNoViolations(page, 'home → question');
    await answer(page, await currentQuestion(page), true);
    await page.keyboard.press('f');
    await expectNoViolations(page, 'answered and flagged question');
    await page.getByRole('link', { name: 'Review and submit' }).first().click();
    await expectNoViolations(page, 'review');
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await expectNoViolations(page, 'submit dialog');
    await page.getByRole('button', { name: 'Keep working' }).click();
    await page.goto('/');
    await expectNoViolations(page, 'home with an exam in progress');
    await page.getByRole('link', { name: 'Resume exam' }).click();
    await submitFromReview(page);
    await expectNoViolations(page, 'results');
    await page.getByRole('link', { name: 'History', exact: true }).first().click();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    await expectNoViolations(page, 'history');
  });
}

test('every action on the exam screen works from the keyboard alone', async ({ page }) => {
  await startExam(page);
  // Tab from the heading into the options, choose with the arrow keys and space, flag with Enter.
  await page.keyboard.press('Tab');
  let guard = 0;
  while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio' || (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) && guard++ < 30) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(page.locator('.options input:checked')).toHaveCount(1);
  await page.getByRole('button', { name: 'Flag for review' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Next →' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 2 of 45' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Question 1 of 45' })).toBeVisible();
});
