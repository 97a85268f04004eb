// A stale yes through HTTP with a moved clock: the introduction is refused, the person is asked to
// reconfirm with fresh links, and their new yes lets it go out; auto-send waits instead of sending.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { detail, linkPath, mailsTo, post, postForm, propose } from '../../test/introductions';
import { ManualClock } from '../shared/clock';
import { sendRemindersAndExpire } from './jobs/send-reminders';

let t: TestApp;
let me: TestAccount;

// 3 December: the yes is quoted back by its day in the reconfirmation.
const START = new Date('2026-12-03T10:00:00.000Z');

beforeAll(async () => {
  t = await createTestApp({ clock: new ManualClock(START) });
  me = await t.account();
});
afterAll(async () => {
  await t.close();
});

/** A proposal where A said yes now and B `bAfterDays` later (by phone); the clock is then at B's yes. */
async function bothSaidYes(bAfterDays: number, body: Record<string, unknown> = {}) {
  const made = await propose(t, me, { body });
  const path = `/api/v1/introductions/${made.intro.id}` as const;
  expect((await post(t, me, `${path}/request`)).status).toBe(200);
  expect((await post(t, me, `${path}/answers`, { personId: made.a.id, answer: 'yes' })).status).toBe(200);
  t.clock.advanceDays(bAfterDays);
  expect((await post(t, me, `${path}/answers`, { personId: made.b.id, answer: 'yes' })).status).toBe(200);
  return { ...made, path };
}

describe('a stale yes', () => {
  it('refuses the introduction, reconfirms with fresh links, then sends on the new yes', async () => {
    t.clock.set(START);
    const { intro, a, b, path } = await bothSaidYes(30);
    t.clock.advanceDays(40); // A's yes is 70 days old, B's 40.

    const refused = await post(t, me, `${path}/introduce`);
    expectStatus(refused, 409);
    expect(refused.body.code).toBe('stale_yes');
    expect(refused.body.detail).toMatch(/^Alice Seeker said yes on 2026-12-03/);
    let d = await detail(t, me, intro.id);
    expect(d.state).toBe('ready');
    expect(d.actions.introduce).toMatchObject({ allowed: false, code: 'stale_yes', personId: a.id });
    expect(d.actions.reconfirm.a.allowed).toBe(true);
    expect(d.actions.reconfirm.b).toMatchObject({ allowed: false, code: 'not_due' });
    expect((await post(t, me, `${path}/reconfirm`, { party: 'b' })).status).toBe(409);

    const firstRequest = mailsTo(d.emails, a.emails[0]!, 'consent_request')[0]!;
    const res = await post(t, me, `${path}/reconfirm`, { party: 'a' });
    expectStatus(res, 200);
    d = res.body;
    expect(d.state).toBe('asking');
    expect(d.consent.a.status).toBe('asked');
    expect(d.consent.b.status).toBe('yes');
    expect(d.events.map((e) => e.type)).toContain('reconfirm_requested');
    const requests = mailsTo(d.emails, a.emails[0]!, 'consent_request');
    expect(requests).toHaveLength(2);
    const again = requests[1]!;
    expect(again.subject).toBe('Still a yes to meeting Bob Provider?');
    // The plain text is wrapped; the sentence is read across its line breaks. It is now 2027, so the
    // day of the yes carries its year.
    expect(again.text.replace(/\s+/g, ' ')).toContain(
      'You said yes on 3 December 2026 to meeting Bob Provider. Is it still a yes?',
    );
    expect(linkPath(again, 'Yes')).not.toBe(linkPath(firstRequest, 'Yes'));
    // The earlier request's link no longer answers: A is asked afresh, by the new one.
    const old = await postForm(t, linkPath(firstRequest, 'Yes'), { answer: 'yes' });
    expect(old.status).toBe(410);
    expect((await detail(t, me, intro.id)).consent.a.status).toBe('asked');
    expect(d.nextDueAt).toBe(new Date(t.clock.now().getTime() + 5 * 86_400_000).toISOString());

    const answered = await postForm(t, linkPath(again, 'Yes'), { answer: 'yes', note: 'Still keen' });
    expect(answered.status).toBe(200);
    d = await detail(t, me, intro.id);
    expect(d.state).toBe('ready');
    expect(d.consent.a).toMatchObject({ status: 'yes', note: 'Still keen' });
    const sent = await post(t, me, `${path}/introduce`);
    expectStatus(sent, 200);
    expect(sent.body.state).toBe('introduced');
    expect(mailsTo(sent.body.emails, b.emails[0]!, 'introduction')).toHaveLength(1);
  });

  it('auto-send does not send on a stale yes: the introduction waits, ready, with the reconfirmation offered', async () => {
    t.clock.set(START);
    const { intro, path } = await bothSaidYes(61, { autoSend: true });
    const d = await detail(t, me, intro.id);
    expect(d.state).toBe('ready');
    expect(d.emails.filter((m) => m.kind === 'introduction')).toEqual([]);
    expect(d.events.find((e) => e.type === 'ready')?.detail).toBe('not sent automatically: A to reconfirm');
    expect(d.actions.reconfirm.a.allowed).toBe(true);
    expect(bodyOf(await post(t, me, `${path}/introduce`), 409).code).toBe('stale_yes');
  });

  it('a reconfirmation left unanswered is reminded and then expires like any request', async () => {
    t.clock.set(START);
    const { intro, path } = await bothSaidYes(1);
    t.clock.advanceDays(60);
    expect((await post(t, me, `${path}/reconfirm`, { party: 'a' })).status).toBe(200);
    t.clock.advanceDays(5);
    await sendRemindersAndExpire(t.deps);
    expect((await detail(t, me, intro.id)).emails.at(-1)?.kind).toBe('reminder');
    t.clock.advanceDays(9);
    await sendRemindersAndExpire(t.deps);
    expect((await detail(t, me, intro.id)).state).toBe('expired');
  });
});
