import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestApp } from '../../test/app';
import { apiTokens } from '../db/schema';
import { createSigninLimiter } from '../http/rate-limit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    limiter: createSigninLimiter({ perAccountAndAddress: 3, perAddress: 100, windowSeconds: 900 }),
  });
});
afterAll(() => t.close());

const cookieOf = (res: { headers: Headers }) => res.headers.get('set-cookie')?.split(';')[0] ?? '';
const creds = (email: string) => ({ email, password: 'correct horse battery' });

describe('sign-up, sign-in and sessions', () => {
  let ownerCookie = '';
  let csrf = '';

  it('reports that setup is required before any account exists', async () => {
    const r = await t.call('GET', '/api/v1/session');
    expect(r.body).toEqual({
      account: null,
      csrfToken: null,
      setupRequired: true,
      signupsAllowed: true,
      passwordResetByEmail: false,
      now: t.clock.now().toISOString(),
    });
  });

  it('makes the first account the owner and signs it in with a safe cookie', async () => {
    const r = await t.call('POST', '/api/v1/auth/signup', { body: creds('Owner@Example.com') });
    expectStatus(r, 201);
    expect(r.body.account).toMatchObject({ email: 'owner@example.com', role: 'owner', name: null });
    const setCookie = r.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http on localhost
    ownerCookie = cookieOf(r);
    expect(r.body.csrfToken).toMatch(/^csrf_/);
    csrf = r.body.csrfToken ?? '';
  });

  it('marks the cookie Secure behind https', async () => {
    const r = await t.call('POST', '/api/v1/auth/signin', {
      body: creds('owner@example.com'),
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(r.headers.get('set-cookie')).toMatch(/Secure/i);
  });

  it('closes sign-ups after the owner by default, with a clear reason', async () => {
    const r = await t.call('POST', '/api/v1/auth/signup', { body: creds('second@example.com') });
    expectStatus(r, 403);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(r.body.detail).toMatch(/owner/);
  });

  it('lets the owner open sign-ups (with the CSRF token) and then accepts a member', async () => {
    const withoutCsrf = await t.call('PATCH', '/api/v1/settings/instance', {
      body: { allowSignups: true },
      headers: { cookie: ownerCookie },
    });
    expectStatus(withoutCsrf, 403);
    expect(withoutCsrf.body.title).toMatch(/CSRF/);
    const ok = await t.call('PATCH', '/api/v1/settings/instance', {
      body: { allowSignups: true },
      headers: { cookie: ownerCookie, 'x-csrf-token': csrf },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ allowSignups: true });
    const member = await t.call('POST', '/api/v1/auth/signup', { body: creds('second@example.com') });
    expectStatus(member, 201);
    expect(member.body.account?.role).toBe('member');

    const dup = await t.call('POST', '/api/v1/auth/signup', { body: creds('SECOND@example.com') });
    expectStatus(dup, 409);
    expect(dup.body.errors?.[0]?.field).toBe('email');

    const memberCookie = cookieOf(member);
    const forbidden = await t.call('PATCH', '/api/v1/settings/instance', {
      body: { allowSignups: false },
      headers: { cookie: memberCookie, 'x-csrf-token': member.body.csrfToken ?? '' },
    });
    expect(forbidden.status).toBe(403);
  });

  it('takes an optional display name at sign-up, shows it in the session and lets it change', async () => {
    const r = await t.call('POST', '/api/v1/auth/signup', {
      body: { ...creds('alex@example.com'), name: ' Alex Kim ' },
    });
    expectStatus(r, 201);
    expect(r.body.account).toMatchObject({ email: 'alex@example.com', name: 'Alex Kim', role: 'member' });
    const cookie = cookieOf(r);
    const session = await t.call('GET', '/api/v1/session', { headers: { cookie } });
    expect(bodyOf(session, 200).account?.name).toBe('Alex Kim');

    const headers = { cookie, 'x-csrf-token': r.body.csrfToken ?? '' };
    const noCsrf = await t.call('PATCH', '/api/v1/account', { body: { name: 'A' }, headers: { cookie } });
    expect(noCsrf.status).toBe(403);
    const renamed = await t.call('PATCH', '/api/v1/account', { body: { name: 'Alexandra Kim' }, headers });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ email: 'alex@example.com', name: 'Alexandra Kim' });
    expect(bodyOf(await t.call('GET', '/api/v1/session', { headers: { cookie } }), 200).account?.name).toBe(
      'Alexandra Kim',
    );
    // Only the caller's own account changes.
    const owner = await t.call('GET', '/api/v1/session', { headers: { cookie: ownerCookie } });
    const ownerAccount = bodyOf(owner, 200).account;
    expect(ownerAccount).not.toBeNull();
    expect(ownerAccount?.name).toBeNull();

    for (const [name, message] of [
      ['Alex\r\nBcc: victim@example.com', /single line/],
      ['Alex\u2028Kim', /single line/],
      ['x'.repeat(101), /at most 100/],
    ] as const) {
      const bad = await t.call('PATCH', '/api/v1/account', { body: { name }, headers });
      expectStatus(bad, 422, name);
      expect(bad.body.errors?.[0]?.field).toBe('name');
      expect(bad.body.errors?.[0]?.message).toMatch(message);
      const atSignup = await t.call('POST', '/api/v1/auth/signup', {
        body: { ...creds(`bad${name.length}@example.com`), name },
      });
      expect(atSignup.status).toBe(422);
    }
    expect((await t.call('PATCH', '/api/v1/account', { body: { role: 'owner' }, headers })).status).toBe(422);
    const cleared = await t.call('PATCH', '/api/v1/account', { body: { name: null }, headers });
    expect(bodyOf(cleared, 200).name).toBeNull();
    expect((await t.call('PATCH', '/api/v1/account', { body: { name: 'A' } })).status).toBe(401);
  });

  it('uses the session cookie for reads and requires CSRF for writes', async () => {
    const read = await t.call('GET', '/api/v1/people', { headers: { cookie: ownerCookie } });
    expect(read.status).toBe(200);
    const write = await t.call('POST', '/api/v1/people', {
      body: { name: 'X' },
      headers: { cookie: ownerCookie },
    });
    expect(write.status).toBe(403);
    const wrong = await t.call('POST', '/api/v1/people', {
      body: { name: 'X' },
      headers: { cookie: ownerCookie, 'x-csrf-token': `${csrf}x` },
    });
    expect(wrong.status).toBe(403);
    const good = await t.call('POST', '/api/v1/people', {
      body: { name: 'X' },
      headers: { cookie: ownerCookie, 'x-csrf-token': csrf },
    });
    expect(good.status).toBe(201);
  });

  it('signs out: the old cookie stops working', async () => {
    const signin = await t.call('POST', '/api/v1/auth/signin', { body: creds('owner@example.com') });
    const cookie = cookieOf(signin);
    expect((await t.call('GET', '/api/v1/people', { headers: { cookie } })).status).toBe(200);
    expect((await t.call('POST', '/api/v1/auth/signout', { headers: { cookie } })).status).toBe(204);
    const after = await t.call('GET', '/api/v1/people', { headers: { cookie } });
    expect(after.status).toBe(401);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await t.call('POST', '/api/v1/auth/signin', { body: creds('nobody@example.com') });
    const wrong = await t.call('POST', '/api/v1/auth/signin', {
      body: { email: 'second@example.com', password: 'wrong password!' },
    });
    expectStatus(unknown, 401);
    expectStatus(wrong, 401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('rate-limits repeated failed sign-ins, even with the right password afterwards', async () => {
    const email = 'second@example.com';
    for (let i = 0; i < 3; i++) {
      await t.call('POST', '/api/v1/auth/signin', { body: { email, password: `wrong-${i}-password` } });
    }
    const limited = await t.call('POST', '/api/v1/auth/signin', { body: creds(email) });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other accounts are not locked out by someone guessing this one.
    const other = await t.call('POST', '/api/v1/auth/signin', { body: creds('owner@example.com') });
    expect(other.status).toBe(200);
  });
});

describe('API tokens', () => {
  it('creates a token shown once, stores only its hash, and revokes it', async () => {
    const me = await t.account();
    const created = await t.call('POST', '/api/v1/tokens', { token: me.token, body: { name: 'script' } });
    expectStatus(created, 201);
    const token: string = created.body.token;
    expect((await t.call('GET', '/api/v1/people', { token })).status).toBe(200);

    const [row] = await t.database.db
      .select({ tokenHash: apiTokens.tokenHash })
      .from(apiTokens)
      .where(eq(apiTokens.id, created.body.id));
    if (!row) throw new Error('the token was not stored');
    expect(row.tokenHash).not.toContain(token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const list = await t.call('GET', '/api/v1/tokens', { token });
    expect(bodyOf(list, 200).items.map((i) => i.name)).toContain('script');
    expect(JSON.stringify(list.body)).not.toContain(token);

    expect((await t.call('DELETE', `/api/v1/tokens/${created.body.id}`, { token: me.token })).status).toBe(
      204,
    );
    const revoked = await t.call('GET', '/api/v1/people', { token });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('rejects malformed Authorization headers with 401', async () => {
    for (const header of ['Basic abc', 'Bearer', 'Bearer lp_nope', 'token']) {
      const r = await t.call('GET', '/api/v1/people', { headers: { authorization: header } });
      expect(r.status, header).toBe(401);
    }
  });
});
