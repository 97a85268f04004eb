// Every email path end to end: real HTTP server, real SMTP server, messages parsed as they arrived, and
// the links in them followed in real Chromium the way the recipients would.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { AddressObject, ParsedMail } from 'mailparser';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../../test/app';
import { deliveryDeps, detail, post, propose } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { calendarDayWords } from '../domain/time/day-words';
import { deliverDue } from '../mail/delivery';
import { ManualClock } from '../shared/clock';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let t: TestApp;
let me: TestAccount;
let smtp: TestMailServer;
let browser: Browser;
let page: Page;
let server: ReturnType<typeof serve>;
let base = '';

beforeAll(async () => {
  smtp = await startMailServer();
  // Real time, so "today" on the page and in the browser agree.
  t = await createTestApp({ clock: new ManualClock(new Date()) });
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t.deps.config.publicUrl = base;
  t.deps.config.mail.smtpUrl = smtp.url;
  me = await t.account();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await t.close();
  await smtp.close();
});

/** Delivers what is due and returns the messages that arrived for `address` since `from`. */
async function deliverTo(address: string, from: number): Promise<ParsedMail[]> {
  await deliverDue(deliveryDeps(t, smtp.url));
  return smtp.received
    .slice(from)
    .filter((r) => r.envelopeTo.includes(address))
    .map((r) => r.parsed);
}

/** The link in the plain-text body that follows `label: `. */
function linkAfter(mail: ParsedMail, label: string): string {
  const line = (mail.text ?? '').split('\n').find((l) => l.startsWith(`${label}: `));
  if (!line) throw new Error(`no "${label}" link in:\n${mail.text}`);
  const url = line.slice(label.length + 2).trim();
  expect(url.startsWith(`${base}/r/`)).toBe(true);
  return url;
}

/** The addresses of a parsed address header (mailparser gives a list when the header repeats). */
function addressesOf(header: AddressObject | AddressObject[] | undefined): (string | undefined)[] {
  const headers = Array.isArray(header) ? header : header ? [header] : [];
  return headers.flatMap((h) => h.value.map((v) => v.address));
}

