import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createRng } from '../../src/engine/random';
import { crash, launchOnProfile, readActive } from './killable-browser';
import { bank } from './support';

// Each test kills the browser 10 times at random moments (seeded), reopens the same profile, and checks
// that everything the UI had shown as saved is in IndexedDB and that the deadline never moved.
const KILLS_PER_TEST = 10;

for (const seed of [101, 202, 303]) {
  test(`every acknowledged answer survives ${KILLS_PER_TEST} browser kills (seed ${seed})`, async ({ baseURL }) => {
    test.setTimeout(240_000);
    const rng = createRng(seed);
    const profile = mkdtempSync(join(tmpdir(), 'mock-exam-crash-'));
    const acknowledged = new Map<string, string[]>();
    const flaggedAck = new Set<string>();
    let deadline: number | null = null;
    try {
      for (let kill = 0; kill < KILLS_PER_TEST; kill++) {
        const running = await launchOnProfile(profile);
        const page = await running.context.newPage();
        if (kill === 0) {
          await page.goto(`${baseURL}/`);
          await page.getByRole('button', { name: 'Start a new mock exam' }).click();
        } else {
          await page.goto(`${baseURL}/exam`);
        }
        await expect(page.getByRole('heading', { name: /^Question \d+ of 45$/ })).toBeVisible();

        // After a relaunch: everything acknowledged earlier is stored, and the deadline is the original.
        const stored = await readActive(page);
        expect(stored).not.toBeNull();
        deadline ??= stored!.deadline;
        expect(stored!.deadline).toBe(deadline);
        for (const [id, options] of acknowledged) expect(stored!.answers[id], `answer to ${id} after kill ${kill}`).toEqual(options);
        for (const id of flaggedAck) expect(stored!.flagged, `flag on ${id} after kill ${kill}`).toContain(id);

        // Act: answer or flag questions not touched before; sometimes wait for "Saved", sometimes not.
        const actions = 1 + Math.floor(rng() * 3);
        for (let a = 0; a < actions; a++) {
          const n = 1 + Math.floor(rng() * 45);
          await page.goto(`${baseURL}/exam/question/${n}`);
          await expect(page.getByRole('heading', { name: `Question ${n} of 45` })).toBeVisible();
          const text = ((await page.locator('.stem').textContent()) ?? '').replace(/\s+/g, '');
          const q = bank.questions.find((x) => x.stem.replace(/`/g, '').replace(/\s+/g, '') === text)!;
          const flag = rng() < 0.3;
          if (flag ? flaggedAck.has(q.id) : acknowledged.has(q.id)) continue;
          const inputs = page.locator('.options input');
          let chosen: string[] = [];
          // The action's own effect must show before "Saved" can mean anything.
          if (flag) {
            await page.getByRole('button', { name: 'Flag for review' }).click();
            await expect(page.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
          } else {
            const count = q.answer.length;
            for (let i = 0; i < count; i++) await inputs.nth(i).check();
            chosen = await inputs.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).map((e) => (e as HTMLInputElement).value));
          }
          const waitForSave = rng() < 0.7;
          if (waitForSave) {
            await expect(page.getByText('Saved', { exact: true })).toBeVisible();
            if (flag) flaggedAck.add(q.id);
            else acknowledged.set(q.id, chosen);
          } else if (await page.getByText('Saved', { exact: true }).isVisible()) {
            // Seen as saved before the kill: that counts as acknowledged too.
            if (flag) flaggedAck.add(q.id);
            else acknowledged.set(q.id, chosen);
          }
        }
        await crash(running);
      }
      const last = await launchOnProfile(profile);
      const page = await last.context.newPage();
      await page.goto(`${baseURL}/exam`);
      await expect(page.getByRole('heading', { name: /^Question \d+ of 45$/ })).toBeVisible();
      const stored = await readActive(page);
      for (const [id, options] of acknowledged) expect(stored!.answers[id]).toEqual(options);
      for (const id of flaggedAck) expect(stored!.flagged).toContain(id);
      expect(stored!.deadline).toBe(deadline);
      expect(acknowledged.size + flaggedAck.size).toBeGreaterThan(5);
      await crash(last);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
