import { expect, test } from '@playwright/test';
import { answer, currentQuestion, startExam } from './support';

test('with IndexedDB unavailable the exam still works, says so plainly and offers a copy', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  await startExam(page);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved in this browser' });
  await expect(alert).toBeVisible();
  await answer(page, await currentQuestion(page), true);
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download a copy' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mock-exam-attempt-.+\.json$/);
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'Question 2 of 45' })).toBeVisible();
});

test('a full disk (QuotaExceededError on write) keeps the answer on screen and says it is not saved', async ({ page }) => {
  await startExam(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const q = await currentQuestion(page);
  await answer(page, q, true);
  await expect(page.getByRole('alert')).toContainText('QuotaExceededError');
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  await expect(page.locator('.options input:checked')).toHaveCount(q.answer.length);
});

test('a corrupt stored record is set aside and reported, and the app carries on', async ({ page }) => {
  await page.goto('/');
  // Let the app finish its own start-up reads first, so it meets the bad record only after the reload.
  await expect(page.getByRole('button', { name: 'Start a new mock exam' })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ml-associate-mock');
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put({ schemaVersion: 1, kind: 'active', session: 'garbage' }, 'active');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByText(/1 stored record could not be read and was set aside/)).toBeVisible();
  await page.getByRole('button', { name: 'Start a new mock exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 45' })).toBeVisible();
});
