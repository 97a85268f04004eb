// Today through HTTP with a moved clock: every answer reaches the connector (an email-link yes with its
// note included) until "Got it"; check-backs, needs and follow-ups appear on the right local day of the
// account's zone, across the spring DST change; a stale yes asks for a reconfirmation; the order; and
// nothing of another account.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../test/app';
import { linkPath, mailsTo, post, postForm, propose } from '../../test/introductions';
import { accounts, people } from '../db/schema';
import type { Agenda } from './schema';

let t: TestApp;
let me: TestAccount;
const T0 = '2026-03-02T10:00:00.000Z';

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

const today = async (who: TestAccount = me): Promise<Agenda> => {
  return bodyOf(await t.call('GET', '/api/v1/agenda', { token: who.token }), 200);
};
const itemsOf = async (introductionId: string) =>
  (await today()).items.filter((i) => i.introductionId === introductionId);
const setZone = (timeZone: string, who: TestAccount = me) =>
  t.deps.db.update(accounts).set({ timeZone }).where(eq(accounts.id, who.id));
const answer = (id: string, personId: string, a: string, extra: Record<string, unknown> = {}) =>
  post(t, me, `/api/v1/introductions/${id}/answers`, { personId, answer: a, ...extra });

describe('answers', () => {
  it('an email-link yes reaches Today with its note until "Got it"; acknowledging twice is harmless', async () => {
    await setZone('UTC');
    const { intro, a } = await propose(t, me);
    const asked = await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    const request = mailsTo(bodyOf(asked, 200).emails, a.emails[0]!, 'consent_request')[0]!;
    const res = await postForm(t, linkPath(request, 'Yes'), { answer: 'yes', note: 'Tuesdays are best' });
    expect(res.status).toBe(200);
    const [item] = (await itemsOf(intro.id)).filter((i) => i.kind === 'answer');
    expect(item).toMatchObject({
      kind: 'answer',
      urgency: 'due',
      note: 'Tuesdays are best',
      summary: 'Alice Seeker said yes to meeting Bob Provider: “Tuesdays are best”',
      people: [
        { id: a.id, name: 'Alice Seeker' },
        { id: intro.personB.id, name: 'Bob Provider' },
      ],
      action: { kind: 'acknowledge', label: 'Got it' },
      since: T0,
    });
    const ack = await post(t, me, '/api/v1/agenda/acknowledgements', { keys: [item!.key] });
    expect(ack.status).toBe(204);
    expect((await post(t, me, '/api/v1/agenda/acknowledgements', { keys: [item!.key] })).status).toBe(204);
    expect((await itemsOf(intro.id)).filter((i) => i.kind === 'answer')).toEqual([]);
    expect((await post(t, me, '/api/v1/agenda/acknowledgements', { keys: [] })).status).toBe(422);
  });

  it('answers recorded by the connector and follow-up answers are there too, each with its own key', async () => {
    await setZone('UTC');
    const { intro, a, b } = await propose(t, me, { body: { order: 'parallel' } });
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await answer(intro.id, a.id, 'yes');
    t.clock.set('2026-03-02T11:00:00.000Z');
    await answer(intro.id, b.id, 'yes', { note: 'happy to help' });
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    await post(t, me, `/api/v1/introductions/${intro.id}/follow-up`);
    t.clock.set('2026-03-03T11:00:00.000Z');
    await post(t, me, `/api/v1/introductions/${intro.id}/follow-up-answers`, {
      personId: b.id,
      answer: 'met_helpful',
      note: 'we start Monday',
    });
    const answers = (await itemsOf(intro.id)).filter((i) => i.kind === 'answer');
    expect(answers.map((i) => i.summary)).toEqual([
      'Alice Seeker said yes to meeting Bob Provider (by phone)',
      'Bob Provider said yes to meeting Alice Seeker (by phone): “happy to help”',
      'Bob Provider met Alice Seeker and it helped: “we start Monday”',
    ]);
    expect(new Set(answers.map((i) => i.key)).size).toBe(3);
    // And the introduction itself now waits for its outcome, after the answers.
    const kinds = (await itemsOf(intro.id)).map((i) => i.kind);
    expect(kinds).toEqual(['answer', 'answer', 'answer', 'outcome_due']);
    await post(t, me, '/api/v1/agenda/acknowledgements', { keys: answers.map((i) => i.key) });
  });

  it('answers older than 30 days leave Today even when never acknowledged', async () => {
    await setZone('UTC');
    const { intro, a } = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await answer(intro.id, a.id, 'no');
    t.clock.set('2026-04-01T09:59:59.000Z');
    expect((await itemsOf(intro.id)).map((i) => i.kind)).toEqual(['answer']);
    t.clock.set('2026-04-01T10:00:01.000Z');
    expect(await itemsOf(intro.id)).toEqual([]);
  });
});

