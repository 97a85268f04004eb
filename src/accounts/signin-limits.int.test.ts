import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { createSigninLimiter } from '../http/rate-limit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    limiter: createSigninLimiter({ perAccountAndAddress: 5, perAddress: 300, windowSeconds: 900 }),
  });
  await t.account('real@example.com');
});
afterAll(() => t.close());

/** Signs in as if over a socket from `peer` (the in-process app has no socket otherwise). */
const signInFrom = async (peer: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await t.app.request(
    '/api/v1/auth/signin',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    },
    { incoming: { socket: { remoteAddress: peer } } },
  );
  return { status: res.status, headers: res.headers, body: await res.json() };
};
const realUser = { email: 'real@example.com', password: 'correct horse battery' };

describe('sign-in limits', () => {
  it('50 failures with made-up emails from one address do not block a real user elsewhere, and X-Forwarded-For is ignored without a trusted proxy', async () => {
    for (let i = 0; i < 50; i++) {
      const r = await signInFrom('203.0.113.9', {
        email: `made-up-${i}@example.com`,
        password: 'guess-guess',
      });
      expect(r.status).toBe(401);
    }
    expect((await signInFrom('198.51.100.7', realUser)).status).toBe(200);

    // The attacker claims to be someone else: without TRUSTED_PROXY the header changes nothing.
    for (let i = 0; i < 5; i++) {
      await signInFrom(
        '203.0.113.10',
        { ...realUser, password: `wrong-${i}-guess` },
        { 'x-forwarded-for': '198.51.100.7' },
      );
    }
    const spoofer = await signInFrom('203.0.113.10', realUser, { 'x-forwarded-for': '198.51.100.7' });
    expect(spoofer.status).toBe(429);
    expect((await signInFrom('198.51.100.7', realUser)).status).toBe(200);
  });

  it("locks one account's sign-in from one address only, with 429 problem+json and Retry-After", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await signInFrom('192.0.2.1', { ...realUser, password: `wrong-${i}-guess` })).status).toBe(401);
    }
    const locked = await signInFrom('192.0.2.1', realUser);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.body).toMatchObject({ status: 429, title: 'Too many sign-in attempts' });

    // The same account from another address, and another account from this address, still sign in.
    expect((await signInFrom('192.0.2.2', realUser)).status).toBe(200);
    await t.account('other@example.com');
    expect((await signInFrom('192.0.2.1', { ...realUser, email: 'other@example.com' })).status).toBe(200);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) {
        expect((await signInFrom('192.0.2.3', { ...realUser, password: `wrong-${i}-guess` })).status).toBe(
          401,
        );
      }
      expect((await signInFrom('192.0.2.3', realUser)).status).toBe(200);
    }
  });
});

describe('sign-in limits behind a trusted proxy', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    proxied = await createTestApp();
    proxied.deps.config.trustedProxies = ['10.0.0.1'];
    await proxied.account('real@example.com');
  });
  afterAll(() => proxied.close());

  const viaProxy = async (client: string, password: string, email = realUser.email) =>
    (
      await proxied.app.request(
        '/api/v1/auth/signin',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `${client}, 10.0.0.1` },
          body: JSON.stringify({ email, password }),
        },
        { incoming: { socket: { remoteAddress: '::ffff:10.0.0.1' } } },
      )
    ).status;

  it('50 failures with made-up emails from one client do not lock out another client of the same proxy', async () => {
    for (let i = 0; i < 50; i++) {
      expect(await viaProxy('203.0.113.40', 'guess-guess', `made-up-${i}@example.com`)).toBe(401);
    }
    expect(await viaProxy('198.51.100.41', realUser.password)).toBe(200);
  });

  it('limits each client behind the proxy by the address the proxy reports', async () => {
    for (let i = 0; i < 5; i++) expect(await viaProxy('203.0.113.50', `wrong-${i}-guess`)).toBe(401);
    expect(await viaProxy('203.0.113.50', realUser.password)).toBe(429);
    expect(await viaProxy('198.51.100.60', realUser.password)).toBe(200);
  });
});
