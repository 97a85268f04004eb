// Today kept between requests (kept.ts): on the embedded database a Today read while nothing was written is
// used again for up to `todayKeptSeconds` (60 s here, the default). Every write — through the API or by a
// background job — shows on the very next Today; so do changes by the clock alone (the answers' window to
// the instant, the local day); only a write the counter cannot see waits out the bound; and on PostgreSQL
// nothing is kept. The ManualClock stands still unless a test moves it.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { testDbKind } from '../../test/db';
import { deliveryDeps, post, propose } from '../../test/introductions';
import { FairPGlite } from '../db/fair-pglite';
import { accounts } from '../db/schema';
import { deliverDue } from '../mail/delivery';
import type { Agenda } from './schema';

let t: TestApp;
const T0 = '2026-03-02T10:00:00.000Z';
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

/** A new account in UTC, so every test starts with nothing kept. */
async function freshAccount(): Promise<TestAccount> {
  const me = await t.account();
  await t.deps.db.update(accounts).set({ timeZone: 'UTC' }).where(eq(accounts.id, me.id));
  return me;
}

async function today(me: TestAccount): Promise<Agenda['items']> {
  return bodyOf(await t.call('GET', '/api/v1/agenda', { token: me.token }), 200).items;
}

/** Asked A, and Today read twice since (the second read is the one a kept Today would answer again). */
async function asked(me: TestAccount) {
  const p = await propose(t, me);
  expect((await post(t, me, `/api/v1/introductions/${p.intro.id}/request`)).status).toBe(200);
  await today(me);
  await today(me);
  return p;
}

const answersOf = (items: Agenda['items'], introductionId: string) =>
  items.filter((i) => i.kind === 'answer' && i.introductionId === introductionId);

describe('a write through the API shows on the very next Today', () => {
  it('a consent answer', async () => {
    const me = await freshAccount();
    const { intro, a } = await asked(me);
    expect(answersOf(await today(me), intro.id)).toEqual([]);
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    expect(answersOf(await today(me), intro.id)).toHaveLength(1);
  });

  it('"Got it" on an answer', async () => {
    const me = await freshAccount();
    const { intro, a } = await asked(me);
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    const [item] = answersOf(await today(me), intro.id);
    expect(answersOf(await today(me), intro.id)).toHaveLength(1);
    expect((await post(t, me, '/api/v1/agenda/acknowledgements', { keys: [item!.key] })).status).toBe(204);
    expect(answersOf(await today(me), intro.id)).toEqual([]);
  });

  it('a need due in three days', async () => {
    const me = await freshAccount();
    const { a } = await asked(me);
    const added = await post(t, me, `/api/v1/people/${a.id}/needs`, {
      text: 'a notary',
      neededBy: '2026-03-05',
    });
    expectStatus(added, 201);
    expect((await today(me)).filter((i) => i.needId === added.body.id)).toMatchObject([{ kind: 'need_due' }]);
  });
});

describe('a write by a background job shows on the very next Today', () => {
  it('a consent request the delivery job gave up on', async () => {
    const me = await freshAccount();
    const unreachable = 'smtp://127.0.0.1:1';
    // With an SMTP server configured the consent request is queued for the delivery job, not kept local.
    t.deps.config.mail.smtpUrl = unreachable;
    try {
      const { intro } = await asked(me);
      const failedMail = async () =>
        (await today(me)).filter((i) => i.kind === 'failed_mail' && i.introductionId === intro.id);
      expect(await failedMail()).toEqual([]);
      const job = { ...deliveryDeps(t, unreachable), settings: { ...t.deps.config.mail, maxAttempts: 1 } };
      expect(await deliverDue(job)).toMatchObject({ failed: 1 });
      expect(await failedMail()).toHaveLength(1);
    } finally {
      t.deps.config.mail.smtpUrl = undefined;
    }
  });
});

describe('what Today read is used again', () => {
  it('while nothing counted was written, for at most the bound; never on PostgreSQL', async () => {
    const me = await freshAccount();
    const { intro, a } = await asked(me);
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    const names = async () => (await today(me)).flatMap((i) => i.people?.map((p) => p.name) ?? []);
    expect(await names()).toContain('Alice Seeker');
    // Written past the counter (the job queue's path, which only ever writes its own schema): Today cannot
    // know, so it shows what it kept until the bound has passed. PostgreSQL keeps nothing.
    const rename = `update people set name = 'Alicia Seeker' where id = '${a.id}'`;
    const pglite = t.database.pglite;
    if (pglite instanceof FairPGlite) await pglite.queueExec(rename);
    else await t.database.db.execute(sql.raw(rename));
    expect(testDbKind() === 'pglite').toBe(pglite instanceof FairPGlite);
    const kept = testDbKind() === 'pglite';
    t.clock.advance(t.deps.config.todayKeptSeconds * 1000 - 1);
    expect(await names()).toContain(kept ? 'Alice Seeker' : 'Alicia Seeker');
    t.clock.advance(1);
    expect(await names()).toContain('Alicia Seeker');
    expect(await names()).not.toContain('Alice Seeker');
  });
});

describe('a change by the clock alone', () => {
  it('an answer leaves a kept Today at the instant its 30 days are over', async () => {
    const me = await freshAccount();
    const { intro, a } = await asked(me);
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    const lastNews = new Date(new Date(T0).getTime() + 30 * DAY);
    t.clock.set(new Date(lastNews.getTime() - 10_000));
    expect(answersOf(await today(me), intro.id)).toHaveLength(1);
    t.clock.set(lastNews);
    expect(answersOf(await today(me), intro.id)).toHaveLength(1);
    t.clock.advance(1);
    expect(answersOf(await today(me), intro.id)).toEqual([]);
  });

  it('a clock moved back reads again', async () => {
    const me = await freshAccount();
    const { intro, a } = await asked(me);
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    const firstGone = new Date(new Date(T0).getTime() + 30 * DAY + 10_000);
    t.clock.set(firstGone);
    expect(answersOf(await today(me), intro.id)).toEqual([]);
    t.clock.advance(-20_000);
    expect(answersOf(await today(me), intro.id)).toHaveLength(1);
  });

  it('a new local day reads again', async () => {
    const me = await freshAccount();
    const { a } = await asked(me);
    const need = await post(t, me, `/api/v1/people/${a.id}/needs`, {
      text: 'a notary',
      neededBy: '2026-03-10',
    });
    expectStatus(need, 201);
    const needDue = async () => (await today(me)).filter((i) => i.needId === need.body.id);
    t.clock.set('2026-03-02T23:59:59.999Z');
    expect(await needDue()).toEqual([]);
    t.clock.set('2026-03-03T00:00:00.000Z');
    expect(await needDue()).toMatchObject([{ kind: 'need_due' }]);
  });
});
