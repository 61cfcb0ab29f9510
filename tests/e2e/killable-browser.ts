// A Chromium we start ourselves, so a test can kill it with SIGKILL (a crash, not a polite close) and
// start it again on the same profile.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './chromium-path';

export interface Running {
  browser: Browser;
  context: BrowserContext;
  process: ChildProcess;
}

export async function launchOnProfile(userDataDir: string): Promise<Running> {
  const { executablePath } = await resolveChromium();
  const child = spawn(
    executablePath,
    [...CHROMIUM_ARGS, '--headless=new', '--no-sandbox', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${text}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  return { browser, context, process: child };
}

/** SIGKILL the whole process group: the browser gets no chance to flush or shut down. */
export async function crash(running: Running): Promise<void> {
  const exited = new Promise<void>((resolve) => running.process.once('exit', () => resolve()));
  try {
    process.kill(-(running.process.pid as number), 'SIGKILL');
  } catch {
    running.process.kill('SIGKILL');
  }
  await exited;
  await running.browser.close().catch(() => undefined);
}

/** Reads the stored in-progress attempt straight from IndexedDB, as the app stored it. */
export async function readActive(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ answers: Record<string, string[]>; flagged: string[]; deadline: number; startedAt: number } | null>((resolve, reject) => {
        const open = indexedDB.open('ml-associate-mock');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('records', 'readonly').objectStore('records').get('active');
          get.onsuccess = () => {
            db.close();
            resolve(get.result ? (get.result.session as never) : null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}
