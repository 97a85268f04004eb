// The timed jobs driven by the ManualClock: one reminder after 5 days, expiry 9 days later, snooze
// check-backs on their date, follow-ups 7 days after the introduction; all configurable, none twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../../test/app';
import { detail, mailsTo, post, propose } from '../../../test/introductions';
import { noteDueCheckBacks } from './check-backs';
import { sendDueFollowUps } from './follow-ups';
import { sendRemindersAndExpire } from './send-reminders';

let t: TestApp;
let me: TestAccount;
const T0 = '2026-03-02T10:00:00.000Z';
const at = (days: number) => new Date(new Date(T0).getTime() + days * 86_400_000);

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());
beforeEach(() => {
  t.clock.set(T0);
  t.deps.config.introductions = {
    remindAfterDays: 5,
    reconfirmAfterDays: 60,
    expireAfterDays: 9,
    followUpAfterDays: 7,
    tokenDays: 21,
  };
});

async function asking(opts: Parameters<typeof propose>[2] = {}) {
  const p = await propose(t, me, opts);
  await post(t, me, `/api/v1/introductions/${p.intro.id}/request`);
  return p;
}

async function sweepAt(when: Date) {
  t.clock.set(when);
  return {
    reminders: await sendRemindersAndExpire(t.deps),
    checkBacks: await noteDueCheckBacks(t.deps),
    followUps: await sendDueFollowUps(t.deps),
  };
}

const kinds = async (id: string) => (await detail(t, me, id)).emails.map((m) => m.kind);

describe('reminders and expiry', () => {
  it('one reminder after 5 days, expired 9 days after it, each exactly once', async () => {
    const { intro, a } = await asking();
    await sweepAt(at(4.99));
    expect(await kinds(intro.id)).toEqual(['consent_request']);
    await sweepAt(at(5));
    await sweepAt(at(5));
    await sweepAt(at(6));
    const d = await detail(t, me, intro.id);
    expect(d.emails.map((m) => m.kind)).toEqual(['consent_request', 'reminder']);
    expect(mailsTo(d.emails, a.emails[0]!, 'reminder')[0]?.subject).toBe(
      'Reminder: would you like to meet Bob Provider?',
    );
    expect(d.consent.a.remindedAt).toBe(at(5).toISOString());
    // The reminder names the real deadline: the day the introduction expires, before its links would.
    const [request] = mailsTo(d.emails, a.emails[0]!, 'consent_request');
    expect(request?.text).toContain('These links work until 23 Mar 2026.');
    const [reminder] = mailsTo(d.emails, a.emails[0]!, 'reminder');
    for (const part of [reminder?.text, reminder?.html]) {
      expect(part).toContain('These links work until 16 Mar 2026.');
      expect(part).not.toContain('28 Mar 2026');
    }
    expect(d.events.at(-1)).toMatchObject({ type: 'reminded', actor: 'system' });
    expect(d.nextDueAt).toBe(at(14).toISOString());

    await sweepAt(at(13.99));
    expect((await detail(t, me, intro.id)).state).toBe('asking');
    await sweepAt(at(14));
    const expired = await detail(t, me, intro.id);
    expect(expired.state).toBe('expired');
    expect(expired.nextDueAt).toBeNull();
    expect(expired.emails).toHaveLength(2);
  });

  it('times the second party from when they were asked', async () => {
    const { intro, a, b } = await asking();
    t.clock.set(at(3));
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    await sweepAt(at(7.9));
    expect(mailsTo((await detail(t, me, intro.id)).emails, b.emails[0]!, 'reminder')).toEqual([]);
    await sweepAt(at(8));
    expect(mailsTo((await detail(t, me, intro.id)).emails, b.emails[0]!, 'reminder')).toHaveLength(1);
    // Expiry after B's silence tells A, who had said yes, with the neutral note.
    await sweepAt(at(17));
    const d = await detail(t, me, intro.id);
    expect(d.state).toBe('expired');
    expect(mailsTo(d.emails, a.emails[0]!, 'closing_note')).toHaveLength(1);
  });

  it('uses the configured timings', async () => {
    t.deps.config.introductions = {
      remindAfterDays: 1,
      reconfirmAfterDays: 60,
      expireAfterDays: 2,
      followUpAfterDays: 3,
      tokenDays: 21,
    };
    const { intro } = await asking();
    await sweepAt(at(1));
    expect(await kinds(intro.id)).toEqual(['consent_request', 'reminder']);
    await sweepAt(at(3));
    expect((await detail(t, me, intro.id)).state).toBe('expired');
  });
});

describe('snooze check-backs', () => {
  it('appear on the agenda and in the events when the clock reaches the date; re-ask asks again', async () => {
    const { intro, a } = await asking();
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, {
      personId: a.id,
      answer: 'later',
      until: '2026-04-01',
    });
    // What the introduction asks of the connector (the "not now" answer itself is news until 'Got it').
    const agenda = async () =>
      bodyOf(await t.call('GET', '/api/v1/introductions/agenda', { token: me.token }), 200).items.filter(
        (i) => i.introductionId === intro.id && i.kind !== 'answer',
      );
    await sweepAt(new Date('2026-03-31T23:59:59.000Z'));
    expect(await agenda()).toEqual([]);
    // A snoozed person gets no reminders, however long the wait.
    expect(await kinds(intro.id)).toEqual(['consent_request']);
    const due = await sweepAt(new Date('2026-04-01T00:00:00.000Z'));
    expect(due.checkBacks.applied.check_back_due).toBeGreaterThanOrEqual(1);
    expect(await agenda()).toEqual([
      expect.objectContaining({ kind: 'check_back', since: '2026-04-01T00:00:00.000Z' }),
    ]);
    expect((await detail(t, me, intro.id)).events.at(-1)).toMatchObject({
      type: 'check_back_due',
      actor: 'system',
    });
    await sweepAt(new Date('2026-04-02T00:00:00.000Z'));
    expect((await detail(t, me, intro.id)).events.filter((e) => e.type === 'check_back_due')).toHaveLength(1);

    const re = await post(t, me, `/api/v1/introductions/${intro.id}/reask`);
    expectStatus(re, 200);
    expect(re.body.state).toBe('asking');
    expect(await agenda()).toEqual([]);
    expect(re.body.nextDueAt).toBe(new Date('2026-04-07T00:00:00.000Z').toISOString());
  });
});

describe('follow-ups', () => {
  it('ask each person separately 7 days after the introduction', async () => {
    const { intro, a, b } = await asking();
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: b.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    await sweepAt(at(6.99));
    expect((await detail(t, me, intro.id)).state).toBe('introduced');
    await sweepAt(at(7));
    await sweepAt(at(8));
    const d = await detail(t, me, intro.id);
    expect(d.state).toBe('following_up');
    expect(d.emails.filter((m) => m.kind === 'follow_up').map((m) => m.to)).toEqual([
      [a.emails[0]],
      [b.emails[0]],
    ]);
    const items = bodyOf(await t.call('GET', '/api/v1/introductions/agenda', { token: me.token }), 200).items;
    expect(items).toContainEqual(expect.objectContaining({ kind: 'outcome_due', introductionId: intro.id }));
  });
});
