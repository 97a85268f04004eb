// Mail that did not reach someone, against a real SMTP server: a recipient refused (550) while the others
// got the message, resending to that recipient alone after fixing their address, resending a failed
// message (API and CLI), the agenda's failed_mail item, and waiting mail pulled in when SMTP works again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { inProcessCli } from '../../test/cli';
import { deliveryDeps, detail, post, propose } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { backoffMs, deliverDue } from './delivery';
import { findOutboxById } from './repository';

let t: TestApp;
let me: TestAccount;
let smtp: TestMailServer;

beforeAll(async () => {
  smtp = await startMailServer();
  t = await createTestApp();
  t.deps.config.mail.smtpUrl = smtp.url;
  me = await t.account();
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

const drain = () => deliverDue(deliveryDeps(t, smtp.url));
const outbox = async (id: string) =>
  bodyOf(await t.call('GET', `/api/v1/outbox/${id}`, { token: me.token }), 200);
const agendaItems = async () =>
  bodyOf(await t.call('GET', '/api/v1/introductions/agenda', { token: me.token }), 200).items;
const setEmail = async (personId: string, email: string) => {
  const res = await t.call('PATCH', `/api/v1/people/${personId}`, {
    token: me.token,
    body: { emails: [email] },
  });
  expect(res.status).toBe(200);
};

/** Both said yes (by phone) and the introduction email is queued; the consent requests are delivered. */
async function introduced(tag: string) {
  const p = await propose(t, me, {
    a: { name: `Ada ${tag}`, emails: [`ada-${tag}@example.com`] },
    b: { name: `Bruno ${tag}`, emails: [`bruno-${tag}@example.com`] },
    body: { order: 'parallel' },
  });
  expect((await post(t, me, `/api/v1/introductions/${p.intro.id}/request`)).status).toBe(200);
  for (const person of [p.a, p.b]) {
    const res = await post(t, me, `/api/v1/introductions/${p.intro.id}/answers`, {
      personId: person.id,
      answer: 'yes',
    });
    expect(res.status).toBe(200);
  }
  await drain();
  smtp.received.length = 0;
  const res = await post(t, me, `/api/v1/introductions/${p.intro.id}/introduce`);
  expectStatus(res, 200);
  const message = res.body.emails.find((m) => m.kind === 'introduction');
  if (!message) throw new Error(`no introduction email in ${JSON.stringify(res.body.emails)}`);
  return { ...p, message };
}

/** A consent request to A that the SMTP server refused for good: the message is failed. */
async function failedRequest(tag: string) {
  const p = await propose(t, me, { a: { name: `Ada ${tag}`, emails: [`ada-${tag}@example.com`] } });
  const asked = await post(t, me, `/api/v1/introductions/${p.intro.id}/request`);
  const message = bodyOf(asked, 200).emails[0]!;
  smtp.refuseRecipient(`ada-${tag}@example.com`, 550, 'no such user here');
  expect(await drain()).toMatchObject({ failed: 1 });
  smtp.refuseRecipient(`ada-${tag}@example.com`, null);
  return { ...p, message };
}

describe('a recipient the SMTP server refuses', () => {
  it('is recorded as not delivered (with the 550) while the others got the message', async () => {
    const { a, b, message } = await introduced('refused');
    smtp.refuseRecipient(b.emails[0]!, 550, 'no such user here');
    expect(await drain()).toMatchObject({ sent: 1 });
    smtp.refuseRecipient(b.emails[0]!, null);

    const [got] = await smtp.waitFor(1);
    expect(got!.envelopeTo).toContain(a.emails[0]);
    expect(got!.envelopeTo).not.toContain(b.emails[0]);
    const shown = await outbox(message.id);
    expect(shown.status).toBe('sent');
    expect(shown.accepted).toContain(a.emails[0]);
    expect(shown.accepted).not.toContain(b.emails[0]);
    expect(shown.rejected).toEqual([
      {
        address: b.emails[0],
        name: b.name,
        personId: b.id,
        error: expect.stringMatching(/^550 .*no such user here/),
        resentAs: null,
      },
    ]);
    expect(shown.lastError).toMatch(new RegExp(`Not delivered to ${b.emails[0]} \\(550 `));
  });

  it('after fixing the address, a resend reaches the new address only, exactly once', async () => {
    const { intro, a, b, message } = await introduced('fixed');
    smtp.refuseRecipient(b.emails[0]!, 550, 'no such user here');
    await drain();
    smtp.refuseRecipient(b.emails[0]!, null);
    smtp.received.length = 0;
    expect((await agendaItems()).filter((i) => i.outboxId === message.id)).toMatchObject([
      { kind: 'failed_mail', introductionId: intro.id, summary: expect.stringMatching(/Bruno fixed .*550/) },
    ]);

    await setEmail(b.id, 'bruno.fixed@example.com');
    const resent = await post(t, me, `/api/v1/outbox/${message.id}/resend`);
    expectStatus(resent, 200);
    expect(resent.body).toMatchObject({ status: 'queued', to: ['bruno.fixed@example.com'], cc: [] });
    expect(resent.body.id).not.toBe(message.id);
    expect(resent.body.messageId).not.toBe(message.messageId);
    // The body shows A the corrected address too.
    expect(resent.body.text).toContain('bruno.fixed@example.com');
    expect(resent.body.text).not.toContain(b.emails[0]);

    // A second resend has nothing left to send.
    expect((await post(t, me, `/api/v1/outbox/${message.id}/resend`)).status).toBe(409);
    expect(await drain()).toMatchObject({ sent: 1, failed: 0 });
    expect(await drain()).toMatchObject({ sent: 0 });
    expect(smtp.received.map((r) => r.envelopeTo)).toEqual([['bruno.fixed@example.com']]);
    expect(smtp.received[0]!.parsed.messageId).toBe(resent.body.messageId);
    expect(smtp.received[0]!.envelopeTo).not.toContain(a.emails[0]);

    expect((await outbox(message.id)).rejected[0]?.resentAs).toBe(resent.body.id);
    expect((await detail(t, me, intro.id)).state).toBe('introduced');
    expect(
      (await agendaItems()).filter((i) => i.kind === 'failed_mail' && i.introductionId === intro.id),
    ).toEqual([]);
  });
});

describe('a failed message', () => {
  it('resent through the API goes out once, to the person’s current address, with its Message-ID', async () => {
    const { a, message } = await failedRequest('api');
    const failed = await outbox(message.id);
    expect(failed).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/550/) });
    expect(failed.rejected).toMatchObject([{ address: a.emails[0], personId: a.id }]);

    await setEmail(a.id, 'ada.api.fixed@example.com');
    const resent = await post(t, me, `/api/v1/outbox/${message.id}/resend`);
    expectStatus(resent, 200);
    expect(resent.body).toMatchObject({
      id: message.id,
      messageId: message.messageId,
      status: 'queued',
      attempts: 0,
      lastError: null,
      to: ['ada.api.fixed@example.com'],
    });
    expect(await drain()).toMatchObject({ sent: 1 });
    expect(await drain()).toMatchObject({ sent: 0 });
    expect(smtp.received.map((r) => [r.envelopeTo, r.parsed.messageId])).toEqual([
      [['ada.api.fixed@example.com'], message.messageId],
    ]);
    expect((await outbox(message.id)).status).toBe('sent');
  });

  it('shows on the introduction as a request that did not reach that person, until it is resent and delivered', async () => {
    const { intro, a, b, message } = await failedRequest('shown');
    const listed = async () => {
      const page = bodyOf(
        await t.call('GET', `/api/v1/introductions?personId=${a.id}`, { token: me.token }),
        200,
      );
      return page.items.find((i) => i.id === intro.id)!.consent;
    };
    expect(await listed()).toMatchObject({
      a: { status: 'asked', undelivered: true },
      b: { undelivered: false },
    });
    expect((await detail(t, me, intro.id)).consent.a).toMatchObject({ status: 'asked', undelivered: true });
    const cli = inProcessCli(t.deps);
    const shown = await cli(['intro', 'show', intro.id, '--account', me.email]);
    expect(shown.stdout).toContain(`${a.name} (${a.id}): asked, but the request did not reach them`);
    expect(shown.stdout).not.toContain(`${b.name} (${b.id}): asked, but`);

    await setEmail(a.id, 'ada.shown.fixed@example.com');
    expectStatus(await post(t, me, `/api/v1/outbox/${message.id}/resend`), 200);
    // Queued again: on its way, no longer a request that failed.
    expect((await listed()).a).toMatchObject({ status: 'asked', undelivered: false });
    expect(await drain()).toMatchObject({ sent: 1 });
    expect((await listed()).a).toMatchObject({ status: 'asked', undelivered: false });
  });

  it('resent with `linchpin outbox resend ID --json` is queued again', async () => {
    const { message } = await failedRequest('cli');
    const cli = inProcessCli(t.deps);
    const ran = await cli(['outbox', 'resend', message.id, '--json', '--account', me.email]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ id: message.id, status: 'queued' });
    expect(await drain()).toMatchObject({ sent: 1 });
    const again = await cli(['outbox', 'resend', message.id, '--account', me.email]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/delivered to every recipient/);
  });

  it('after the last attempt is on the agenda, and off it once the introduction is cancelled', async () => {
    const { intro, message } = await queuedAfterAttempts('agenda');
    const items = (await agendaItems()).filter((i) => i.introductionId === intro.id);
    expect(items).toMatchObject([
      {
        kind: 'failed_mail',
        outboxId: message.id,
        summary: expect.stringMatching(/consent request to Ada agenda .*could not be sent \(.*421/),
      },
    ]);
    expect((await post(t, me, `/api/v1/introductions/${intro.id}/cancel`)).status).toBe(200);
    expect(
      (await agendaItems()).filter((i) => i.kind === 'failed_mail' && i.introductionId === intro.id),
    ).toEqual([]);
    const refused = await post(t, me, `/api/v1/outbox/${message.id}/resend`);
    expectStatus(refused, 409);
    expect(refused.body.detail).toMatch(/cancelled/);
  });
});

