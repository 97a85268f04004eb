// Review before sending, in real Chromium against the real server: Today's "Send" link
// (/introductions/:id?review=send) opens the introduction email as both people will get it; the personal
// line and a blurb are edited, the preview follows, and what is sent carries the edits. Then a yes grown
// stale (the server's clock moved on) is offered for reconfirmation, reviewed and sent. A new
// introduction's "Save and review the request…" opens the consent request's review; nothing goes before it.
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
  signIn,
  startE2E,
} from './harness';

const OWNER = { email: 'rhea.reviewer@example.com', password: 'correct horse battery staple' };
const LINE = 'It was lovely to catch up at the harbour last week.';

let e2e: E2E;
let token = '';

const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  seedCall(e2e, token, method, path, body);

/** Two people who have both said yes (by phone); the introduction is ready to send. */
async function readyIntroduction(a: string, b: string): Promise<string> {
  const person = (name: string, blurb: string) =>
    api('POST', '/api/v1/people', {
      name,
      emails: [`${name.split(' ')[0]!.toLowerCase()}@example.com`],
      blurb,
    });
  const pa = await person(a, `${a} runs a small shipyard.`);
  const pb = await person(b, `${b} designs sails.`);
  const intro = await api('POST', '/api/v1/introductions', {
    personAId: pa.id,
    personBId: pb.id,
    kind: 'peers',
    reason: 'Boats need sails.',
  });
  await api('POST', `/api/v1/introductions/${intro.id}/request`);
  await api('POST', `/api/v1/introductions/${intro.id}/answers`, { personId: pa.id, answer: 'yes' });
  await api('POST', `/api/v1/introductions/${intro.id}/answers`, {
    personId: pb.id,
    answer: 'yes',
    note: 'Tuesdays are best',
  });
  return intro.id;
}

