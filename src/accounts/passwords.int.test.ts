import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.call('POST', '/api/v1/auth/signup', {
    body: { email: 'owner@example.com', password: 'correct horse battery' },
  });
});
afterAll(() => t.close());

const cookieOf = (res: { headers: Headers }) => res.headers.get('set-cookie')?.split(';')[0] ?? '';

async function signIn(email: string, password: string) {
  const r = await t.call('POST', '/api/v1/auth/signin', { body: { email, password } });
  return { status: r.status, cookie: cookieOf(r), csrf: r.status === 200 ? (r.body.csrfToken ?? '') : '' };
}
const asSession = (s: { cookie: string; csrf: string }) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });

describe('password strength', () => {
  it.each([
    ['12345678', 'must be at least 10 characters'],
    ['password', 'must be at least 10 characters'],
    ['        ', 'must be at least 10 characters'],
    ['            ', 'must not be only spaces'],
    ['aaaaaaaaaaaa', 'must not be one character repeated'],
    ['1234567890', 'is one of the most common passwords; choose another'],
    ['Password123', 'is one of the most common passwords; choose another'],
  ])('refuses %j at sign-up, naming the field', async (password, message) => {
    const r = await t.call('POST', '/api/v1/auth/signup', { body: { email: 'new@example.com', password } });
    expectStatus(r, 422);
    expect(r.body.errors).toEqual([{ pointer: '/password', field: 'password', message }]);
  });
});

describe('changing the password', () => {
  it('needs the current password, applies the strength rule, and signs out the other sessions only', async () => {
    await t.account('changer@example.com');
    const here = await signIn('changer@example.com', 'correct horse battery');
    const elsewhere = await signIn('changer@example.com', 'correct horse battery');

    const wrong = await t.call('POST', '/api/v1/account/password', {
      headers: asSession(here),
      body: { currentPassword: 'not my password', newPassword: 'a much better secret' },
    });
    expectStatus(wrong, 422);
    expect(wrong.body.errors).toEqual([
      { pointer: '/currentPassword', field: 'currentPassword', message: 'is wrong' },
    ]);

    const weak = await t.call('POST', '/api/v1/account/password', {
      headers: asSession(here),
      body: { currentPassword: 'correct horse battery', newPassword: 'password' },
    });
    expectStatus(weak, 422);
    expect(weak.body.errors?.[0]).toMatchObject({ field: 'newPassword' });

    const done = await t.call('POST', '/api/v1/account/password', {
      headers: asSession(here),
      body: { currentPassword: 'correct horse battery', newPassword: 'a much better secret' },
    });
    expectStatus(done, 204);

    expect((await t.call('GET', '/api/v1/account', { headers: { cookie: here.cookie } })).status).toBe(200);
    expect((await t.call('GET', '/api/v1/account', { headers: { cookie: elsewhere.cookie } })).status).toBe(
      401,
    );
    expect((await signIn('changer@example.com', 'correct horse battery')).status).toBe(401);
    expect((await signIn('changer@example.com', 'a much better secret')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('lists the live sessions with the current one marked, and signs out of the others', async () => {
    await t.account('many@example.com');
    const first = await signIn('many@example.com', 'correct horse battery');
    const second = await signIn('many@example.com', 'correct horse battery');

    const list = await t.call('GET', '/api/v1/account/sessions', { headers: { cookie: second.cookie } });
    expectStatus(list, 200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(second.cookie.split('=')[1]);

    const out = await t.call('POST', '/api/v1/account/sessions/sign-out-others', {
      headers: asSession(second),
    });
    expect(out.body).toEqual({ signedOut: 1 });
    expect((await t.call('GET', '/api/v1/account', { headers: { cookie: first.cookie } })).status).toBe(401);
    const after = await t.call('GET', '/api/v1/account/sessions', { headers: { cookie: second.cookie } });
    expectStatus(after, 200);
    expect(after.body.items).toEqual([expect.objectContaining({ current: true })]);
  });
});

describe('account headers and display names', () => {
  it('never lets an answer carrying the CSRF token (session, sign-in) be cached', async () => {
    const r = await t.call('GET', '/api/v1/session');
    expect(r.headers.get('cache-control')).toBe('no-store');
    const signedIn = await t.call('POST', '/api/v1/auth/signin', {
      body: { email: 'owner@example.com', password: 'correct horse battery' },
    });
    expectStatus(signedIn, 200);
    expect(signedIn.body.csrfToken).toMatch(/^csrf_/);
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
  });

  it.each(['Eve\u202Ereldnawod', 'Alex <alex@evil.example>', 'boss@example.com', 'Quote " break'])(
    'refuses the display name %j, which would reach the From line',
    async (name) => {
      const me = await t.account();
      const r = await t.call('PATCH', '/api/v1/account', { token: me.token, body: { name } });
      expectStatus(r, 422);
      expect(r.body.errors?.[0]).toMatchObject({ field: 'name' });
    },
  );

  it('keeps an ordinary display name', async () => {
    const me = await t.account();
    const r = await t.call('PATCH', '/api/v1/account', {
      token: me.token,
      body: { name: 'Zoë O’Brien-Kim' },
    });
    expectStatus(r, 200);
    expect(r.body.name).toBe('Zoë O’Brien-Kim');
  });
});
