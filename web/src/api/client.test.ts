import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ApiError, api, forgetSession, onUnauthorized, pointerToPath, rememberSession } from './client';
import type { SessionInfo } from './types';

describe('pointerToPath turns the server’s JSON pointers into form paths', () => {
  test.each([
    ['/name', 'name'],
    ['/emails/0', 'emails.0'],
    ['/links/2/url', 'links.2.url'],
    ['/keepInTouch/maxDays', 'keepInTouch.maxDays'],
    ['/a~1b/c~0d', 'a/b.c~d'],
  ])('%s → %s', (pointer, path) => {
    expect(pointerToPath(pointer)).toBe(path);
  });
});

/** A request the client sent, as the fake server saw it. */
interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: RequestInit['body'];
}

const session = (csrfToken: string): SessionInfo => ({
  account: null,
  csrfToken,
  setupRequired: false,
  signupsAllowed: true,
  passwordResetByEmail: false,
  now: '2026-03-02T09:00:00.000Z',
});

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/** Answers each request with the next response of `answers`, recording what was sent. */
function fakeServer(...answers: Response[]): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({
      method: init.method ?? 'GET',
      url,
      headers: Object.fromEntries(new Headers(init.headers)),
      body: init.body,
    });
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected request ${init.method} ${url}`);
    return answer;
  });
  return sent;
}

beforeEach(() => forgetSession());
afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  test('a write carries the CSRF token, read from the session first when none is known', async () => {
    const sent = fakeServer(json(200, session('t1')), new Response(null, { status: 204 }));
    await api.delete('/api/v1/people/{id}', { path: { id: 'p1' } });
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /api/v1/session',
      'DELETE /api/v1/people/p1',
    ]);
    expect(sent[1]?.headers['x-csrf-token']).toBe('t1');
    expect(sent[0]?.headers['x-csrf-token']).toBeUndefined();
  });

  test('a write refused for a stale CSRF token is sent once more with the current token', async () => {
    rememberSession(session('stale'));
    const csrfProblem = { type: 'about:blank', title: 'CSRF token missing or wrong', status: 403 };
    const sent = fakeServer(
      json(403, csrfProblem, 'application/problem+json'),
      json(200, session('fresh')),
      json(200, { allowSignups: false }),
    );
    const settings = await api.patch('/api/v1/settings/instance', { body: { allowSignups: false } });
    expect(settings).toEqual({ allowSignups: false });
    expect(sent.map((s) => s.headers['x-csrf-token'])).toEqual(['stale', undefined, 'fresh']);
    expect(sent[2]?.body).toBe(JSON.stringify({ allowSignups: false }));
  });

  test('a problem+json answer is thrown as an ApiError naming each field, with its extensions', async () => {
    rememberSession(session('t'));
    fakeServer(
      json(
        422,
        {
          type: 'about:blank',
          title: 'Unprocessable Content',
          status: 422,
          detail: 'Check the highlighted fields',
          errors: [{ pointer: '/emails/0', field: 'emails[0]', message: 'Not an email address' }],
          existingIntroductionId: 'i1',
        },
        'application/problem+json',
      ),
    );
    const error = await api.post('/api/v1/people', { body: { name: 'Ada' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      summary: 'Check the highlighted fields',
      fields: [{ path: 'emails.0', field: 'emails[0]', message: 'Not an email address' }],
      extensions: { existingIntroductionId: 'i1' },
    });
  });

  test('an answer that is not JSON still becomes an ApiError with its status', async () => {
    fakeServer(new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' }));
    await expect(api.get('/api/v1/tags')).rejects.toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  test('a 401 outside sign-in tells the app the session is gone; a refused sign-in does not', async () => {
    const unauthorized = vi.fn();
    const stop = onUnauthorized(unauthorized);
    const problem = { type: 'about:blank', title: 'Unauthorized', status: 401 };
    fakeServer(
      json(401, problem, 'application/problem+json'),
      json(200, session('t')),
      json(401, problem, 'application/problem+json'),
    );
    await expect(api.get('/api/v1/tags')).rejects.toBeInstanceOf(ApiError);
    expect(unauthorized).toHaveBeenCalledTimes(1);
    await expect(
      api.post('/api/v1/auth/signin', { body: { email: 'a@example.com', password: 'wrong password' } }),
    ).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).toHaveBeenCalledTimes(1);
    stop();
  });

  test('path parameters are encoded; list queries repeat their key and empty values are left out', async () => {
    const page = { items: [], nextCursor: null };
    const sent = fakeServer(json(200, { id: 'a/b c' }), json(200, page));
    await api.get('/api/v1/imports/{id}', { path: { id: 'a/b c' } });
    await api.get('/api/v1/introductions', {
      query: { state: ['asking', 'ready'], personId: undefined, cursor: '', limit: 200 },
    });
    expect(sent.map((s) => s.url)).toEqual([
      '/api/v1/imports/a%2Fb%20c',
      '/api/v1/introductions?state=asking&state=ready&limit=200',
    ]);
  });

  test('an upload is multipart with its text fields before the file, which the server streams', async () => {
    rememberSession(session('t'));
    const sent = fakeServer(json(202, { id: 'job' }));
    const file = new File(['BEGIN:VCARD'], 'contacts.vcf', { type: 'text/vcard' });
    await api.post('/api/v1/imports', {
      form: { file, dryRun: 'true', format: 'vcard', mapping: undefined },
    });
    const body = sent[0]?.body;
    if (!(body instanceof FormData)) throw new Error(`expected FormData, sent ${String(body)}`);
    expect([...body.keys()]).toEqual(['dryRun', 'format', 'file']);
    expect(sent[0]?.headers['content-type']).toBeUndefined();
  });
});