describe('review before sending', { timeout: 120_000 }, () => {
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

  test('?review=send opens the email as it will arrive; the edits are what is sent', async () => {
    const { page } = e2e;
    const id = await readyIntroduction('Nora Keel', 'Otto Mast');
    await page.goto(`/introductions/${id}?review=send`);
    const dialog = page.getByRole('dialog', { name: 'Review the introduction before sending' });
    await seen(dialog);
    // The answer's note reached the connector too.
    await seen(page.getByText('“Tuesdays are best”'));
    const email = dialog.getByLabel(/^Email to /);
    await seen(email.getByText('Nora Keel runs a small shipyard.', { exact: false }));
    await seen(dialog.getByText('Subject: Introduction: Nora Keel <> Otto Mast'));

    await dialog.getByRole('textbox', { name: 'A line of your own' }).fill(LINE);
    await dialog
      .getByRole('textbox', { name: 'About Nora Keel' })
      .fill('Nora builds wooden boats by hand in Falmouth.');
    await seen(email.getByText(LINE, { exact: false }));
    await seen(email.getByText('Nora builds wooden boats by hand in Falmouth.', { exact: false }));
    expect(await email.textContent()).not.toContain('runs a small shipyard');
    await screenshot(page, 'review-before-send');

    await dialog.getByRole('button', { name: 'Send the introduction' }).click();
    await gone(dialog);
    await seen(page.getByLabel('State: Introduced'));
    expect(new URL(page.url()).search).toBe('');
    const detail = await api('GET', `/api/v1/introductions/${id}`);
    const sent = detail.emails.find((m) => m.kind === 'introduction');
    expect(sent?.text).toContain(LINE);
    expect(sent?.text).toContain('Nora builds wooden boats by hand in Falmouth.');
    expect(detail.pitchA).toBe('Nora builds wooden boats by hand in Falmouth.');
  });

  test('"Save and review the request…" sends nothing until the consent request is reviewed and sent', async () => {
    const { page } = e2e;
    const person = (name: string, blurb: string) =>
      api('POST', '/api/v1/people', {
        name,
        emails: [`${name.split(' ')[0]!.toLowerCase()}@example.com`],
        blurb,
      });
    await person('Pia Anchor', 'Pia charters boats.');
    await person('Quinn Buoy', 'Quinn insures boats.');
    await page.goto('/introductions/new');
    await page.getByRole('combobox', { name: /Seeker/ }).fill('Pia');
    await page.getByRole('option', { name: /Pia Anchor/ }).click();
    await page.getByRole('combobox', { name: /Provider/ }).fill('Quinn');
    await page.getByRole('option', { name: /Quinn Buoy/ }).click();
    await page.getByRole('textbox', { name: 'Why should they meet?' }).fill('Charters need insurance.');
    await page.getByRole('button', { name: 'Save and review the request…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Review the consent request before sending' });
    await seen(dialog.getByText('Subject:', { exact: false }));
    // Sequential order: the exact email to the seeker, and no one else's.
    await seen(dialog.getByRole('tab', { name: 'To pia@example.com' }));
    expect(await dialog.getByRole('tab').count()).toBe(1);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const before = await api('GET', `/api/v1/introductions/${id}`);
    expect(before.state).toBe('draft');
    expect(before.emails).toEqual([]);
    await screenshot(page, 'save-and-review-request');

    await dialog.getByRole('textbox', { name: 'A line of your own' }).fill(LINE);
    await seen(dialog.getByLabel(/^Email to /).getByText(LINE, { exact: false }));
    await dialog.getByRole('button', { name: 'Send the request' }).click();
    await gone(dialog);
    await seen(page.getByLabel('State: Asking'));
    const after = await api('GET', `/api/v1/introductions/${id}`);
    expect(after.emails.map((m) => [m.kind, m.to])).toEqual([['consent_request', ['pia@example.com']]]);
    expect(after.emails[0]?.text).toContain(LINE);
  });

  test('cancelling the review leaves the new introduction a draft with nothing sent', async () => {
    const { page } = e2e;
    const person = (name: string) =>
      api('POST', '/api/v1/people', { name, emails: [`${name.split(' ')[0]!.toLowerCase()}@example.com`] });
    await person('Rosa Cleat');
    await person('Sami Dock');
    await page.goto('/introductions/new');
    await page.getByRole('combobox', { name: /Seeker/ }).fill('Rosa');
    await page.getByRole('option', { name: /Rosa Cleat/ }).click();
    await page.getByRole('combobox', { name: /Provider/ }).fill('Sami');
    await page.getByRole('option', { name: /Sami Dock/ }).click();
    await page.getByRole('textbox', { name: 'Why should they meet?' }).fill('Moorings.');
    await page.getByRole('button', { name: 'Save and review the request…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Review the consent request before sending' });
    await seen(dialog.getByText('Subject:', { exact: false }));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await gone(dialog);
    await seen(page.getByLabel('State: Draft'));
    expect(new URL(page.url()).search).toBe('');
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const detail = await api('GET', `/api/v1/introductions/${id}`);
    expect(detail.state).toBe('draft');
    expect(detail.emails).toEqual([]);
  });

  test('a yes grown stale is offered for reconfirmation, reviewed and sent', async () => {
    const { page } = e2e;
    const id = await readyIntroduction('Bruno Hull', 'Cleo Rudder');
    e2e.testApp.clock.advanceDays(94);
    // The browser's session has expired meanwhile: sign in again.
    await page.goto(`/introductions/${id}`);
    await signIn(e2e, OWNER);
    await page.goto(`/introductions/${id}`);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Bruno Hull said yes 94 days ago — reconfirm?' });
    await seen(notice);
    expect(await page.getByRole('button', { name: /^Send the introduction/ }).count()).toBe(0);
    await notice.getByRole('button', { name: 'Ask Bruno Hull again…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ask Bruno Hull to reconfirm' });
    await seen(dialog.getByText('Subject: Still a yes to meeting Cleo Rudder?'));
    await seen(dialog.getByText('Is it still a yes?', { exact: false }));
    await screenshot(page, 'reconfirm-review');
    await dialog.getByRole('button', { name: 'Send the reconfirmation' }).click();
    await gone(dialog);
    await seen(page.getByLabel('State: Asking'));
    await seen(page.getByRole('region', { name: 'Bruno Hull’s consent' }).getByText('Asked, no answer yet'));
  });
});
