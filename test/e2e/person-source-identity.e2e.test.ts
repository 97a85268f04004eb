// A person's source and phone numbers on their page, and adding someone who is already in the network,
// in real Chromium against the real server: the imported person's page names the import and links to it;
// the form says whose email it is, opens them, or adds the new person anyway.
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { expectStatus } from '../app';
import { upload, waitForImport } from '../imports';
import {
  afterEachTest,
  apiTokenFor,
  artifactsDir,
  type E2E,
  screenshot,
  seen,
  setUpOwner,
  startE2E,
} from './harness';

const OWNER = { email: 'sam.source@example.com', password: 'correct horse battery staple' };
const LINKEDIN = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Margaret,Hamilton,https://www.linkedin.com/in/margaret-hamilton-src,margaret@apollo.example,MIT,Director,20 Jul 2024',
  '',
].join('\n');

let e2e: E2E;
let importId = '';

describe('where people came from, and adding someone already known', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    const token = await apiTokenFor(e2e);
    // An account in Berlin: German numbers are shown the German way.
    await e2e.testApp.call('PATCH', '/api/v1/account', { token, body: { timeZone: 'Europe/Berlin' } });
    const who = { id: '', email: OWNER.email, token };
    const res = await upload(e2e.testApp, who, LINKEDIN, {}, 'Connections.csv');
    expectStatus(res, 202);
    importId = res.body.id;
    expect((await waitForImport(e2e.testApp, who, importId)).counts.created).toBe(1);
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));

  afterAll(async () => {
    await e2e?.close();
  });

  test("an imported person's page names the import, and the name links to its report", async () => {
    const { page } = e2e;
    await page.goto('/people');
    await page
      .getByRole('link', { name: /Margaret Hamilton/ })
      .first()
      .click();
    await seen(page.getByRole('heading', { name: 'Margaret Hamilton', level: 1 }));
    // Her profile link says whose profile it is, not only the site.
    await seen(page.getByText('linkedin.com/in/margaret-hamilton-src', { exact: true }));
    const source = page.getByRole('link', {
      name: /^LinkedIn import \(Connections\.csv\), \d{1,2} \w{3} \d{4}$/,
    });
    await seen(source);
    await source.click();
    await page.waitForURL((url) => url.pathname === `/import/${importId}`);
    await seen(page.getByText('Connections.csv'));
  });

  test('adding a person with her email says whose it is; "Add anyway" adds them, shown as added by hand', async () => {
    const { page } = e2e;
    await page.goto('/people/new');
    await seen(page.getByRole('heading', { name: 'Add a person' }));
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('M. Hamilton');
    await page.getByRole('textbox', { name: 'Email 1', exact: true }).fill('Margaret@Apollo.example');
    await page.getByRole('button', { name: 'Add phone' }).click();
    await page.getByRole('textbox', { name: 'Phone 1', exact: true }).fill('+49 30 1234567');
    await page.getByRole('button', { name: 'Add person' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Margaret Hamilton is already in your network' });
    await seen(alert);
    await seen(alert.getByText('(same email address)'));
    await seen(alert.getByRole('link', { name: 'Open Margaret Hamilton' }));
    await screenshot(page, 'person-already-known');
    // Nothing was added yet.
    const token = await apiTokenFor(e2e);
    const list = await e2e.testApp.call('GET', '/api/v1/people', { token });
    expectStatus(list, 200);
    expect(list.body.items.map((p: { name: string }) => p.name)).toEqual(['Margaret Hamilton']);

    await alert.getByRole('button', { name: 'Add anyway' }).click();
    await seen(page.getByRole('heading', { name: 'M. Hamilton', level: 1 }));
    await seen(page.getByText('Added by hand'));
    // Typed internationally, shown as a Berlin account reads a Berlin number.
    await seen(page.getByRole('link', { name: '030 1234567' }));
    await screenshot(page, 'person-source-and-phone');
  });

  test('"Open" goes to the person the details belong to', async () => {
    const { page } = e2e;
    await page.goto('/people/new');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Maggie');
    await page.getByRole('textbox', { name: 'Email 1', exact: true }).fill('margaret@apollo.example');
    await page.getByRole('button', { name: 'Add person' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'already in your network' });
    await seen(alert);
    await alert.getByRole('link', { name: 'Open Margaret Hamilton' }).click();
    // Leaving a filled-in form asks first.
    const leave = page.getByRole('dialog');
    await seen(leave);
    await leave.getByRole('button', { name: 'Discard changes' }).click();
    await seen(page.getByRole('heading', { name: 'Margaret Hamilton', level: 1 }));
  });
});
