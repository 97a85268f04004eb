// An introduction's page on a phone (390×844), by keyboard: with the navigation drawer closed, Tab goes
// from the header to the page, never to the drawer's links (off screen, focus would vanish from view);
// opened with the menu button, the drawer's links take focus, and following one closes it again.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  afterEachTest,
  apiTokenFor,
  artifactsDir,
  type E2E,
  gone,
  screenshot,
  seedCall,
  seen,
  setUpOwner,
  startE2E,
} from './harness';

const OWNER = { email: 'pia.phone@example.com', password: 'correct horse battery staple' };

let e2e: E2E;
let introPath = '';

/** What has focus: its accessible text, and whether it lies inside the window. */
async function focused(page: Page): Promise<{ name: string; onScreen: boolean }> {
  const el = page.locator(':focus');
  if ((await el.count()) === 0) return { name: '', onScreen: true };
  const name = ((await el.getAttribute('aria-label')) ?? (await el.innerText())).trim();
  const box = await el.boundingBox();
  const view = page.viewportSize();
  const onScreen =
    box !== null &&
    view !== null &&
    box.x + box.width > 0 &&
    box.y + box.height > 0 &&
    box.x < view.width &&
    box.y < view.height;
  return { name, onScreen };
}

describe('introduction pages on a phone, by keyboard', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    const token = await apiTokenFor(e2e);
    const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
      seedCall(e2e, token, method, path, body);
    const a = await api('POST', '/api/v1/people', { name: 'Maya Okafor', emails: ['maya@example.com'] });
    const b = await api('POST', '/api/v1/people', { name: 'Bruno Lind', emails: ['bruno@example.com'] });
    const intro = await api('POST', '/api/v1/introductions', {
      personAId: a.id,
      personBId: b.id,
      kind: 'seeker_provider',
      reason: 'Maya is raising; Bruno invests in her field.',
    });
    introPath = `/introductions/${intro.id}`;
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));

  afterAll(async () => {
    await e2e?.close();
  });

  test('with the drawer closed, Tab reaches the page’s buttons without passing through hidden links', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(introPath);
    await seen(page.getByRole('heading', { name: 'Maya Okafor and Bruno Lind', level: 1 }));
    const path: { name: string; onScreen: boolean }[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      path.push(now);
      if (now.name.startsWith('Start asking')) break;
    }
    expect(path.filter((f) => !f.onScreen)).toEqual([]);
    expect(path.map((f) => f.name)).toEqual([
      'Skip to content',
      'Open navigation',
      'Linchpin home',
      `Account menu for ${OWNER.email}`,
      'Pipeline',
      'Start asking…',
    ]);
    await screenshot(page, 'intro-phone-keyboard');
  });

  test('the menu button opens the drawer, whose links then take focus; following one closes it', async () => {
    const { page } = e2e;
    await page.goto(introPath);
    await seen(page.getByRole('heading', { name: 'Maya Okafor and Bruno Lind', level: 1 }));
    await page.getByRole('button', { name: 'Open navigation' }).focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('navigation', { name: 'Main navigation' });
    const today = drawer.getByRole('link', { name: 'Today' });
    await seen(today);
    await page.keyboard.press('Tab'); // Linchpin home
    await page.keyboard.press('Tab'); // the account menu
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first).toEqual({ name: 'Today', onScreen: true });
    await screenshot(page, 'intro-phone-drawer-open');
    await page.keyboard.press('Enter');
    await seen(page.getByRole('heading', { name: 'Today', level: 1 }));
    await gone(page.getByRole('button', { name: 'Close navigation' }));
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
