// Today kept between requests (kept.ts): on the embedded database a Today read while nothing was written is
// used again for up to `todayKeptSeconds` (60 s here, the default). Every write — through the API or by a
// background job — shows on the very next Today; a change by the clock alone shows once the bound has
// passed; and on PostgreSQL nothing is kept. The ManualClock stands still unless a test moves it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../../test/app';
import { testDbKind } from '../../test/db';
import { deliveryDeps, post, propose } from '../../test/introductions';
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
  const res = await t.call<Agenda>('GET', '/api/v1/agenda', { token: me.token });
  expect(res.status).toBe(200);
  return res.body.items;
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
    expect(added.status).toBe(201);
    expect((await today(me)).filter((i) => i.needId === added.body.id)).toMatchObject([{ kind: 'need_due' }]);
  });
});

describe('a write by a background job shows on the very next Today', () => {
  it('a consent request the delivery job gave up on', async () => {
    const me = await freshAccount();
    const { intro } = await asked(me);
    const failedMail = async () =>
      (await today(me)).filter((i) => i.kind === 'failed_mail' && i.introductionId === intro.id);
    expect(await failedMail()).toEqual([]);
    const unreachable = {
      ...deliveryDeps(t, 'smtp://127.0.0.1:1'),
      settings: { ...t.deps.config.mail, maxAttempts: 1 },
    };
    expect(await deliverDue(unreachable)).toMatchObject({ failed: 1 });
    expect(await failedMail()).toHaveLength(1);
  });
});

describe('a change by the clock alone', () => {
  it(`shows once the bound has passed on the embedded database, and at once on PostgreSQL`, async () => {
    const me = await freshAccount();
    const { intro, a } = await asked(me);
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    // An answer is news for 30 days after it was recorded (at T0), then leaves Today by the clock.
    const lastNewsDay = new Date(new Date(T0).getTime() + 30 * DAY - 10_000);
    t.clock.set(lastNewsDay);
    expect(answersOf(await today(me), intro.id)).toHaveLength(1);
    t.clock.advance(20_000);
    const kept = testDbKind() === 'pglite';
    expect(answersOf(await today(me), intro.id)).toHaveLength(kept ? 1 : 0);
    t.clock.set(new Date(lastNewsDay.getTime() + t.deps.config.todayKeptSeconds * 1000));
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
});
