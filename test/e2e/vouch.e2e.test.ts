// Vouch criteria in real Chromium. Drafting: someone put forward as a provider whose criteria are not all
// met is drafted only once the connector confirms a confirmation that names the unmet criteria — in the
// accept dialog of a request (Cancel drafts nothing, "Draft anyway" drafts) and in the new-introduction
// form (saving unconfirmed drafts nothing). "Not yet": the answer on a person records the criteria asked
// for; once they are all met (ticked on the person's edit page) the person's page and Today say so
// (kind `criteria_met`), and "Got it" clears it. Screenshots are artifacts.
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

const OWNER = { email: 'vera.vouch@example.com', password: 'correct horse battery staple' };
const IVY = 'Ivy Investor';
const SAM = 'Sam Seeker';
const NORA = 'Nora Newcomer';
const UNMET = `${IVY}: 1 of 2 of your criteria met (not yet: worked together).`;

let e2e: E2E;
let token = '';
const ids = { ivy: '', sam: '', nora: '' };

const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  seedCall(e2e, token, method, path, body);

const introductions = async () => (await api('GET', '/api/v1/introductions')).items as unknown[];
const agendaKinds = async () =>
  ((await api('GET', '/api/v1/agenda')).items as { kind: string; key: string; summary: string }[]).filter(
    (i) => i.kind === 'criteria_met',
  );

