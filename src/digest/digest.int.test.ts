// The digest email: due at the account's local hour, written to the outbox with its slot in one
// transaction, delivered once to a real SMTP server, never again in the same period (a second sweep, a
// restart), nothing sent when Today is empty. Today is given here as a fixed list (the `agenda` seam), so
// these tests prove the sending alone; digest-agenda.int.test.ts builds it from real data.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { deliveryDeps } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import type { Agenda } from '../agenda/schema';
import { accounts } from '../db/schema';
import { deliverDue } from '../mail/delivery';
import { listOutbox } from '../mail/repository';
import * as repo from './repository';
import { type DigestDeps, sendDueDigests } from './sweep';

let t: TestApp;
let smtp: TestMailServer;

beforeAll(async () => {
  smtp = await startMailServer();
  t = await createTestApp();
  t.deps.config.mail.smtpUrl = smtp.url;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
beforeEach(async () => {
  smtp.received.length = 0;
  // Each test counts its own account's digests only.
  await t.database.db.update(accounts).set({ digestFrequency: 'none' });
});

const item = (summary: string, urgency: 'overdue' | 'due' | 'info' = 'due') => ({
  kind: 'need_due' as const,
  key: `need_due:${summary}`,
  summary,
  since: '2026-03-28T00:00:00.000Z',
  urgency,
  people: [],
  action: { kind: 'mark_need_met' as const, label: 'Mark met' },
});

/** Today holds `items` for every account. */
const withToday =
  (items: Agenda['items']): DigestDeps['agenda'] =>
  async (_db, _accountId, now, timeZone) => ({ asOf: now.toISOString(), timeZone, items });

const deps = (items: Agenda['items']): DigestDeps => ({ ...t.deps, agenda: withToday(items) });

async function accountWithDigest(
  frequency: 'daily' | 'weekly',
  hour: number,
  timeZone: string,
): Promise<TestAccount> {
  const me = await t.account();
  const r = await t.call('PATCH', '/api/v1/account', {
    token: me.token,
    body: { timeZone, digest: { frequency, hour } },
  });
  expectStatus(r, 200);
  return me;
}

const digestsOf = async (me: TestAccount) =>
  (await listOutbox(t.database.db, me.id, { limit: 100 })).filter((m) => m.kind === 'digest');

describe('the digest sweep', () => {
  it("sends one email at the account's local hour, to a real SMTP server, and never again that day", async () => {
    const me = await accountWithDigest('daily', 8, 'Europe/London');
    const today = [
      item('Ada needs a designer by tomorrow', 'due'),
      item('Bob: no contact for 40 days', 'overdue'),
    ];
    // London's spring-forward day: 08:00 BST is 07:00 UTC.
    t.clock.set(new Date('2026-03-29T06:59:00Z'));
    expect((await sendDueDigests(deps(today))).queued).toBe(0);
    t.clock.set(new Date('2026-03-29T07:00:00Z'));
    expect(await sendDueDigests(deps(today))).toMatchObject({ queued: 1 });
    expect(await sendDueDigests(deps(today))).toMatchObject({ queued: 0 });

    await deliverDue(deliveryDeps(t, smtp.url));
    const [got] = await smtp.waitFor(1);
    expect(got!.envelopeTo).toEqual([me.email]);
    expect(got!.parsed.subject).toBe('Linchpin: 2 things need you (Sunday 29 March 2026)');
    expect(got!.parsed.text).toContain('- Ada needs a designer by tomorrow [Mark met]');
    expect(got!.parsed.text).toContain('Overdue:\n- Bob: no contact for 40 days');
    expect(got!.parsed.html).toContain('Open Today');

    // Later that day, a "restart" (a fresh sweep with no memory): the slot is taken, nothing is queued.
    t.clock.set(new Date('2026-03-29T21:00:00Z'));
    expect(await sendDueDigests(deps(today))).toMatchObject({ queued: 0 });
    await deliverDue(deliveryDeps(t, smtp.url));
    expect(smtp.received).toHaveLength(1);
    expect(await digestsOf(me)).toHaveLength(1);
    const slots = await repo.slotsOf(t.database.db, me.id);
    expect(slots).toMatchObject([{ periodKey: 'daily:2026-03-29' }]);
    expect(slots[0]!.outboxId).toBe((await digestsOf(me))[0]!.id);

    // The next local day brings the next digest.
    t.clock.set(new Date('2026-03-30T07:00:00Z'));
    expect(await sendDueDigests(deps(today))).toMatchObject({ queued: 1 });
    expect(await digestsOf(me)).toHaveLength(2);
  });

  it('takes the slot but sends nothing when Today is empty, and nothing later in that period', async () => {
    const me = await accountWithDigest('weekly', 9, 'America/New_York');
    // Monday 6 April 2026, 09:00 EDT = 13:00 UTC.
    t.clock.set(new Date('2026-04-06T13:00:00Z'));
    expect(await sendDueDigests(deps([]))).toMatchObject({ queued: 0, empty: 1 });
    t.clock.set(new Date('2026-04-08T13:00:00Z'));
    expect(await sendDueDigests(deps([item('Something came up')]))).toMatchObject({ queued: 0, empty: 0 });
    expect(await digestsOf(me)).toHaveLength(0);
    expect(await repo.slotsOf(t.database.db, me.id)).toMatchObject([
      { periodKey: 'weekly:2026-W15', outboxId: null },
    ]);
  });

  it('sends nothing to an account whose digest is none (the default here)', async () => {
    const me = await t.account();
    const r = await t.call('GET', '/api/v1/account', { token: me.token });
    expectStatus(r, 200);
    expect(r.body.digest).toEqual({ frequency: 'none', hour: 8 });
    t.clock.set(new Date('2026-05-01T12:00:00Z'));
    await sendDueDigests(deps([item('x')]));
    expect(await digestsOf(me)).toHaveLength(0);
    expect(await repo.slotsOf(t.database.db, me.id)).toHaveLength(0);
  });
});
