// Introduction requests in real Chromium: the connector makes the public request link in Settings; a
// visitor (another browser context, not signed in) opens it, sees only the connector's name, and sends a
// request through the plain form; the request appears on Today and is accepted into a draft introduction
// to a person the connector chooses (screenshot). Nothing is sent to anyone.
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { bodyOf } from '../app';
import {
  afterEachTest,
  apiTokenFor,
  artifactsDir,
  type E2E,
  screenshot,
  seedCall,
  seen,
  setUpOwner,
  startE2E,
} from './harness';

const OWNER = { email: 'rae.requests@example.com', password: 'correct horse battery staple' };
const INVESTOR = 'Ivy Investor';
const SUMMARY = 'Rita Requester asks to be introduced to a climate investor';

let e2e: E2E;
let token = '';

const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  seedCall(e2e, token, method, path, body);

describe('introduction requests from the network', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    token = await apiTokenFor(e2e);
    await api('PATCH', '/api/v1/account', { name: 'Rae Connector' });
    await api('POST', '/api/v1/people', {
      name: INVESTOR,
      emails: ['ivy@example.com'],
      title: 'Climate investor',
      company: 'Green Seed',
    });
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));
  afterAll(async () => {
    await e2e?.close();
  });

  test('a request sent through the public link appears on Today and is accepted into a draft', async () => {
    const { page } = e2e;
    await page.goto('/settings');
    await seen(page.getByRole('heading', { name: 'Introduction request link' }));
    await page.getByRole('button', { name: 'Create the link' }).click();
    const url = await (await seen(page.getByRole('textbox', { name: 'Request link' }))).first().inputValue();
    expect(url).toMatch(/\/ask\/lpask_/);

    const visitor = await (await e2e.newContext()).newPage();
    await visitor.goto(url);
    await seen(visitor.getByRole('heading', { name: 'Ask Rae Connector for an introduction' }));
    expect(await visitor.content()).not.toContain(INVESTOR);
    await visitor.getByLabel('Your name').fill('Rita Requester');
    await visitor.getByLabel('Your email').fill('rita@example.com');
    await visitor.getByLabel('Whom would you like to meet?').fill('a climate investor');
    await visitor.getByLabel('Why?').fill('We are raising a seed round for heat pumps.');
    await visitor
      .getByLabel('A short paragraph about yourself, to forward')
      .fill('Rita runs Warmly, a heat-pump installer.');
    await visitor.getByRole('button', { name: 'Send my request' }).click();
    await seen(visitor.getByRole('heading', { name: 'Thank you, your request is sent' }));
    await screenshot(visitor, 'intro-request-public-thanks');

    await page.goto('/');
    await seen(page.getByText(SUMMARY));
    await screenshot(page, 'intro-request-on-today');
    await page.getByRole('button', { name: 'Accept…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept the request' });
    await seen(dialog.getByText('Rita runs Warmly', { exact: false }));
    await dialog
      .getByRole('textbox', { name: 'Introduce them to' })
      .or(dialog.getByRole('combobox', { name: 'Introduce them to' }))
      .first()
      .click();
    await page
      .getByRole('option', { name: new RegExp(INVESTOR) })
      .first()
      .click();
    await dialog.getByRole('button', { name: 'Make a draft introduction' }).click();
    await page.waitForURL(/\/introductions\/[0-9a-f-]{36}$/);
    await seen(page.getByText(INVESTOR).first());
    await screenshot(page, 'intro-request-accepted-draft');

    const id = page.url().split('/').pop()!;
    const intro = bodyOf(await e2e.testApp.call('GET', `/api/v1/introductions/${id}`, { token }), 200);
    expect(intro).toMatchObject({
      state: 'draft',
      kind: 'seeker_provider',
      pitchA: 'Rita runs Warmly, a heat-pump installer.',
    });
    expect(intro.personA.name).toBe('Rita Requester');
    expect(intro.personB.name).toBe(INVESTOR);
    const outbox = bodyOf(await e2e.testApp.call('GET', '/api/v1/outbox', { token }), 200);
    expect(outbox.items).toEqual([]);
    await page.goto('/');
    await seen(page.getByRole('heading', { level: 1 }));
    expect(await page.getByText(SUMMARY).count()).toBe(0);
  });
});
