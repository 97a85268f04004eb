// The referral ledger in real Chromium: an introduction closed as "business done" appears in the ledger
// (and on both people's pages), the person who helped appears under "People who helped you recently"
// with what they need now, a referral is added by hand, edited and deleted after confirming, and a
// person's page says what they valued. Screenshots go to test-artifacts/.
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

const OWNER = { email: 'rhea.referrer@example.com', password: 'correct horse battery staple' };

let e2e: E2E;
let token = '';
const ids = { seeker: '', provider: '', intro: '' };

const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  seedCall(e2e, token, method, path, body);

describe('the referral ledger in the web app', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    token = await apiTokenFor(e2e);
    ids.seeker = (
      await api('POST', '/api/v1/people', { name: 'Sofia Seeker', emails: ['sofia@example.com'] })
    ).id;
    ids.provider = (
      await api('POST', '/api/v1/people', { name: 'Paul Provider', emails: ['paul@example.com'] })
    ).id;
    const need = await api('POST', `/api/v1/people/${ids.seeker}/needs`, {
      text: 'A bookkeeper for the bakery',
    });
    await api('POST', `/api/v1/people/${ids.provider}/needs`, { text: 'Introductions to café owners' });
    ids.intro = (
      await api('POST', '/api/v1/introductions', {
        personAId: ids.seeker,
        personBId: ids.provider,
        kind: 'seeker_provider',
        reason: 'Sofia needs a bookkeeper; Paul is one.',
        needId: need.id,
      })
    ).id;
    const path = `/api/v1/introductions/${ids.intro}`;
    await api('POST', `${path}/request`);
    await api('POST', `${path}/answers`, { personId: ids.seeker, answer: 'yes' });
    await api('POST', `${path}/answers`, { personId: ids.provider, answer: 'yes' });
    await api('POST', `${path}/introduce`);
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));

  afterAll(async () => {
    await e2e?.close();
  });

  test('an introduction closed as business done appears in the ledger', async () => {
    const { page } = e2e;
    await page.goto(`/introductions/${ids.intro}`);
    await page.getByRole('button', { name: 'Record outcome…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record the outcome' });
    await dialog.getByRole('radio', { name: 'Business done' }).check();
    await dialog.getByRole('textbox', { name: 'Value of the business done' }).fill('1200');
    await dialog.getByRole('button', { name: 'Record outcome and close' }).click();
    await gone(dialog);
    await seen(page.getByLabel('State: Closed'));

    await page.getByRole('link', { name: 'Referrals' }).first().click();
    await seen(page.getByRole('heading', { name: 'Referrals', level: 1 }));
    const table = page.getByRole('table', { name: 'Referrals' });
    const row = table.getByRole('row').filter({ hasText: 'A bookkeeper for the bakery' });
    await seen(row);
    await seen(row.getByRole('link', { name: 'Sofia Seeker' }));
    await seen(row.getByRole('link', { name: 'Paul Provider' }));
    await seen(row.getByText('Won'));
    await seen(row.getByText('1,200', { exact: false }));
    await seen(row.getByRole('link', { name: 'From an introduction' }));

    const helped = page.getByRole('list', { name: 'People who helped you recently' });
    await seen(helped.getByRole('link', { name: 'Paul Provider' }));
    await seen(helped.getByText('Needs now: Introductions to café owners'));
    await screenshot(page, 'referrals-ledger');
  });

  test('a referral reads as one sentence, “You sent Sofia Seeker to Paul Provider”, all in one size', async () => {
    const { page } = e2e;
    await page.goto('/referrals');
    const row = page
      .getByRole('table', { name: 'Referrals' })
      .getByRole('row')
      .filter({ hasText: 'A bookkeeper for the bakery' });
    const sentence = row.getByText(/sent/).first();
    await seen(sentence);
    expect(await sentence.innerText()).toBe('You sent Sofia Seeker to Paul Provider');
    const sizes = await sentence.evaluate((el) => {
      const style = el.ownerDocument.defaultView;
      return [el, ...el.children].map((e) => style?.getComputedStyle(e).fontSize);
    });
    expect(sizes.length, 'the sentence and the words in it').toBeGreaterThanOrEqual(4);
    expect(new Set(sizes), 'font sizes in the sentence').toEqual(new Set([sizes[0]]));
  });

  test('adds a referral by hand, edits its status and value, and deletes it after confirming', async () => {
    const { page } = e2e;
    await page.goto('/referrals');
    await page.getByRole('button', { name: 'Add referral' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add referral' });
    await dialog.getByText('Someone referred business to me').click();
    await dialog.getByRole('combobox', { name: /Who referred them to you/ }).fill('Sofia');
    await page.getByRole('option', { name: /Sofia Seeker/ }).click();
    await dialog.getByRole('textbox', { name: 'What for' }).fill('Her sister’s café needs a website');
    await dialog.getByRole('textbox', { name: 'Estimated value' }).fill('800');
    await dialog.getByRole('button', { name: 'Add referral' }).click();
    await gone(dialog);
    const row = page
      .getByRole('table', { name: 'Referrals' })
      .getByRole('row')
      .filter({ hasText: 'café needs a website' });
    await seen(row.getByText('Open'));

    await row.getByRole('button', { name: 'Edit referral' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit referral' });
    await edit.getByText('Won', { exact: true }).click();
    await edit.getByRole('textbox', { name: 'Closed value' }).fill('950');
    await edit.getByRole('button', { name: 'Save referral' }).click();
    await gone(edit);
    await seen(row.getByText('Won'));
    await seen(row.getByText('950', { exact: false }));

    // Back to open: the closed value goes (it is only kept once won), the estimate stays.
    await row.getByRole('button', { name: 'Edit referral' }).click();
    await edit.getByText('Open', { exact: true }).click();
    await edit.getByRole('button', { name: 'Save referral' }).click();
    await gone(edit);
    await seen(row.getByText('Open'));
    await seen(row.getByText('~€800.00'));

    await row.getByRole('button', { name: 'Delete referral' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this referral?' });
    await confirm.getByRole('button', { name: 'Delete referral' }).click();
    await gone(confirm);
    await gone(row);
    expect((await api('GET', `/api/v1/referrals?person=${ids.seeker}`)).items).toHaveLength(1);
  });

  test('a person’s page shows what they valued and the referrals both ways', async () => {
    const { page } = e2e;
    await page.goto(`/people/${ids.provider}`);
    await seen(page.getByRole('heading', { name: 'Paul Provider', level: 1 }));
    const valued = page.getByRole('list', { name: 'What they valued' });
    await seen(valued.getByText(/^Said yes to 1 of 1 .* introduction\.$/));
    await seen(valued.getByText(/^Business came of 1 .* introduction\.$/));
    const referrals = page.getByRole('region', { name: 'Referrals' });
    await seen(referrals.getByRole('heading', { name: 'What you sent Paul’s way' }));
    await seen(referrals.getByText('A bookkeeper for the bakery', { exact: false }));
    await seen(referrals.getByText('Won:', { exact: false }));
    await screenshot(page, 'referrals-person');
  });

  test('the referral headings call the person what emails greet them as, never a title ("Dr.")', async () => {
    const { page } = e2e;
    const doctor = await api('POST', '/api/v1/people', {
      name: 'Dr. Ines Ortega',
      emails: ['ines@example.com'],
    });
    await page.goto(`/people/${doctor.id}`);
    await seen(page.getByRole('heading', { name: 'Dr. Ines Ortega', level: 1 }));
    const referrals = page.getByRole('region', { name: 'Referrals', exact: true });
    await seen(referrals.getByRole('heading', { name: 'What Ines sent your way' }));
    await seen(referrals.getByRole('heading', { name: 'What you sent Ines’s way' }));
    expect(await referrals.getByText('Dr.', { exact: false }).count()).toBe(0);
  });
});
