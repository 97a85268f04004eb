// Today builds its one statement with the settings it last read for the account and checks them in that
// same statement. These change the settings behind its back (straight in the database, as another server
// process would) and prove the next request follows them: nothing is remembered that is not checked.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../test/app';
import { accounts, people, tagCadences } from '../db/schema';
import type { Agenda } from './schema';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());
beforeEach(() => t.clock.set('2026-06-01T10:00:00.000Z'));

const today = async (): Promise<Agenda> => {
  return bodyOf(await t.call('GET', '/api/v1/agenda', { token: me.token }), 200);
};

describe('the settings Today remembers are checked on every request', () => {
  it('a time zone changed in the database is the zone of the very next Today', async () => {
    await t.deps.db.update(accounts).set({ timeZone: 'UTC' }).where(eq(accounts.id, me.id));
    expect((await today()).timeZone).toBe('UTC');
    expect((await today()).timeZone).toBe('UTC');
    await t.deps.db.update(accounts).set({ timeZone: 'Pacific/Auckland' }).where(eq(accounts.id, me.id));
    expect((await today()).timeZone).toBe('Pacific/Auckland');
    await t.deps.db.update(accounts).set({ timeZone: 'America/New_York' }).where(eq(accounts.id, me.id));
    expect((await today()).timeZone).toBe('America/New_York');
  });

  it('a tag cadence added or removed in the database shows on, then leaves, the very next Today', async () => {
    const person = bodyOf(
      await t.call('POST', '/api/v1/people', {
        token: me.token,
        body: { name: 'Tam Tagged', tags: ['inner'] },
      }),
      201,
    );
    await t.deps.db
      .update(people)
      .set({ lastContactAt: new Date('2026-01-15T10:00:00.000Z') })
      .where(eq(people.id, person.id));
    const keepInTouch = async () =>
      (await today()).items.filter((i) => i.kind === 'keep_in_touch').map((i) => i.people[0]?.id);
    expect(await keepInTouch()).toEqual([]);
    await t.deps.db
      .insert(tagCadences)
      .values({ accountId: me.id, tag: 'inner', idealDays: 14, maxDays: 30 });
    expect(await keepInTouch()).toEqual([person.id]);
    await t.deps.db.delete(tagCadences).where(eq(tagCadences.accountId, me.id));
    expect(await keepInTouch()).toEqual([]);
  });
});
