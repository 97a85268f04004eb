// Today as the home page, in real Chromium against the real server: a seeded account with an item of every
// kind the introductions, mail, keep-in-touch and needs can produce (answers with their notes, a stale yes
// to reconfirm, ready to send, a check-back, a reminder left unanswered, a follow-up due, an outcome to
// record, an email a server refused, someone overdue for contact, a need coming due), each with its
// action; "Got it" and "Mark met" done from the page, which re-reads the list. Screenshots are artifacts.
// The server's clock is moved 70 days on, as LINCHPIN_NOW would; the browser signs in again if asked.
import { mkdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { people } from '../../src/db/schema';
import { sendRemindersAndExpire } from '../../src/introductions/jobs/send-reminders';
import { deliverDue } from '../../src/mail/delivery';
import { deliveryDeps } from '../introductions';
import { startMailServer } from '../mail-server';
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

const OWNER = { email: 'tess.today@example.com', password: 'correct horse battery staple' };
const DAY = 86_400_000;

let e2e: E2E;
let token = '';
let start = 0;

const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  seedCall(e2e, token, method, path, body);
/** Sets the server's clock `days` after the start (today is day 70). */
const day = (days: number) => e2e.testApp.clock.set(new Date(start + days * DAY));
const ymd = (days: number) => new Date(start + days * DAY).toISOString().slice(0, 10);

async function pair(a: string, b: string, order: 'parallel' | 'sequential' = 'parallel') {
  const pa = await api('POST', '/api/v1/people', {
    name: a,
    emails: [`${a.split(' ')[0]!.toLowerCase()}@x.example`],
  });
  const pb = await api('POST', '/api/v1/people', {
    name: b,
    emails: [`${b.split(' ')[0]!.toLowerCase()}@y.example`],
  });
  const intro = await api('POST', '/api/v1/introductions', {
    personAId: pa.id,
    personBId: pb.id,
    kind: 'peers',
    reason: `${a} and ${b} should meet.`,
    order,
  });
  await api('POST', `/api/v1/introductions/${intro.id}/request`);
  return { a: pa, b: pb, id: intro.id as string };
}
const say = (id: string, personId: string, answer: string, extra: Record<string, unknown> = {}) =>
  api('POST', `/api/v1/introductions/${id}/answers`, { personId, answer, ...extra });

describe('Today, the home page', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    start = e2e.testApp.clock.now().getTime();
    await setUpOwner(e2e, OWNER);
    token = await apiTokenFor(e2e);
  });
  afterEach((ctx) => afterEachTest(e2e, ctx));
  afterAll(async () => {
    await e2e?.close();
  });

  test('a fresh account lands on Today, which says what to do next', async () => {
    const { page } = e2e;
    expect(new URL(page.url()).pathname).toBe('/');
    await seen(page.getByRole('heading', { name: 'Today', level: 1 }));
    await seen(page.getByText('Nothing needs you today'));
    await seen(page.getByRole('link', { name: 'Add a person' }));
    await seen(page.getByRole('link', { name: 'Propose an introduction' }));
  });

  test('every kind of item with its action; "Got it" and "Mark met" clear theirs', async () => {
    const { page } = e2e;
    // Day 0: both say yes; 70 days later both yeses are stale.
    const stale = await pair('Bruno Stale', 'Carla Yes');
    await say(stale.id, stale.a.id, 'yes');
    await say(stale.id, stale.b.id, 'yes');
    // Day 60: a check-back for day 70; a follow-up sent (outcome to record).
    day(60);
    const later = await pair('Dora Later', 'Emil Waits', 'sequential');
    await say(later.id, later.a.id, 'later', { until: ymd(70) });
    const outcome = await pair('Fay Outcome', 'Gus Outcome');
    await say(outcome.id, outcome.a.id, 'yes');
    await say(outcome.id, outcome.b.id, 'yes');
    await api('POST', `/api/v1/introductions/${outcome.id}/introduce`);
    await api('POST', `/api/v1/introductions/${outcome.id}/follow-up`);
    // Day 62: introduced, its follow-up due on day 69 and not sent.
    day(62);
    const follow = await pair('Hana Follow', 'Ivo Follow');
    await say(follow.id, follow.a.id, 'yes');
    await say(follow.id, follow.b.id, 'yes');
    await api('POST', `/api/v1/introductions/${follow.id}/introduce`);
    // Day 63: asked; the reminder goes out on day 68 and nobody answers.
    day(63);
    const waiting = await pair('Jon Silent', 'Kim Asks', 'sequential');
    day(68);
    await sendRemindersAndExpire(e2e.testApp.deps);
    // Day 69: an email a server refuses.
    day(69);
    const smtp = await startMailServer();
    const mail = e2e.testApp.deps.config.mail;
    mail.smtpUrl = smtp.url;
    try {
      const refused = await pair('Lea Mail', 'Max Typo');
      await deliverDue(deliveryDeps(e2e.testApp, smtp.url));
      await say(refused.id, refused.a.id, 'yes');
      await say(refused.id, refused.b.id, 'yes');
      smtp.refuseRecipient('max@y.example', 550, 'no such user here');
      await api('POST', `/api/v1/introductions/${refused.id}/introduce`);
      await deliverDue(deliveryDeps(e2e.testApp, smtp.url));
    } finally {
      mail.smtpUrl = undefined;
      await smtp.close();
    }
    // Day 70: both say yes today, one with a note: ready to send.
    day(70);
    const ready = await pair('Nia Ready', 'Omar Ready');
    await say(ready.id, ready.a.id, 'yes', { note: 'Tuesdays are best' });
    await say(ready.id, ready.b.id, 'yes');
    // Someone last contacted on day 0 with a 14/30-day cadence, and a need due in 3 days.
    const kai = await api('POST', '/api/v1/people', {
      name: 'Kai Keep',
      keepInTouch: { idealDays: 14, maxDays: 30 },
    });
    await e2e.testApp.deps.db
      .update(people)
      .set({ lastContactAt: new Date(start) })
      .where(eq(people.id, kai.id));
    await api('POST', `/api/v1/people/${kai.id}/needs`, { text: 'a patent lawyer', neededBy: ymd(73) });

    const today = await api('GET', '/api/v1/agenda');
    const kinds = new Set(today.items.map((i: { kind: string }) => i.kind));
    for (const kind of [
      'failed_mail',
      'answer',
      'ready_to_send',
      'reconfirm',
      'check_back',
      'waiting_for_answer',
      'outcome_due',
      'follow_up',
      'need_due',
      'keep_in_touch',
    ]) {
      expect(kinds, kind).toContain(kind);
    }

    await page.goto('/');
    await seen(page.getByRole('heading', { name: /^(Sign in|Today)$/ }));
    if (await page.getByRole('heading', { name: 'Sign in' }).isVisible()) await signIn(e2e, OWNER);
    await seen(page.getByRole('heading', { name: 'Today', level: 1 }));
    for (const heading of [
      'Emails that did not reach someone',
      'Answers that came in',
      'Both said yes: ready to send',
      'Yeses to reconfirm before sending',
      'Check back: they asked you to ask again',
      'No answer yet, even after a reminder',
      'How did it go? Record the outcome',
      'Follow-ups due',
      'Needs coming due',
      'Keep in touch',
    ]) {
      await seen(page.getByRole('heading', { name: heading, level: 2 }));
    }
    await seen(page.getByRole('button', { name: 'Ask again: Dora Later and Emil Waits' }));
    await seen(page.getByRole('link', { name: 'Review and send: Nia Ready and Omar Ready' }));
    await seen(page.getByRole('button', { name: 'Send the follow-up: Hana Follow and Ivo Follow' }));
    await seen(page.getByRole('link', { name: 'Record outcome: Fay Outcome and Gus Outcome' }));
    await seen(page.getByRole('button', { name: 'Log contact: Kai Keep' }));
    await seen(page.getByRole('link', { name: 'Fix and resend' }));
    await seen(page.getByLabel('Their note').filter({ hasText: 'Tuesdays are best' }));
    // The note is quoted once, under the sentence, not also at the end of the sentence above it.
    const answer = page.getByRole('listitem', { name: /Nia Ready said yes to meeting Omar Ready/ });
    expect(await answer.getByText('Tuesdays are best').count()).toBe(1);
    expect(await answer.getByText(/said yes to meeting Omar Ready/).textContent()).not.toContain('Tuesdays');
    expect(
      await page
        .getByRole('link', { name: 'Review and send: Nia Ready and Omar Ready' })
        .getAttribute('href'),
    ).toBe(`/introductions/${ready.id}?review=send`);
    expect(waiting.id).toBeTruthy();
    // One date style and plain words: no YYYY-MM-DD anywhere on Today, no "Due for …" nor "due since".
    const shown = await page.getByRole('main').textContent();
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(shown).not.toMatch(/Due for \d|due since/i);
    await seen(
      page
        .getByRole('listitem')
        .filter({ hasText: 'get in touch with Kai Keep' })
        .getByText(/^Overdue by \d+ days$/),
    );
    await screenshot(page, 'today-every-kind-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'today-every-kind-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // "Got it" on Nia's answer: it leaves the list once Today is read again.
    const answers = page.getByRole('list', { name: 'Answers' });
    const nia = answers.getByRole('listitem').filter({ hasText: 'Tuesdays are best' });
    await nia.getByRole('button', { name: /^Got it/ }).click();
    await gone(nia);
    // "Mark met" on the need.
    const need = page
      .getByRole('list', { name: 'Needs due' })
      .getByRole('listitem')
      .filter({ hasText: 'patent lawyer' });
    await need.getByRole('button', { name: /^Mark met/ }).click();
    await gone(need);
    await screenshot(page, 'today-after-actions');
    const after = await api('GET', '/api/v1/agenda');
    expect(after.items.some((i: { kind: string }) => i.kind === 'need_due')).toBe(false);
    expect(after.items.some((i: { note?: string }) => i.note === 'Tuesdays are best')).toBe(false);
  });

  test('an answer that came in is badged "New", not "Due", even a "not now" asking again months later', async () => {
    const { page } = e2e;
    const snoozed = await pair('Pia Snooze', 'Quin Waits', 'sequential');
    await say(snoozed.id, snoozed.a.id, 'later', { until: ymd(150), note: 'Ask me after the round closes' });
    await page.goto('/');
    await seen(page.getByRole('heading', { name: /^(Sign in|Today)$/ }));
    if (await page.getByRole('heading', { name: 'Sign in' }).isVisible()) await signIn(e2e, OWNER);
    const answer = page
      .getByRole('list', { name: 'Answers' })
      .getByRole('listitem')
      .filter({ hasText: 'Ask me after the round closes' });
    await seen(answer.getByText(/said "not now" to meeting Quin Waits.*: ask again on/));
    await seen(answer.getByText('New', { exact: true }));
    expect(await answer.getByText('Due', { exact: true }).count()).toBe(0);
    await screenshot(page, 'today-answer-badged-new');
  });
});
