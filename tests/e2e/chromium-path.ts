// Playwright cannot download its own browser here, so the tests find one in this order:
// 1. CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) from the environment;
// 2. Playwright's own Chromium, if `npx playwright install` was ever able to run;
// 3. Debian's /usr/bin/chromium;
// 4. @sparticuz/chromium, an npm package that ships a Chromium binary inside it (unpacked to /tmp).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export async function resolveChromium(): Promise<{ executablePath: string; source: string }> {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return { executablePath: fromEnv, source: 'environment' };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { executablePath: own, source: 'playwright' };
  } catch {
    // Playwright throws when it has no browser of its own; fall through.
  }
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', source: 'debian' };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return { executablePath: await sparticuz.executablePath(), source: '@sparticuz/chromium' };
}

/** Flags for a closed network: no background calls home, no component updates. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
