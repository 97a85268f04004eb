// Bad input of every kind gets a clear 4xx problem+json naming the field, and writes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from './app';
import { personInput } from './factories';

let t: TestApp;
let me: TestAccount;
beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

const peopleCount = async () => {
  let n = 0;
  let cursor: string | null = null;
  do {
    const r: { body: { items: unknown[]; nextCursor: string | null } } = await t.call(
      'GET',
      `/api/v1/people?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      { token: me.token },
    );
    n += r.body.items.length;
    cursor = r.body.nextCursor;
  } while (cursor);
  return n;
};

function expectProblem(res: { status: number; headers: Headers; body: any }, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.body).toMatchObject({ status, title: expect.any(String) });
}

describe('bad input', () => {
  it('malformed JSON → 400', async () => {
    const r = await t.call('POST', '/api/v1/people', {
      token: me.token,
      rawBody: '{"name": "Ann",',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(r, 400);
    expect(r.body.detail).toMatch(/JSON/);
  });

  it('wrong content type → 415', async () => {
    const r = await t.call('POST', '/api/v1/people', {
      token: me.token,
      rawBody: 'name=Ann',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(r, 415);
    expect(r.body.detail).toMatch(/application\/json/);
  });

  it('oversized body → 413 stating the limit', async () => {
    const r = await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: personInput({ blurb: 'x'.repeat(200_000) }),
    });
    expectProblem(r, 413);
    expect(r.body.detail).toMatch(/100000 bytes/);
  });

  it('validation failures → 422 naming each field', async () => {
    const r = await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: {
        name: '  ',
        trust: 9,
        emails: ['ok@example.com', 'not-an-email'],
        nickname: 'x',
        keepInTouch: { idealDays: 90, maxDays: 30 },
      },
    });
    expectProblem(r, 422);
    const fields = r.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['emails[1]', 'keepInTouch.maxDays', 'name', 'nickname', 'trust']);
    expect(r.body.errors.find((e: { field: string }) => e.field === 'emails[1]').pointer).toBe('/emails/1');
    expect(r.body.detail).toContain('trust: must be 1 to 5');
  });

  it('a missing required field is named as required', async () => {
    const r = await t.call('POST', '/api/v1/people', { token: me.token, body: { company: 'Acme' } });
    expectProblem(r, 422);
    expect(r.body.errors).toEqual([{ field: 'name', pointer: '/name', message: 'is required' }]);
  });

  it('a body that is not an object → 422', async () => {
    for (const body of [[], 'Ann', 42, null]) {
      const r = await t.call('POST', '/api/v1/people', { token: me.token, body });
      expect(r.status, JSON.stringify(body)).toBe(422);
    }
  });

  it('bad query parameters → 400 naming the parameter', async () => {
    for (const q of ['limit=0', 'limit=abc', 'limit=1000']) {
      const r = await t.call('GET', `/api/v1/people?${q}`, { token: me.token });
      expectProblem(r, 400);
      expect(r.body.errors[0].field).toBe('query.limit');
    }
  });

  it('unknown and malformed ids → 404', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '1%27%20or%201=1']) {
      for (const [method, path] of [
        ['GET', `/api/v1/people/${id}`],
        ['PATCH', `/api/v1/people/${id}`],
        ['DELETE', `/api/v1/needs/${id}`],
        ['POST', `/api/v1/people/${id}/needs`],
      ] as const) {
        const body = method === 'PATCH' ? {} : method === 'POST' ? { text: 'x' } : undefined;
        expectProblem(await t.call(method, path, { token: me.token, body }), 404);
      }
    }
  });

  it('an unknown route → 404 problem', async () => {
    expectProblem(await t.call('GET', '/api/v1/nope', { token: me.token }), 404);
  });

  it('no request without credentials gets data', async () => {
    expectProblem(await t.call('GET', '/api/v1/people'), 401);
    expectProblem(await t.call('POST', '/api/v1/people', { body: personInput() }), 401);
  });

  it('never answers 5xx to arbitrary JSON bodies, and writes only valid people', async () => {
    const before = await peopleCount();
    let created = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              name: fc.oneof(fc.string(), fc.jsonValue()),
              trust: fc.jsonValue(),
              emails: fc.jsonValue(),
              tags: fc.jsonValue(),
            },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          const r = await t.call('POST', '/api/v1/people', { token: me.token, body });
          expect(r.status).toBeLessThan(500);
          if (r.status === 201) created++;
          else expect([413, 422]).toContain(r.status);
        },
      ),
      { numRuns: 150 },
    );
    expect(await peopleCount()).toBe(before + created);
  });
});

describe('OpenAPI', () => {
  it('documents every /api/v1 route the app serves', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body as {
      openapi: string;
      paths: Record<string, object>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ms]) =>
        Object.keys(ms).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const served = t.app.routes
      .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(20);
    for (const route of served) expect(documented, route).toContain(route);
  });
});

describe('health', () => {
  it('GET /healthz → 200', async () => {
    const r = await t.call('GET', '/healthz');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok' });
  });
});

describe('empty PATCH', () => {
  it('is accepted and changes nothing, on every resource', async () => {
    const p = (await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() })).body;
    const i = (
      await t.call('POST', `/api/v1/people/${p.id}/interactions`, { token: me.token, body: { type: 'met' } })
    ).body;
    for (const path of [`/api/v1/people/${p.id}`, `/api/v1/interactions/${i.id}`]) {
      const before = (await t.call('GET', path, { token: me.token })).body;
      const r = await t.call('PATCH', path, { token: me.token, body: {} });
      expect(r.status, path).toBe(200);
      expect({ ...r.body, updatedAt: undefined }).toEqual({ ...before, updatedAt: undefined });
    }
  });
});
