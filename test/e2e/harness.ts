// End-to-end harness: the real app (built web app + API) on a real test database, served over HTTP on a
// free port, and Debian's Chromium driven by playwright-core.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect, type TestContext } from 'vitest';
import { SessionInfo } from '../../src/accounts/schema';
import { createApiToken } from '../../src/accounts/service';
import { ManualClock } from '../../src/shared/clock';
import { type Called, createTestApp, type TestApp } from '../app';
import type { SuccessBody } from '../routes';

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
  /**
   * Console errors and page errors of every page opened in this browser since the last test ended
   * (`afterEachTest` checks and clears them), so a broken page fails the test it broke in.
   */
  problems: string[];
  /** Another browser context (a visitor, a second account) whose pages are watched like `page`. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Requests the app refuses on purpose and shows the user a message for (wrong password, not signed in,
 * not found, conflict, validation): Chromium logs each as a console error, which is not a fault.
 */
const HANDLED_REFUSAL =
  /^console: Failed to load resource: the server responded with a status of (401|404|409|422)\b/;

/**
 * Run after every test: saves a screenshot of a failed test under test-artifacts/, then fails the test
 * if any watched page logged a console error or threw while it ran.
 */
export async function afterEachTest(e2e: E2E | undefined, ctx: TestContext): Promise<void> {
  if (!e2e) return;
  if (ctx.task.result?.state === 'fail') {
    await screenshot(e2e.page, `failed-${ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(
      () => {},
    );
  }
  const problems = e2e.problems.splice(0).filter((p) => !HANDLED_REFUSAL.test(p));
  expect(problems, 'console errors and page errors during this test').toEqual([]);
}

/** `options`: what the app is built with besides the web root and clock (e.g. import hooks). */
export async function startE2E(options: Parameters<typeof createTestApp>[0] = {}): Promise<E2E> {
  // The server's clock starts at the real time so the browser's "today" and the server agree.
  const testApp = await createTestApp({ ...options, webRoot: webDist, clock: new ManualClock(new Date()) });
  const server = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  // Links in emails point at the listening address, as with `linchpin serve` on this machine.
  testApp.deps.config.port = port;

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      // The resource's address tells which request failed (Chromium's text alone does not).
      const at = m.location().url;
      if (m.type() === 'error') problems.push(`console: ${m.text()}${at ? ` (${at})` : ''}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  };
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ baseURL: baseUrl, ...options });
    // Generous: the suite runs many test files in parallel on small machines.
    context.setDefaultTimeout(15_000);
    context.on('page', watch);
    return context;
  };
  const context = await newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();

  return {
    baseUrl,
    testApp,
    browser,
    context,
    page,
    problems,
    newContext,
    async close() {
      await browser.close().catch(() => {});
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testApp.close();
    },
  };
}

/** A fresh install: creates the owner account through the setup page, leaving `page` signed in. */
export async function setUpOwner(e2e: E2E, owner: { email: string; password: string }): Promise<void> {
  const { page } = e2e;
  await page.goto('/setup');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(owner.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
  await page.getByRole('textbox', { name: 'Password', exact: true }).press('Enter');
  await seen(page.getByRole('button', { name: `Account menu for ${owner.email}` }));
}

/** Signs in on the sign-in page the app is showing. */
export async function signIn(e2e: E2E, owner: { email: string; password: string }): Promise<void> {
  const { page } = e2e;
  await seen(page.getByRole('heading', { name: 'Sign in' }));
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(owner.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await seen(page.getByRole('button', { name: `Account menu for ${owner.email}` }));
}

/** The id of the account the browser is signed in as, read through its session cookie. */
export async function signedInAccountId(e2e: E2E): Promise<string> {
  const session = await e2e.page.request.get('/api/v1/session');
  const { account } = SessionInfo.parse(await session.json());
  if (!account) throw new Error('not signed in');
  return account.id;
}

/** An API token for the signed-in account, so a test can arrange data through the API. */
export async function apiTokenFor(e2e: E2E): Promise<string> {
  return (await createApiToken(e2e.testApp.database.db, await signedInAccountId(e2e), 'e2e')).token;
}

/**
 * Seeds an e2e test through the API with `token`: answers the body, or throws with the status and problem
 * when the call did not succeed (a seeding step that fails should stop the test there, not later).
 */
export function seedCall<M extends string, P extends string>(
  e2e: E2E,
  token: string,
  method: M,
  path: P,
  body?: unknown,
): Promise<SuccessBody<Called<M, P>>>;
// The signature above types the answer by the route, as `TestApp.call` does; a status below 300 is the
// only member that returns, and the harness has checked its body against that status's schema.
export async function seedCall(
  e2e: E2E,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await e2e.testApp.call(method, path, { token, body });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Saves a full-page screenshot to test-artifacts/<name>.png. */
export function screenshot(page: Page, name: string) {
  return page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
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