describe('the local day, across the spring DST change', () => {
  it('a check-back for 29 March shows from local midnight in Berlin, before it would in UTC', async () => {
    await setZone('Europe/Berlin');
    const { intro, a } = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await answer(intro.id, a.id, 'later', { until: '2026-03-29' });
    const checkBacks = async () => (await itemsOf(intro.id)).filter((i) => i.kind === 'check_back');
    t.clock.set('2026-03-28T22:59:59.000Z'); // 23:59:59 CET on the 28th
    expect(await checkBacks()).toEqual([]);
    t.clock.set('2026-03-28T23:00:00.000Z'); // 00:00 on the 29th, the night clocks go forward
    expect(await checkBacks()).toEqual([
      expect.objectContaining({
        kind: 'check_back',
        dueDate: '2026-03-29',
        since: '2026-03-28T23:00:00.000Z',
        urgency: 'due',
        action: { kind: 'reask', label: 'Ask again' },
      }),
    ]);
    expect((await today()).timeZone).toBe('Europe/Berlin');
    t.clock.set('2026-03-29T22:00:00.000Z'); // 00:00 CEST on the 30th: a day late now
    expect((await checkBacks())[0]?.urgency).toBe('overdue');
    await setZone('UTC');
    t.clock.set('2026-03-28T23:00:00.000Z');
    expect(await checkBacks()).toEqual([]);
    // The action works from Today: asking again takes the item off.
    t.clock.set('2026-03-29T00:00:00.000Z');
    expect((await post(t, me, `/api/v1/introductions/${intro.id}/reask`)).status).toBe(200);
    expect(await checkBacks()).toEqual([]);
  });

  it('a check-back carries the note that came with the "not now", so asking again can answer it', async () => {
    await setZone('UTC');
    const { intro, a } = await propose(t, me);
    const asked = await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    const request = mailsTo(bodyOf(asked, 200).emails, a.emails[0]!, 'consent_request')[0]!;
    const res = await postForm(t, linkPath(request, 'Yes'), {
      answer: 'later',
      untilDate: '2026-03-20',
      note: 'Fund closes in February, ask me in March',
    });
    expect(res.status).toBe(200);
    t.clock.set('2026-03-20T09:00:00.000Z');
    const [checkBack] = (await itemsOf(intro.id)).filter((i) => i.kind === 'check_back');
    expect(checkBack).toMatchObject({
      kind: 'check_back',
      note: 'Fund closes in February, ask me in March',
      action: { kind: 'reask', label: 'Ask again' },
    });
  });

  it('a need shows from 7 local days before its date and is overdue the day after it', async () => {
    await setZone('America/New_York');
    const person = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: { name: 'Nia Need' } }),
      201,
    );
    const need = bodyOf(
      await t.call('POST', `/api/v1/people/${person.id}/needs`, {
        token: me.token,
        body: { text: 'a lawyer for a seed round', neededBy: '2026-03-15' },
      }),
      201,
    );
    const dueNeed = async () =>
      (await today()).items.filter((i) => i.needId === need.id && i.kind === 'need_due');
    // 8 March starts at 05:00 UTC in New York (still EST; clocks go forward at 07:00 UTC that day).
    t.clock.set('2026-03-08T04:59:00.000Z');
    expect(await dueNeed()).toEqual([]);
    t.clock.set('2026-03-08T05:00:00.000Z');
    expect(await dueNeed()).toEqual([
      expect.objectContaining({
        dueDate: '2026-03-15',
        urgency: 'due',
        since: '2026-03-15T04:00:00.000Z', // midnight EDT
        people: [{ id: person.id, name: 'Nia Need' }],
        action: { kind: 'mark_need_met', label: 'Mark met', href: `/people/${person.id}` },
      }),
    ]);
    t.clock.set('2026-03-16T04:00:00.000Z');
    expect((await dueNeed())[0]?.urgency).toBe('overdue');
    // Marked met, it leaves Today.
    await t.call('PATCH', `/api/v1/needs/${need.id}`, { token: me.token, body: { status: 'met' } });
    expect(await dueNeed()).toEqual([]);
  });
});

