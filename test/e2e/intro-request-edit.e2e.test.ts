// Correcting an introduction request before accepting it, in real Chromium: a request with typos arrives
// on Today; "Edit…" opens it prefilled; a bad email is refused by the server and shown on its field; the
// corrected request is what Today shows and what accepting drafts from (the requester added under the
// corrected name and email, their corrected paragraph as the pitch). Screenshots are artifacts.
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

const OWNER = { email: 'eddie.edits@example.com', password: 'correct horse battery staple' };
const INVESTOR = 'Ivy Investor';
const ABOUT = 'Rita runs Warmly, a heat-pump installer in Leeds with twelve people.';

let e2e: E2E;
let token = '';

const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  seedCall(e2e, token, method, path, body);

/** A request as a visitor's browser posts it to the public link (that page has its own e2e test). */
async function sendRequest(fields: Record<string, string>): Promise<void> {
  const link = new URL((await api('POST', '/api/v1/intro-request-link')).url).pathname;
  const res = await e2e.testApp.app.request(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  expect(res.status).toBe(200);
}

describe('editing an introduction request before accepting it', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    token = await apiTokenFor(e2e);
    await api('POST', '/api/v1/people', {
      name: INVESTOR,
      emails: ['ivy@example.com'],
      title: 'Climate investor',
      company: 'Green Seed',
    });
    await sendRequest({
      name: 'Rita Requestr',
      email: 'rita@exmaple.com',
      wantsToMeet: 'a climate investr',
      why: 'We are raising a seed round for heat pumps.',
      about: 'Rita runs Warmly.',
    });
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));
  afterAll(async () => {
    await e2e?.close();
  });

  test('the request is corrected from Today, and accepting drafts from the corrected text', async () => {
    const { page } = e2e;
    await page.goto('/');
    await seen(page.getByText('Rita Requestr asks to be introduced to a climate investr'));
    await page.getByRole('button', { name: 'Edit…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the request' });
    const name = dialog.getByRole('textbox', { name: 'Their name' });
    const email = dialog.getByRole('textbox', { name: 'Their email' });
    const wants = dialog.getByRole('textbox', { name: 'Whom they would like to meet' });
    const about = dialog.getByRole('textbox', { name: 'About them, to forward' });
    await seen(name);
    expect(await name.inputValue()).toBe('Rita Requestr');
    expect(await email.inputValue()).toBe('rita@exmaple.com');
    expect(await wants.inputValue()).toBe('a climate investr');
    expect(await dialog.getByRole('textbox', { name: 'Why' }).inputValue()).toBe(
      'We are raising a seed round for heat pumps.',
    );
    expect(await about.inputValue()).toBe('Rita runs Warmly.');

    // The server checks the email as the public form does, and names the field.
    await email.fill('rita at example');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await seen(dialog.getByText('must be an email address'));
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'intro-request-edit-refused');
    expect((await api('GET', '/api/v1/intro-requests')).items[0]?.requesterEmail).toBe('rita@exmaple.com');

    await name.fill('Rita Requester');
    await email.fill('rita@example.com');
    await wants.fill('a climate investor');
    await about.fill(ABOUT);
    await screenshot(page, 'intro-request-edit-form');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await gone(dialog);
    await seen(page.getByText('Rita Requester asks to be introduced to a climate investor'));
    expect(await page.getByText('Rita Requestr asks', { exact: false }).count()).toBe(0);
    await screenshot(page, 'intro-request-edited-on-today');

    await page.getByRole('button', { name: 'Accept…' }).click();
    const accept = page.getByRole('dialog', { name: 'Accept the request' });
    await seen(accept.getByText(ABOUT, { exact: false }));
    await seen(accept.getByText('From Rita Requester <rita@example.com>'));
    await accept.getByRole('combobox', { name: 'Introduce them to' }).click();
    await page
      .getByRole('option', { name: new RegExp(INVESTOR) })
      .first()
      .click();
    await accept.getByRole('button', { name: 'Make a draft introduction' }).click();
    await page.waitForURL(/\/introductions\/[0-9a-f-]{36}$/);
    await seen(page.getByRole('heading', { name: `Rita Requester and ${INVESTOR}`, level: 1 }));
    await screenshot(page, 'intro-request-edited-draft');

    const intro = await api('GET', `/api/v1/introductions/${page.url().split('/').pop()}`);
    expect(intro).toMatchObject({ state: 'draft', pitchA: ABOUT });
    expect(intro.reason).toBe(
      'Rita Requester asked to meet a climate investor. We are raising a seed round for heat pumps.',
    );
    const requester = await api('GET', `/api/v1/people/${intro.personA.id}`);
    expect(requester).toMatchObject({ name: 'Rita Requester', emails: ['rita@example.com'], blurb: ABOUT });
    expect((await api('GET', '/api/v1/outbox')).items).toEqual([]);
  });
});