describe('vouch criteria in the web app', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    token = await apiTokenFor(e2e);
    ids.ivy = (
      await api('POST', '/api/v1/people', {
        name: IVY,
        emails: ['ivy@example.com'],
        title: 'Climate investor',
        vouchCriteria: [
          { label: 'met in person', met: true },
          { label: 'worked together', met: false },
        ],
      })
    ).id;
    ids.sam = (await api('POST', '/api/v1/people', { name: SAM, emails: ['sam@example.com'] })).id;
    ids.nora = (await api('POST', '/api/v1/people', { name: NORA, emails: ['nora@example.com'] })).id;
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));
  afterAll(async () => {
    await e2e?.close();
  });

  test('accepting a request for an unvouched provider asks first: Cancel drafts nothing, "Draft anyway" drafts', async () => {
    const { page } = e2e;
    const link = new URL((await api('POST', '/api/v1/intro-request-link')).url).pathname;
    const sent = await e2e.testApp.app.request(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        name: 'Rita Requester',
        email: 'rita@example.com',
        wantsToMeet: 'a climate investor',
        why: 'We are raising a seed round.',
        about: 'Rita runs Warmly.',
      }).toString(),
    });
    expect(sent.status).toBe(200);

    const choose = async () => {
      await page.getByRole('button', { name: 'Accept…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Accept the request' });
      await dialog.getByRole('combobox', { name: 'Introduce them to' }).click();
      await page
        .getByRole('option', { name: new RegExp(IVY) })
        .first()
        .click();
      await dialog.getByRole('button', { name: 'Make a draft introduction' }).click();
      await seen(dialog.getByText('Your criteria are not all met'));
      await seen(dialog.getByText(UNMET));
      return dialog;
    };

    await page.goto('/');
    await seen(page.getByText('Rita Requester asks to be introduced to a climate investor'));
    const first = await choose();
    await screenshot(page, 'vouch-confirm-accept-request');
    await first.getByRole('button', { name: 'Cancel' }).click();
    await gone(first);
    expect(await introductions()).toEqual([]);
    expect((await api('GET', '/api/v1/intro-requests?status=pending')).items).toHaveLength(1);
    expect((await api('GET', '/api/v1/people?q=Rita')).items).toEqual([]);

    // Opened again, the dialog starts afresh and asks again.
    const second = await choose();
    await second.getByRole('button', { name: 'Draft anyway' }).click();
    await page.waitForURL(/\/introductions\/[0-9a-f-]{36}$/);
    await seen(page.getByRole('heading', { name: `Rita Requester and ${IVY}`, level: 1 }));
    const intro = await api('GET', `/api/v1/introductions/${page.url().split('/').pop()}`);
    expect(intro).toMatchObject({ state: 'draft', personB: { id: ids.ivy } });
    expect((await api('GET', '/api/v1/outbox')).items).toEqual([]);
  });

  test('the new-introduction form names the unmet criteria and drafts only once confirmed', async () => {
    const { page } = e2e;
    const before = (await introductions()).length;
    await page.goto('/introductions/new');
    await page.getByRole('combobox', { name: /Seeker/ }).fill('Sam');
    await page.getByRole('option', { name: new RegExp(SAM) }).click();
    await page.getByRole('combobox', { name: /Provider/ }).fill('Ivy');
    await page.getByRole('option', { name: new RegExp(IVY) }).click();
    await page.getByRole('textbox', { name: 'Why should they meet?' }).fill('Sam is raising a round.');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await seen(page.getByText(UNMET));
    const confirm = page.getByRole('checkbox', { name: new RegExp(`Put ${IVY} forward anyway`) });
    await seen(confirm);
    await screenshot(page, 'vouch-confirm-propose');
    expect(new URL(page.url()).pathname).toBe('/introductions/new');
    expect(await introductions()).toHaveLength(before);

    await confirm.check();
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await seen(page.getByRole('heading', { name: `${SAM} and ${IVY}`, level: 1 }));
    expect(await introductions()).toHaveLength(before + 1);
  });

  test('"not yet" records the criteria asked for; once they are met the person’s page and Today say so', async () => {
    const { page } = e2e;
    const personUrl = `/people/${ids.nora}`;
    await page.goto(personUrl);
    const section = page.getByRole('region', { name: 'Asked for referrals' });
    await section.getByRole('button', { name: 'Answer “not yet”' }).click();
    const dialog = page.getByRole('dialog', { name: `Answer ${NORA} “not yet”` });
    await dialog.getByRole('textbox', { name: 'What they asked for' }).fill('referrals to CFOs');
    await dialog
      .getByRole('textbox', { name: 'Criteria you would like to see met first (one a line)' })
      .fill('Worked together on a project\nTwo clients vouch for her');
    await dialog.getByRole('button', { name: 'Record “not yet”' }).click();
    await gone(dialog);
    await seen(
      section.getByText(
        'Not yet (referrals to CFOs): waiting for Worked together on a project, Two clients vouch for her.',
      ),
    );
    await seen(page.getByText('Vouch criteria · 0 of 2 met'));
    await screenshot(page, 'vouch-not-yet-recorded');
    expect(await agendaKinds()).toEqual([]);

    const tick = async (criteria: number[]) => {
      await page.getByRole('link', { name: 'Edit' }).click();
      await seen(page.getByRole('heading', { name: `Edit ${NORA}` }));
      for (const n of criteria) await page.getByRole('checkbox', { name: `Criterion ${n} is met` }).check();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.waitForURL((u) => u.pathname === personUrl);
    };

    // One of two met: still waiting, and Today has nothing to say.
    await tick([1]);
    await seen(section.getByText('Not yet (referrals to CFOs): waiting for Two clients vouch for her.'));
    expect(await agendaKinds()).toEqual([]);

    await tick([2]);
    await seen(section.getByText('Your criteria are met now'));
    await seen(section.getByText('all met. You could recommend them now.', { exact: false }));
    await screenshot(page, 'vouch-criteria-met-person');

    const met = `${NORA} asked for referrals to CFOs: the criteria you asked for are all met now, so you could recommend them`;
    const items = await agendaKinds();
    expect(items).toHaveLength(1);
    expect(items[0]!.summary).toBe(met);
    await page.goto('/');
    await seen(page.getByText(met));
    await screenshot(page, 'vouch-criteria-met-today');

    // Seen on the person's page: it leaves Today.
    await page.goto(personUrl);
    await section.getByRole('button', { name: 'Got it' }).click();
    await gone(section.getByText('Your criteria are met now'));
    expect(await agendaKinds()).toEqual([]);
    await page.goto('/');
    await seen(page.getByRole('heading', { name: 'Today', level: 1 }));
    expect(await page.getByText(met).count()).toBe(0);
  });
});
