// The daily-loop settings in real Chromium: a browser in Kathmandu signs up and the account takes its
// time zone; Settings changes the digest; the calendar feed is created, its address copied from the
// page, downloaded without signing in and parsed by ical.js (with a screenshot); a new address retires
// the old one and turning the feed off retires the new one, each after a confirmation.
import { mkdirSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { expectStatus } from '../app';
import { afterEachTest, apiTokenFor, artifactsDir, type E2E, screenshot, seen, startE2E } from './harness';

const OWNER = { email: 'kiran.connector@example.com', password: 'correct horse battery staple' };

let e2e: E2E;
let page: Page;

describe('time zone, digest and calendar feed in Settings', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    const context = await e2e.newContext({
      timezoneId: 'Asia/Kathmandu',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));

  afterAll(async () => {
    await e2e?.close();
  });

  test("sign-up takes the browser's time zone; Settings changes the digest", async () => {
    await page.goto('/setup');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(OWNER.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(OWNER.password);
    await page.getByRole('textbox', { name: 'Password', exact: true }).press('Enter');
    await seen(page.getByRole('button', { name: `Account menu for ${OWNER.email}` }));

    // Chromium may report the zone by its older ICU name (Asia/Katmandu): the account takes what it reports.
    const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(browserZone).toMatch(/^Asia\/Kath?mandu$/);
    await page.goto('/settings');
    await seen(page.getByRole('heading', { name: 'Time zone and digest' }));
    await expect
      .poll(() =>
        page
          .getByRole('textbox', { name: 'Time zone', exact: true })
          .or(page.getByRole('combobox', { name: 'Time zone', exact: true }))
          .first()
          .inputValue(),
      )
      .toBe(browserZone);
    await page
      .getByRole('textbox', { name: 'Digest email' })
      .or(page.getByRole('combobox', { name: 'Digest email' }))
      .first()
      .click();
    await page.getByRole('option', { name: 'Every day' }).click();
    await page
      .getByRole('textbox', { name: 'At', exact: true })
      .or(page.getByRole('combobox', { name: 'At', exact: true }))
      .first()
      .click();
    await page.getByRole('option', { name: '07:00' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await seen(page.getByText('Time zone and digest saved'));
    const session = await (await page.request.get('/api/v1/session')).json();
    expect(session.account).toMatchObject({
      timeZone: browserZone,
      digest: { frequency: 'daily', hour: 7 },
    });
  });

  test('creates the calendar feed, which downloads without signing in and parses in ical.js', async () => {
    // Something dated for the feed to show: a need due in a few days.
    const token = await apiTokenFor({ ...e2e, page });
    const person = await e2e.testApp.call('POST', '/api/v1/people', {
      token,
      body: { name: 'Ada Lovelace' },
    });
    expectStatus(person, 201);
    const neededBy = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const need = await e2e.testApp.call('POST', `/api/v1/people/${person.body.id}/needs`, {
      token,
      body: { text: 'a designer for the launch', neededBy },
    });
    expectStatus(need, 201);

    await page.goto('/settings');
    await seen(page.getByRole('heading', { name: 'Calendar feed' }));
    await page.getByRole('button', { name: 'Create the feed' }).click();
    const address = page.getByRole('textbox', { name: 'Feed address' });
    await seen(address);
    const url = await address.inputValue();
    expect(url).toMatch(/\/calendar\/lpcal_[A-Za-z0-9_-]+\.ics$/);
    await seen(page.getByText('The feed is on'));
    await screenshot(page, 'calendar-feed-settings');

    // A calendar app subscribes with no cookie: a fresh context, as nobody.
    const visitor = await e2e.newContext();
    const res = await visitor.request.get(url);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Linchpin');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.summary])).toEqual([
      [`need-${need.body.id}@linchpin`, neededBy, 'Needed by today: Ada Lovelace, a designer for the launch'],
    ]);

    // A new address (confirmed) retires the old one.
    await page.getByRole('button', { name: 'Make a new address' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Make a new address' }).click();
    await expect.poll(() => address.inputValue()).not.toBe(url);
    const newUrl = await address.inputValue();
    expect((await visitor.request.get(url)).status()).toBe(404);
    expect((await visitor.request.get(newUrl)).status()).toBe(200);

    // Turning it off (confirmed) retires the new one too.
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Turn off' }).click();
    await seen(page.getByRole('button', { name: 'Create the feed' }));
    expect((await visitor.request.get(newUrl)).status()).toBe(404);
    await visitor.close();
  });
});
