// The background work for real: pg-boss on the test database (PGlite in-process, or PostgreSQL), woken
// by the outbox notification, delivering to a real SMTP server; sweeps run as queue jobs; restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import { detail, post, propose } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { SEND_REMINDERS_JOB } from '../introductions/jobs/send-reminders';
import { type BackgroundWork, startBackgroundWork } from './background';
import { DELIVER_EMAIL_JOB } from './deliver-email';

let t: TestApp;
let me: TestAccount;
let smtp: TestMailServer;
let work: BackgroundWork | undefined;

beforeAll(async () => {
  smtp = await startMailServer();
  t = await createTestApp();
  t.deps.config.mail.smtpUrl = smtp.url;
  me = await t.account();
});
afterAll(async () => {
  await work?.stop();
  await t.close();
  await smtp.close();
});

const start = () =>
  startBackgroundWork(
    { database: t.database, clock: t.clock, config: t.deps.config, log: t.deps.log },
    { pollingIntervalSeconds: 1 },
  );

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('background work', () => {
  it('delivers a consent request as soon as it is committed', async () => {
    const started = Date.now();
    work = await start();
    const startMs = Date.now() - started;
    const { intro, a } = await propose(t, me);
    const t0 = Date.now();
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    const [got] = await smtp.waitFor(1, 15_000);
    const latency = Date.now() - t0;
    expect(got!.envelopeTo).toEqual([a.emails[0]]);
    const d = await until(
      () => detail(t, me, intro.id),
      (x) => x.emails[0]?.status === 'sent',
    );
    expect(got!.parsed.messageId).toBe(d.emails[0]!.messageId);
    console.log(`[measure] background start ${startMs} ms, request→SMTP ${latency} ms (${t.database.kind})`);
  });

  it('runs a sweep as a queue job', async () => {
    const { intro, a } = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    t.clock.advanceDays(5);
    try {
      await work!.boss.send(SEND_REMINDERS_JOB, {});
      const d = await until(
        () => detail(t, me, intro.id),
        (x) => x.emails.some((m) => m.kind === 'reminder' && m.status === 'sent'),
      );
      expect(d.consent.a.remindedAt).not.toBeNull();
      expect(
        smtp.received.filter((r) => r.envelopeTo.includes(a.emails[0]!)).map((r) => r.parsed.subject),
      ).toContain('Reminder: would you like to meet Bob Provider?');
    } finally {
      t.clock.advanceDays(-5);
    }
  });

  it('mail written while stopped goes out when work starts again, once', async () => {
    await work!.stop();
    work = undefined;
    const before = smtp.received.length;
    const { intro } = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    // Nothing runs while stopped, so the message waits in the outbox.
    expect((await detail(t, me, intro.id)).emails.map((m) => m.status)).toEqual(['queued']);
    work = await start();
    await smtp.waitFor(before + 1);
    await until(
      () => detail(t, me, intro.id),
      (x) => x.emails[0]?.status === 'sent',
    );
    // Once: a second send could only come from a delivery job still waiting or running. Wake the worker
    // as the outbox sweep would, wait until no delivery job is left, and count again.
    await work.wake();
    await until(
      () => work!.boss.getQueueSize(DELIVER_EMAIL_JOB, { before: 'completed' }),
      (waitingOrRunning) => waitingOrRunning === 0,
    );
    expect(smtp.received.length).toBe(before + 1);
  });

  it('refreshes suggestions moments after a need is saved, woken by the matching notification', async () => {
    await work?.stop();
    // No sweeps scheduled: only the notification sent by the saving transaction can start the refresh.
    work = await startBackgroundWork(
      { database: t.database, clock: t.clock, config: t.deps.config, log: t.deps.log },
      { pollingIntervalSeconds: 1, schedule: false },
    );
    const add = async (
      path: '/api/v1/people' | `/api/v1/people/${string}/${'needs' | 'offers'}`,
      body: unknown,
    ) => bodyOf(await t.call('POST', path, { token: me.token, body }), 201).id;
    const seeker = await add('/api/v1/people', personInput({ name: 'Woken Seeker', title: 'CEO' }));
    const provider = await add(
      '/api/v1/people',
      personInput({ name: 'Woken Provider', title: 'Fractional CFO', company: 'Ledgerly' }),
    );
    await add(`/api/v1/people/${provider}/offers`, { text: 'Part-time CFO work for seed-stage companies' });
    const need = await add(`/api/v1/people/${seeker}/needs`, {
      text: 'A fractional CFO to sort out our finances before the seed round',
    });
    await until(
      () => t.call('GET', '/api/v1/matching/status', { token: me.token }).then((r) => bodyOf(r, 200).pending),
      (pending) => pending === 0,
      30_000,
    );
    const res = await t.call('GET', `/api/v1/needs/${need}/suggestions`, { token: me.token });
    expectStatus(res, 200);
    expect(res.body.items.map((i: { personId: string }) => i.personId)).toContain(provider);
  });
});
