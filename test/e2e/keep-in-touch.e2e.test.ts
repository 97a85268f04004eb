// Relationship strength and keep in touch in real Chromium: a person's page shows strength with its
// reasons beside trust, and a red Overdue badge; "Log contact" → Call resets it; the People list shows
// the badge and strength; Losing touch lists who is past their cadence (and says what to do when no one
// is); Settings sets a cadence per tag that the page then follows; Today shows the five most overdue and
// the rest on request. Screenshots go to test-artifacts/.
import { mkdirSync } from 'node:fs';
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

const OWNER = { email: 'kit.keeper@example.com', password: 'correct horse battery staple' };
const DAY = 86_400_000;

let e2e: E2E;
let token = '';
const ids = { ada: '', bruno: '', cleo: '' };

const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  seedCall(e2e, token, method, path, body);
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describe('strength and keep in touch in the web app', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    token = await apiTokenFor(e2e);
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));

  afterAll(async () => {
    await e2e?.close();
  });

  test('Losing touch says what to do while nobody is past their cadence', async () => {
    const { page } = e2e;
    await page.goto('/people');
    await page.getByRole('link', { name: 'Losing touch' }).first().click();
    await seen(page.getByRole('heading', { name: 'Losing touch', level: 1 }));
    await seen(page.getByText('Nobody is slipping away'));
    await seen(page.getByRole('link', { name: 'Set cadences per tag' }));
    await screenshot(page, 'losing-touch-empty');
  });

  test('a person’s page shows strength with reasons and Overdue; Log contact → Call resets it', async () => {
    const { page } = e2e;
    ids.ada = (
      await api('POST', '/api/v1/people', {
        name: 'Ada Overdue',
        trust: 4,
        keepInTouch: { idealDays: 14, maxDays: 21 },
      })
    ).id;
    await api('POST', `/api/v1/people/${ids.ada}/interactions`, {
      type: 'met',
      direction: 'mutual',
      occurredAt: daysAgo(40),
    });
    await api('POST', `/api/v1/people/${ids.ada}/interactions`, {
      type: 'became_my_client',
      direction: 'mutual',
      occurredAt: daysAgo(60),
    });
    await page.goto(`/people/${ids.ada}`);
    await seen(page.getByRole('heading', { name: 'Ada Overdue', level: 1 }));
    await seen(page.getByText('Relationship strength'));
    const reasons = page.getByRole('list', { name: 'Why this strength' });
    // The server's clock stood still at the start of the run, so "40 days ago" may read 39 there.
    await seen(reasons.getByText(/^No contact for (39|40) days$/));
    await seen(reasons.getByText(/Became your client in \d{4}/));
    const overdue = page.getByText(/^Overdue · /).first();
    await seen(overdue);
    await screenshot(page, 'person-overdue-with-strength');

    const before = (await api('GET', `/api/v1/people/${ids.ada}`)).strength as number;
    await page.getByRole('button', { name: 'Log contact with Ada Overdue today' }).click();
    await page.getByRole('menuitem', { name: 'Call' }).click();
    await seen(page.getByText('Logged: call with Ada Overdue today'));
    await gone(page.getByText(/^Overdue · /));
    await seen(page.getByText(/^On track · next by /));
    await seen(page.getByText('Last contact today', { exact: false }).first());
    const after = await api('GET', `/api/v1/people/${ids.ada}`);
    expect(after.keepInTouch.status).toBe('ok');
    expect(after.strength).toBeGreaterThan(before);
    await screenshot(page, 'person-after-log-contact');
  });

  test('Losing touch lists who is past their cadence, furthest first, and Log contact takes them off', async () => {
    const { page } = e2e;
    const add = async (name: string, ideal: number, max: number, last: number) => {
      const id = (
        await api('POST', '/api/v1/people', { name, keepInTouch: { idealDays: ideal, maxDays: max } })
      ).id as string;
      await api('POST', `/api/v1/people/${id}/interactions`, {
        type: 'email',
        direction: 'outbound',
        occurredAt: daysAgo(last),
      });
      return id;
    };
    ids.bruno = await add('Bruno Due', 30, 60, 35);
    ids.cleo = await add('Cleo Gone', 30, 60, 200);
    await page.goto('/losing-touch');
    const table = page.getByRole('table', { name: 'People losing touch' });
    await seen(table);
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    await seen(rows.nth(1).getByText('Cleo Gone'));
    await seen(rows.nth(1).getByText(/^Overdue/));
    await seen(rows.nth(2).getByText('Bruno Due'));
    await seen(rows.nth(2).getByText(/^Due/));
    await screenshot(page, 'losing-touch');
    await page.getByRole('button', { name: 'Log contact with Cleo Gone today' }).click();
    await page.getByRole('menuitem', { name: 'Email' }).click();
    await gone(table.getByText('Cleo Gone'));
    await seen(table.getByText('Bruno Due'));
  });

  test('Losing touch on a laptop screen shows each overdue date whole, strength on one line, the cadence in words', async () => {
    const { page } = e2e;
    const id = (
      await api('POST', '/api/v1/people', {
        name: 'Esperanza Longname-Overdue',
        company: 'Northern Lights Community Partnerships',
        keepInTouch: { idealDays: 14, maxDays: 28 },
      })
    ).id as string;
    for (const [type, ago] of [
      ['became_my_client', 460],
      ['met', 455],
      ['call', 450],
      ['call', 440],
    ] as const) {
      await api('POST', `/api/v1/people/${id}/interactions`, {
        type,
        direction: 'mutual',
        occurredAt: daysAgo(ago),
      });
    }
    const strength = (await api('GET', `/api/v1/people/${id}`)).strength as number;
    // Two digits is what wrapped digit by digit; a one-digit strength would prove nothing here.
    expect(strength).toBeGreaterThanOrEqual(10);
    await page.setViewportSize({ width: 1024, height: 800 });
    try {
      await page.goto('/losing-touch');
      const row = page
        .getByRole('table', { name: 'People losing touch' })
        .getByRole('row')
        .filter({ hasText: 'Esperanza Longname-Overdue' });
      const badge = row.getByText(/^Overdue · /);
      await seen(badge);
      await screenshot(page, 'losing-touch-laptop');
      const clipped = await badge.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(clipped, 'the overdue badge is cut short with an ellipsis').toBe(false);
      const lines = await row
        .getByLabel(`Relationship strength ${strength} of 100`)
        .getByText(String(strength), { exact: true })
        .evaluate((el) => {
          const range = el.ownerDocument.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
      expect(lines, 'lines the strength number takes').toBe(1);
      await seen(row.getByText('Ideally every 2 weeks, at most every 4 weeks'));
      await seen(row.getByText('Set for this person'));
      expect(await row.innerText()).not.toMatch(/\bown\b|\d+ of \d+ days/);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('Losing touch on a phone scrolls sideways rather than cutting a name or a company between letters', async () => {
    const { page } = e2e;
    const id = (
      await api('POST', '/api/v1/people', {
        name: 'Maximiliana Lindqvist',
        company: 'Kristianstad Omnichannel Consultancy',
        keepInTouch: { idealDays: 14, maxDays: 28 },
      })
    ).id as string;
    await api('POST', `/api/v1/people/${id}/interactions`, {
      type: 'call',
      direction: 'mutual',
      occurredAt: daysAgo(90),
    });
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto('/losing-touch');
      const row = page
        .getByRole('table', { name: 'People losing touch' })
        .getByRole('row')
        .filter({ hasText: 'Maximiliana Lindqvist' });
      await seen(row);
      await screenshot(page, 'losing-touch-phone');
      // A word whose letters land on two lines was cut (a hyphen or a space is where a line may break).
      const cut = await row
        .getByRole('cell')
        .first()
        .evaluate((cell) => {
          const doc = cell.ownerDocument;
          const words: string[] = [];
          const walker = doc.createTreeWalker(cell, 4 /* text nodes */);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of (node.textContent ?? '').matchAll(/[^\s-]+/g)) {
              const range = doc.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              words.push(tops.size > 1 ? `cut: ${m[0]}` : m[0]);
            }
          }
          return words;
        });
      expect(cut).toEqual(['Maximiliana', 'Lindqvist', 'Kristianstad', 'Omnichannel', 'Consultancy']);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('the People list shows the badge and strength; a tag cadence set in Settings applies', async () => {
    const { page } = e2e;
    const dora = (await api('POST', '/api/v1/people', { name: 'Dora Tagged', tags: ['inner circle'] })).id;
    await api('POST', `/api/v1/people/${dora}/interactions`, {
      type: 'call',
      direction: 'mutual',
      occurredAt: daysAgo(16),
    });
    await page.goto('/settings');
    const card = page.getByRole('region', { name: 'Keep in touch' });
    await seen(card.getByText('No cadences per tag yet.'));
    await card.getByRole('textbox', { name: 'Tag' }).fill('inner circle');
    await card.getByRole('textbox', { name: 'Ideally every (days)' }).fill('14');
    await card.getByRole('textbox', { name: 'At most (days)' }).fill('21');
    await card.getByRole('button', { name: 'Save cadence' }).click();
    await seen(card.getByRole('table', { name: 'Cadences per tag' }).getByText('inner circle'));
    await screenshot(page, 'settings-keep-in-touch');

    await page.goto('/people');
    const row = page.getByRole('link', { name: /Dora Tagged/ });
    await seen(row.getByText(/^Due · /));
    await seen(row.getByLabel(/Relationship strength \d+ of 100/));
    await screenshot(page, 'people-list-badges');
    await row.click();
    await seen(page.getByText('(from the tag “inner circle”)', { exact: false }));
  });

  test('Today shows the five most overdue, the rest behind “Show more”, and the way to Losing touch', async () => {
    const { page } = e2e;
    for (const [i, name] of ['Gil', 'Hal', 'Ivy', 'Jon', 'Kim', 'Lou', 'Max'].entries()) {
      const id = (
        await api('POST', '/api/v1/people', {
          name: `${name} Faraway`,
          keepInTouch: { idealDays: 30, maxDays: 60 },
        })
      ).id as string;
      await api('POST', `/api/v1/people/${id}/interactions`, {
        type: 'email',
        direction: 'outbound',
        occurredAt: daysAgo(600 + i * 10),
      });
    }
    const due = (await api('GET', '/api/v1/agenda')).items.filter(
      (i: { kind: string }) => i.kind === 'keep_in_touch',
    ).length;
    expect(due).toBeGreaterThanOrEqual(7);
    await page.goto('/');
    const list = page.getByRole('list', { name: 'Keep in touch' });
    await seen(list);
    await expect.poll(() => list.getByRole('listitem').count()).toBe(5);
    // The most overdue first: Max, last in touch 660 days ago, leads.
    await seen(list.getByRole('listitem').first().getByText('Max Faraway'));
    await screenshot(page, 'today-keep-in-touch-collapsed');
    await page.getByRole('button', { name: `Show ${due - 5} more` }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(due);
    await gone(page.getByRole('button', { name: /^Show \d+ more$/ }));
    await page.getByRole('link', { name: 'Everyone in Losing touch' }).click();
    await seen(page.getByRole('heading', { name: 'Losing touch', level: 1 }));
  });
});
