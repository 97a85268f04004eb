// "Forgot your password?" by email, against a real SMTP server: the link arrives, sets a new password
// once, ends every session; the answer never says whether an address has an account; links expire; a
// server that sends no email says how to reset instead.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { deliveryDeps } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { createRequestLimiter } from '../http/rate-limit';
import { deliverDue } from '../mail/delivery';
import { RESET_LINK_MINUTES, RESETS_PER_HOUR } from './password-reset';
import { PASSWORD_RESET_LIMIT } from './routes';

let t: TestApp;
let smtp: TestMailServer;

beforeAll(async () => {
  smtp = await startMailServer();
  // Every request here comes from one address: the per-address limit has its own test below.
  t = await createTestApp({
    passwordResetLimiter: createRequestLimiter({ points: 1_000, windowSeconds: 60 }),
  });
  t.deps.config.mail.smtpUrl = smtp.url;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  t.deps.config.mail.smtpUrl = smtp.url;
});

const ask = (email: string) => t.call('POST', '/api/v1/auth/password-reset', { body: { email } });
const confirm = (token: string, password: string) =>
  t.call('POST', '/api/v1/auth/password-reset/confirm', { body: { token, password } });
const signIn = (email: string, password: string) =>
  t.call('POST', '/api/v1/auth/signin', { body: { email, password } });

/** Delivers what is queued and reads the token from the link in the one email that arrived. */
async function tokenFromEmail(to: string): Promise<string> {
  await deliverDue(deliveryDeps(t, smtp.url));
  const mails = smtp.received.filter((m) => m.envelopeTo.includes(to));
  expect(mails).toHaveLength(1);
  const text = mails[0]?.parsed.text ?? '';
  const link = /(http\S+\/reset-password#token=(\S+))/.exec(text);
  expect(link, text).not.toBeNull();
  return link?.[2] ?? '';
}

async function accountWithSession(): Promise<TestAccount & { cookie: string }> {
  const me = await t.account();
  const res = await signIn(me.email, 'correct horse battery');
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { ...me, cookie };
}

describe('password reset by email', () => {
  it('emails a link that sets a new password once and signs out every session', async () => {
    const me = await accountWithSession();
    expect(
      bodyOf(await t.call('GET', '/api/v1/session', { headers: { cookie: me.cookie } }), 200).account,
    ).not.toBeNull();

    expect((await ask(me.email.toUpperCase())).status).toBe(202);
    const token = await tokenFromEmail(me.email);

    expect((await confirm(token, 'a brand new passphrase')).status).toBe(204);
    expect((await signIn(me.email, 'a brand new passphrase')).status).toBe(200);
    expect((await signIn(me.email, 'correct horse battery')).status).toBe(401);
    // The session from before the reset is over.
    expect(
      bodyOf(await t.call('GET', '/api/v1/session', { headers: { cookie: me.cookie } }), 200).account,
    ).toBeNull();

    // The link works once.
    const again = await confirm(token, 'yet another passphrase');
    expectStatus(again, 410);
    expect(again.body.detail).toMatch(/expired or was already used/);
  });

  it('answers the same for an address with no account, and sends nothing', async () => {
    const res = await ask('nobody-here@example.com');
    expect(res.status).toBe(202);
    await deliverDue(deliveryDeps(t, smtp.url));
    expect(smtp.received).toHaveLength(0);
  });

  it('refuses an expired link, a made-up one, and a weak new password', async () => {
    const me = await t.account();
    expect((await ask(me.email)).status).toBe(202);
    const token = await tokenFromEmail(me.email);

    const weak = await confirm(token, 'password');
    expectStatus(weak, 422);
    expect(weak.body.errors?.[0]?.field).toBe('password');

    expect((await confirm('lpreset_made_up', 'a brand new passphrase')).status).toBe(410);

    t.clock.advance((RESET_LINK_MINUTES + 1) * 60_000);
    expect((await confirm(token, 'a brand new passphrase')).status).toBe(410);
    expect((await signIn(me.email, 'correct horse battery')).status).toBe(200);
  });

  it('a new password retires the other links of the account', async () => {
    const me = await t.account();
    await ask(me.email);
    const first = await tokenFromEmail(me.email);
    smtp.received.length = 0;
    await ask(me.email);
    const second = await tokenFromEmail(me.email);
    expect((await confirm(second, 'a brand new passphrase')).status).toBe(204);
    expect((await confirm(first, 'another new passphrase')).status).toBe(410);
  });

  it(`sends at most ${RESETS_PER_HOUR} links an hour to one account`, async () => {
    const me = await t.account();
    for (let i = 0; i < RESETS_PER_HOUR + 2; i++) expect((await ask(me.email)).status).toBe(202);
    await deliverDue(deliveryDeps(t, smtp.url));
    expect(smtp.received.filter((m) => m.envelopeTo.includes(me.email))).toHaveLength(RESETS_PER_HOUR);
  });

  it('without SMTP, says how the password can be reset instead, and the session says so too', async () => {
    t.deps.config.mail.smtpUrl = undefined;
    const me = await t.account();
    const res = await ask(me.email);
    expectStatus(res, 409);
    expect(res.body.detail).toContain('linchpin user reset-password');
    expect(bodyOf(await t.call('GET', '/api/v1/session'), 200).passwordResetByEmail).toBe(false);
    t.deps.config.mail.smtpUrl = smtp.url;
    expect(bodyOf(await t.call('GET', '/api/v1/session'), 200).passwordResetByEmail).toBe(true);
  });

  it(`lets one address make ${PASSWORD_RESET_LIMIT.points} requests per ${PASSWORD_RESET_LIMIT.windowSeconds / 60} minutes, then answers 429`, async () => {
    const other = await createTestApp();
    try {
      other.deps.config.mail.smtpUrl = smtp.url;
      const call = () =>
        other.call('POST', '/api/v1/auth/password-reset', { body: { email: 'someone@example.com' } });
      for (let i = 0; i < PASSWORD_RESET_LIMIT.points; i++) expect((await call()).status).toBe(202);
      const refused = await call();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await other.close();
    }
  });
});
