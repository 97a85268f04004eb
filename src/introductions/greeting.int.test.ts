// Emails greet people the way a person writes: by first name, or by the name the connector chose for
// them ("Greet them as"), never by full name like a mail merge. Delivered through a real SMTP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { deliveryDeps, post, propose } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { deliverDue } from '../mail/delivery';

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

async function deliveredTo(address: string) {
  await deliverDue(deliveryDeps(t, smtp.url));
  return smtp.received.filter((r) => r.envelopeTo.includes(address)).map((r) => r.parsed);
}

describe('greetings in emails', () => {
  it('a consent request greets by first name, or by the name the connector chose', async () => {
    const { intro, a, b } = await propose(t, me, {
      a: { name: 'Dr. Alice Seeker', emails: ['alice.greet@example.com'] },
      body: { order: 'parallel' },
    });
    const patched = await t.call('PATCH', `/api/v1/people/${b.id}`, {
      token: me.token,
      body: { addressedAs: 'Professor Provider' },
    });
    expect(patched.body).toMatchObject({ addressedAs: 'Professor Provider', greeting: 'Professor Provider' });
    expect(a).toMatchObject({ addressedAs: '', greeting: 'Alice' });
    expect((await post(t, me, `/api/v1/introductions/${intro.id}/request`)).status).toBe(200);
    const [toA] = await deliveredTo('alice.greet@example.com');
    expect(toA!.text).toMatch(/^Hi Alice,$/m);
    expect(toA!.text).not.toContain('Hi Dr. Alice Seeker');
    const [toB] = await deliveredTo(b.emails[0]!);
    expect(toB!.text).toMatch(/^Hi Professor Provider,$/m);
  });

  it('refuses a greeting longer than 100 characters, naming the field', async () => {
    const res = await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: { name: 'Long Greeting', addressedAs: 'x'.repeat(101) },
    });
    expectStatus(res, 422);
    expect(res.body.errors?.map((e) => e.field)).toEqual(['addressedAs']);
  });
});
