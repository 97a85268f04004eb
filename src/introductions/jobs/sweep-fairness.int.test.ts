// One account cannot stop reminders for everyone (issue 8, fault 5): an account with more due rows
// than a sweep takes, none of which has anything to do, does not keep another account's reminder
// waiting, and its rows get their right due time back.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { detail, post, propose } from '../../../test/introductions';
import { introductions } from '../../db/schema';
import { sendRemindersAndExpire } from './send-reminders';

let t: TestApp;
const T0 = '2026-03-02T10:00:00.000Z';
const days = (n: number) => new Date(new Date(T0).getTime() + n * 86_400_000);

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(T0);
  t.deps.config.introductions = {
    remindAfterDays: 5,
    reconfirmAfterDays: 60,
    expireAfterDays: 9,
    followUpAfterDays: 7,
    tokenDays: 21,
  };
});
afterAll(() => t.close());

it("sends another account's due reminder in one run while one account holds 205 due rows with nothing to do", async () => {
  const crowded = await t.account();
  const other = await t.account();

  // The other account's introduction asks on day 0; its reminder falls due on day 5.
  const waiting = await propose(t, other);
  expect((await post(t, other, `/api/v1/introductions/${waiting.intro.id}/request`)).status).toBe(200);

  // The crowded account's 205 introductions ask on day 4.9 (reminders due on day 9.9), but their
  // stored due time says 1970, as a crafted backup could have it: first in line, nothing to do.
  t.clock.set(days(4.9));
  const crowdedIds: string[] = [];
  for (let i = 0; i < 205; i++) {
    const p = await propose(t, crowded, { a: { name: `Seeker ${i}` }, b: { name: `Provider ${i}` } });
    expect((await post(t, crowded, `/api/v1/introductions/${p.intro.id}/request`)).status).toBe(200);
    crowdedIds.push(p.intro.id);
  }
  await t.deps.db
    .update(introductions)
    .set({ nextDueAt: new Date('1970-01-01T00:00:00Z') })
    .where(eq(introductions.accountId, crowded.id));

  t.clock.set(days(5));
  const report = await sendRemindersAndExpire(t.deps);
  expect(report.applied.remind).toBe(1);
  expect((await detail(t, other, waiting.intro.id)).consent.a.remindedAt).toBe(days(5).toISOString());

  // Runs after it put the crowded rows back where the rules say, and leave them alone until then.
  for (let run = 0; run < 15; run++) await sendRemindersAndExpire(t.deps);
  const rows = await t.deps.db
    .select({ nextDueAt: introductions.nextDueAt })
    .from(introductions)
    .where(eq(introductions.accountId, crowded.id));
  expect(rows).toHaveLength(205);
  expect(new Set(rows.map((r) => r.nextDueAt?.toISOString()))).toEqual(new Set([days(9.9).toISOString()]));
  expect((await sendRemindersAndExpire(t.deps)).examined).toBe(0);
  const sample = await detail(t, crowded, crowdedIds[0]!);
  expect(sample.consent.a.remindedAt).toBeNull();
}, 180_000);