describe('introductions', () => {
  it('ready to send while both yeses are fresh; a yes older than 60 days asks for a reconfirmation', async () => {
    await setZone('UTC');
    const { intro, a, b } = await propose(t, me, { body: { order: 'parallel' } });
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await answer(intro.id, a.id, 'yes');
    t.clock.set('2026-04-10T10:00:00.000Z');
    await answer(intro.id, b.id, 'yes');
    const kinds = async () => (await itemsOf(intro.id)).filter((i) => i.kind !== 'answer');
    expect(await kinds()).toEqual([
      expect.objectContaining({
        kind: 'ready_to_send',
        action: {
          kind: 'review_send',
          label: 'Review and send',
          href: `/introductions/${intro.id}?review=send`,
        },
      }),
    ]);
    t.clock.set('2026-06-04T10:00:00.000Z'); // 94 days after Alice's yes
    expect(await kinds()).toEqual([
      expect.objectContaining({
        kind: 'reconfirm',
        summary: 'Alice Seeker said yes 94 days ago to meeting Bob Provider: reconfirm before you send?',
        action: { kind: 'reconfirm', label: 'Ask Alice Seeker again', party: 'a' },
      }),
    ]);
  });

  it('a follow-up due shows on its day when it has not gone out; most urgent kinds come first', async () => {
    await setZone('UTC');
    const { intro, a, b } = await propose(t, me, { body: { order: 'parallel' } });
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await answer(intro.id, a.id, 'yes');
    await answer(intro.id, b.id, 'yes');
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    const followUps = async () => (await itemsOf(intro.id)).filter((i) => i.kind === 'follow_up');
    t.clock.set('2026-03-08T23:59:59.000Z');
    expect(await followUps()).toEqual([]);
    t.clock.set('2026-03-09T00:00:00.000Z');
    expect(await followUps()).toEqual([
      expect.objectContaining({
        dueDate: '2026-03-09',
        action: { kind: 'send_follow_up', label: 'Send the follow-up' },
      }),
    ]);
    const all = (await today()).items;
    const rank = (k: string) => all.findIndex((i) => i.kind === k);
    expect(rank('answer')).toBeLessThan(rank('follow_up'));
  });
});

describe('keep in touch and isolation', () => {
  it('someone past their cadence shows with "Log contact"; another account sees none of it', async () => {
    await setZone('UTC');
    const person = bodyOf(
      await t.call('POST', '/api/v1/people', {
        token: me.token,
        body: { name: 'Kai Keep', keepInTouch: { idealDays: 14, maxDays: 30 } },
      }),
      201,
    );
    await t.deps.db
      .update(people)
      .set({ lastContactAt: new Date('2026-01-15T10:00:00.000Z') })
      .where(eq(people.id, person.id));
    const mine = (await today()).items.filter((i) => i.people.some((p) => p.id === person.id));
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'keep_in_touch',
        urgency: 'overdue',
        action: { kind: 'log_contact', label: 'Log contact', href: `/people/${person.id}` },
      }),
    ]);
    const other = await t.account();
    const theirs = await today(other);
    expect(theirs.items).toEqual([]);
    expect(theirs.asOf).toBe(T0);
    // The introductions-only agenda still answers.
    expect((await t.call('GET', '/api/v1/introductions/agenda', { token: me.token })).status).toBe(200);
  });
});
