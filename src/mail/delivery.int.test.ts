// Delivery against a real SMTP server: stable Message-IDs, retries with backoff, permanent failures,
// header injection and concurrent workers (a worker killed between sending and recording:
// crash-after-send.process.int.test.ts).
import type { AddressObject, EmailAddress } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { deliveryDeps, post, propose } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { createPerson } from '../people/service';
import { backoffMs, deliverDue } from './delivery';
import { findOutboxById } from './repository';

let t: TestApp;

/** The addresses of a header as mailparser read it: one object, or an array only if the header repeats. */
function addressesOf(header: AddressObject | AddressObject[] | undefined): EmailAddress[] | undefined {
  if (Array.isArray(header)) throw new Error(`header repeated: ${JSON.stringify(header)}`);
  return header?.value;
}
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

async function queuedRequest(opts: Parameters<typeof propose>[2] = {}) {
  const p = await propose(t, me, opts);
  const res = await post(t, me, `/api/v1/introductions/${p.intro.id}/request`);
  expectStatus(res, 200);
  expect(res.body.emails[0]?.status).toBe('queued');
  return { ...p, message: res.body.emails[0]! };
}

describe('delivery', () => {
  it('sends a queued message once, with its stored Message-ID, headers and both parts', async () => {
    const { message, a } = await queuedRequest();
    const report = await deliverDue(deliveryDeps(t, smtp.url));
    expect(report).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    const [got] = await smtp.waitFor(1);
    expect(got!.parsed.messageId).toBe(message.messageId);
    expect(got!.envelopeTo).toEqual([a.emails[0]]);
    expect(got!.parsed.subject).toBe(message.subject);
    expect(got!.parsed.text?.trim()).toBe(message.text.trim());
    expect(got!.parsed.html).toContain('Yes, introduce us');
    const lines = new Map(got!.parsed.headerLines.map((h) => [h.key, h.line.replace(/\r\n\s+/g, ' ')]));
    expect(lines.get('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(lines.get('list-unsubscribe')).toBe(`List-Unsubscribe: ${message.headers['List-Unsubscribe']}`);
    expect(addressesOf(got!.parsed.replyTo)?.[0]?.address).toBe(me.email);
    expect((await findOutboxById(t.database.db, message.id))!).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await deliverDue(deliveryDeps(t, smtp.url))).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('retries a temporary refusal with backoff and then sends', async () => {
    const { message } = await queuedRequest();
    smtp.refuseNext(2, 451);
    const d = deliveryDeps(t, smtp.url);
    expect(await deliverDue(d)).toMatchObject({ retrying: 1 });
    let row = (await findOutboxById(t.database.db, message.id))!;
    expect(row).toMatchObject({ status: 'retrying', attempts: 1 });
    expect(row.nextAttemptAt!.getTime() - t.clock.now().getTime()).toBe(backoffMs(1));
    expect(row.lastError).toMatch(/451/);
    // Not due yet: nothing happens.
    expect(await deliverDue(d)).toMatchObject({ sent: 0, retrying: 0 });
    t.clock.advance(backoffMs(1));
    expect(await deliverDue(d)).toMatchObject({ retrying: 1 });
    row = (await findOutboxById(t.database.db, message.id))!;
    expect(row.nextAttemptAt!.getTime() - t.clock.now().getTime()).toBe(backoffMs(2));
    t.clock.advance(backoffMs(2));
    expect(await deliverDue(d)).toMatchObject({ sent: 1 });
    expect(smtp.received.map((r) => r.parsed.messageId)).toEqual([message.messageId]);
  });

  it('fails at once on a permanent refusal, and after the last attempt', async () => {
    const { message } = await queuedRequest();
    smtp.refuseNext(1, 550, 'no such mailbox');
    expect(await deliverDue(deliveryDeps(t, smtp.url))).toMatchObject({ failed: 1 });
    expect((await findOutboxById(t.database.db, message.id))!).toMatchObject({
      status: 'failed',
      nextAttemptAt: null,
    });

    const second = await queuedRequest();
    const d = { ...deliveryDeps(t, smtp.url), settings: { ...t.deps.config.mail, maxAttempts: 2 } };
    smtp.refuseNext(5, 421);
    expect(await deliverDue(d)).toMatchObject({ retrying: 1 });
    t.clock.advance(backoffMs(1));
    expect(await deliverDue(d)).toMatchObject({ failed: 1 });
    expect((await findOutboxById(t.database.db, second.message.id))!.status).toBe('failed');
    smtp.refuseNext(0, 421);
  });

  it('an unreachable server is a temporary failure', async () => {
    const { message } = await queuedRequest();
    expect(await deliverDue(deliveryDeps(t, 'smtp://127.0.0.1:1'))).toMatchObject({ retrying: 1 });
    expect((await findOutboxById(t.database.db, message.id))!.lastError).toMatch(/ECONNREFUSED|connect/i);
    t.clock.advance(backoffMs(1));
    expect(await deliverDue(deliveryDeps(t, smtp.url))).toMatchObject({ sent: 1 });
  });

  it('two workers draining at once send each message exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await queuedRequest()).message.messageId);
    const reports = await Promise.all([0, 1, 2].map(() => deliverDue(deliveryDeps(t, smtp.url))));
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(4);
    // Every send has been acknowledged by now, and the server keeps a message before acknowledging it:
    // `received` is complete, with no need to wait for stragglers.
    expect(smtp.received.map((r) => r.parsed.messageId).sort()).toEqual(ids.sort());
  });

  it('names with line breaks cannot inject headers or recipients', async () => {
    // The API refuses such names; imports or older data might not, so they are written directly here.
    const a = await createPerson(
      t.database.db,
      me.id,
      personOf('Mallory\r\nBcc: victim@example.com\r\nX-Evil: 1', 'mallory@example.com'),
    );
    const b = await createPerson(
      t.database.db,
      me.id,
      personOf('Bob\nCc: other@example.com', 'bob-cc@example.com'),
    );
    const created = await post(t, me, '/api/v1/introductions', {
      personAId: a.id,
      personBId: b.id,
      kind: 'peers',
      reason: 'r',
    });
    expectStatus(created, 201);
    const message = bodyOf(await post(t, me, `/api/v1/introductions/${created.body.id}/request`), 200)
      .emails[0];
    await deliverDue(deliveryDeps(t, smtp.url));
    const [got] = await smtp.waitFor(1);
    expect(got!.envelopeTo).toEqual(['mallory@example.com']);
    expect(got!.parsed.headers.has('bcc')).toBe(false);
    expect(got!.parsed.headers.has('x-evil')).toBe(false);
    expect(got!.parsed.cc).toBeUndefined();
    const headerBlock = got!.raw.slice(0, got!.raw.indexOf('\r\n\r\n'));
    expect(headerBlock).not.toMatch(/^(Bcc|Cc|X-Evil):/im);
    expect(message?.subject).toBe('Would you like to meet Bob Cc: other@example.com?');
    expect(addressesOf(got!.parsed.to)).toEqual([
      { address: 'mallory@example.com', name: 'Mallory Bcc: victim@example.com X-Evil: 1' },
    ]);
  });
});

function personOf(name: string, email: string) {
  return {
    name,
    emails: [email],
    phones: [],
    company: '',
    title: '',
    location: '',
    links: [],
    blurb: `${name} blurb`,
    tags: [],
    trust: null,
    vouchCriteria: [],
    privateNotes: '',
    caveats: [],
    introPreferences: { askFirst: false, maxRequestsPerMonth: null, doNotIntroduce: false, valuedHelp: [] },
    keepInTouch: { idealDays: null, maxDays: null },
  };
}