describe('consent by email, in a browser', () => {
  it('A and B each follow their link and click yes; the introduction carries both contact details', async () => {
    const { intro, a, b } = await propose(t, me, {
      a: { phones: ['+44 20 7946 0101'], blurb: 'Alice runs a bakery in Leeds.' },
      b: { phones: ['+1 415 555 0199'], blurb: 'Bob keeps the books for small food businesses.' },
    });
    let mark = smtp.received.length;
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    const [toA] = await deliverTo(a.emails[0]!, mark);
    expect(toA!.subject).toBe('Would you like to meet Bob Provider?');

    // The HTML part's button is the same link as the text part's.
    const yesA = linkAfter(toA!, 'Yes, introduce us');
    expect(toA!.html).toContain(`href="${yesA}"`);
    await page.goto(yesA);
    await expect.poll(() => page.title()).toContain('Meet Bob Provider?');
    expect(await page.getByText('Bob keeps the books for small food businesses.').count()).toBe(1);
    await page.getByRole('button', { name: 'Yes, introduce us' }).click();
    await page.getByRole('heading', { name: 'Thank you, your answer is recorded' }).waitFor();
    expect((await detail(t, me, intro.id)).consent.a.status).toBe('yes');

    mark = smtp.received.length;
    const [toB] = await deliverTo(b.emails[0]!, mark);
    expect(toB!.text).toContain('Alice runs a bakery in Leeds.');
    await page.goto(linkAfter(toB!, 'Yes, introduce us'));
    await page.getByRole('button', { name: 'Yes, introduce us' }).click();
    await page.getByRole('heading', { name: 'Thank you, your answer is recorded' }).waitFor();
    expect((await detail(t, me, intro.id)).state).toBe('ready');

    mark = smtp.received.length;
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    await deliverDue(deliveryDeps(t, smtp.url));
    const arrived = smtp.received.slice(mark);
    expect(arrived).toHaveLength(1);
    const introMail = arrived[0]!;
    expect(introMail.envelopeTo.sort()).toEqual([a.emails[0], b.emails[0], me.email].sort());
    expect(addressesOf(introMail.parsed.cc)).toEqual([me.email]);
    for (const needle of [
      a.emails[0]!,
      b.emails[0]!,
      '+44 20 7946 0101',
      '+1 415 555 0199',
      'Alice runs a bakery',
      'Bob keeps the books',
    ]) {
      expect(introMail.parsed.text).toContain(needle);
      expect(introMail.parsed.html).toContain(needle);
    }
    expect(addressesOf(introMail.parsed.replyTo).sort()).toEqual([a.emails[0], b.emails[0]].sort());
  });

  it('"not now" from the browser snoozes until a month from today', async () => {
    const { intro, a } = await propose(t, me);
    const mark = smtp.received.length;
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    const [toA] = await deliverTo(a.emails[0]!, mark);
    await page.goto(linkAfter(toA!, 'Not now, ask me again later'));
    await page.getByRole('button', { name: 'Not now, ask me again then' }).click();
    await page.getByRole('heading', { name: 'Thank you, your answer is recorded' }).waitFor();
    const d = await detail(t, me, intro.id);
    expect(d.state).toBe('snoozed');
    expect(d.snoozedUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByText(`until ${calendarDayWords(d.snoozedUntil!)}`).count()).toBe(1);
  });

  it('"no" from the browser declines and the page shows no buttons afterwards', async () => {
    const { intro, a } = await propose(t, me);
    const mark = smtp.received.length;
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    const [toA] = await deliverTo(a.emails[0]!, mark);
    const link = linkAfter(toA!, 'No, thanks');
    await page.goto(link);
    await page.getByLabel(/A note for/).fill('Not my field, sorry');
    await page.getByRole('button', { name: 'No, thanks' }).click();
    await page.getByRole('heading', { name: 'Thank you, your answer is recorded' }).waitFor();
    const d = await detail(t, me, intro.id);
    expect(d.state).toBe('declined');
    expect(d.consentLog[0]).toMatchObject({
      answer: 'no',
      note: 'Not my field, sorry',
      channel: 'email_link',
    });
    await page.goto(link);
    expect(await page.getByRole('button', { name: 'Yes, introduce us' }).count()).toBe(0);
  });

  it('the follow-up links record how it went', async () => {
    const { intro, a, b } = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: b.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    const mark = smtp.received.length;
    await post(t, me, `/api/v1/introductions/${intro.id}/follow-up`);
    const [fuA] = (await deliverTo(a.emails[0]!, mark)).filter((m) => m.subject?.startsWith('How did it go'));
    const [fuB] = smtp.received
      .slice(mark)
      .filter((r) => r.envelopeTo.includes(b.emails[0]!) && r.parsed.subject?.startsWith('How did it go'))
      .map((r) => r.parsed);
    expect(fuA!.subject).toBe('How did it go with Bob Provider?');

    await page.goto(linkAfter(fuA!, 'We met and it helped'));
    expect(await page.getByLabel('We met and it helped').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Send my answer' }).click();
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();

    await page.goto(linkAfter(fuB!, "I couldn't reach them"));
    await page.getByLabel(/Anything else/).fill('Emails bounced');
    await page.getByRole('button', { name: 'Send my answer' }).click();
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();

    const d = await detail(t, me, intro.id);
    expect(d.followUpAnswers).toMatchObject({ a: { answer: 'met_helpful' }, b: { answer: 'no_contact' } });
    expect(d.outcomes.map((o) => [o.party, o.outcome, o.note])).toEqual([
      ['a', 'met_helpful', ''],
      ['b', 'no_contact', 'Emails bounced'],
    ]);
  });
});
