// End-to-end harness: the real app (built web app + API) on a real test database, served over HTTP on a
// free port, and Debian's Chromium driven by playwright-core.
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { ManualClock } from '../../src/shared/clock';
import { createTestApp, type TestApp } from '../app';

export const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../../test-artifacts', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface E2E {
  baseUrl: string;
  testApp: TestApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Browser console errors and failed requests, so a broken page fails the test with a reason. */
  problems: string[];
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  // The server's clock starts at the real time so the browser's "today" and the server agree.
  const testApp = await createTestApp({ webRoot: webDist, clock: new ManualClock(new Date()) });
  const server = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: baseUrl });
  // Generous: the suite runs many test files in parallel on small machines.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));

  return {
    baseUrl,
    testApp,
    browser,
    context,
    page,
    problems,
    async close() {
      await browser.close().catch(() => {});
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testApp.close();
    },
  };
}

/** Waits until the locator is visible; throws (failing the test) with what was expected if it never is. */
export async function seen(locator: Locator, timeout = 15_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** Waits until nothing matching the locator is visible. */
export async function gone(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'hidden', timeout });
}