/** A consent request that used up MAIL_MAX_ATTEMPTS (here 2) on temporary refusals. */
async function queuedAfterAttempts(tag: string) {
  const p = await propose(t, me, { a: { name: `Ada ${tag}`, emails: [`ada-${tag}@example.com`] } });
  const message = bodyOf(await post(t, me, `/api/v1/introductions/${p.intro.id}/request`), 200).emails[0]!;
  const d = { ...deliveryDeps(t, smtp.url), settings: { ...t.deps.config.mail, maxAttempts: 2 } };
  smtp.refuseNext(2, 421, 'mailbox busy');
  expect(await deliverDue(d)).toMatchObject({ retrying: 1 });
  t.clock.advance(backoffMs(1));
  expect(await deliverDue(d)).toMatchObject({ failed: 1 });
  return { ...p, message };
}

describe('when SMTP works again', () => {
  it('mail waiting out a long backoff goes with the next message that gets through', async () => {
    const first = await propose(t, me);
    const waiting = bodyOf(await post(t, me, `/api/v1/introductions/${first.intro.id}/request`), 200)
      .emails[0]!;
    const down = deliveryDeps(t, 'smtp://127.0.0.1:1');
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await deliverDue(down)).toMatchObject({ retrying: 1 });
      if (attempt < 4) t.clock.advance(backoffMs(attempt));
    }
    const row = (await findOutboxById(t.database.db, waiting.id))!;
    expect(row.nextAttemptAt!.getTime() - t.clock.now().getTime()).toBe(backoffMs(4));

    // The server is back; a new message is written and goes out at once...
    const second = await propose(t, me);
    const fresh = bodyOf(await post(t, me, `/api/v1/introductions/${second.intro.id}/request`), 200)
      .emails[0]!;
    // ...and the waiting one with it, without the clock moving on.
    expect(await drain()).toMatchObject({ sent: 2, retrying: 0 });
    expect(smtp.received.map((r) => r.parsed.messageId).sort()).toEqual(
      [waiting.messageId, fresh.messageId].sort(),
    );
    expect((await findOutboxById(t.database.db, waiting.id))!).toMatchObject({ status: 'sent', attempts: 5 });
  });
});
