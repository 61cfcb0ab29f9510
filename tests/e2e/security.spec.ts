import { expect, test } from '@playwright/test';
import { answer, currentQuestion, onQuestion, startExam, submitFromReview } from './support';

test('a whole exam makes no request to any origin but the app’s own, and breaks no CSP rule', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    (window as unknown as { __cspViolations: string[] }).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  await startExam(page);
  for (let n = 1; n <= 45; n++) {
    await onQuestion(page, n);
    await answer(page, await currentQuestion(page), n % 2 === 0);
    if (n < 45) await page.keyboard.press('n');
  }
  await submitFromReview(page);
  await page.getByRole('link', { name: 'History', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();

  const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(outside).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  test.info().annotations.push({ type: 'requests', description: `${requests.length} requests, all to ${origin}` });
  console.log(`no-outside-requests: ${requests.length} requests, ${outside.length} outside ${origin}`);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});

test('the served page carries a strict Content Security Policy', async ({ page }) => {
  const response = await page.goto('/');
  const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  for (const rule of ["script-src 'self'", "connect-src 'self'", "object-src 'none'", "default-src 'self'"]) expect(csp).toContain(rule);
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // An inline script injected at run time is refused by the policy.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
