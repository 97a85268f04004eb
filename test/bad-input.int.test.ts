// Bad input of every kind gets a clear 4xx problem+json naming the field, and writes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem as ProblemSchema } from '../src/shared/common-schema';
import {
  type Answer,
  bodyOf,
  createTestApp,
  expectStatus,
  type Problem,
  type TestAccount,
  type TestApp,
} from './app';
import { personInput } from './factories';
import { jsonObject } from './json-object';
import { seedOneOfEach } from './one-of-each';

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
    const page: { items: unknown[]; nextCursor: string | null } = bodyOf(
      await t.call('GET', `/api/v1/people?limit=200${cursor ? `&cursor=${cursor}` : ''}`, {
        token: me.token,
      }),
      200,
    );
    n += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return n;
};

/** Expects an RFC 9457 problem with this status (whatever the route declares) and narrows the body to it. */
function expectProblem<R extends Answer<number, unknown>, S extends R['status']>(
  res: R,
  status: S,
): asserts res is R & Answer<S, Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.body).toMatchObject({ status, title: expect.any(String) });
  expect(ProblemSchema.safeParse(res.body).error).toBeUndefined();
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
    const fields = r.body.errors?.map((e) => e.field).sort();
    expect(fields).toEqual(['emails[1]', 'keepInTouch.maxDays', 'name', 'nickname', 'trust']);
    expect(r.body.errors?.find((e) => e.field === 'emails[1]')?.pointer).toBe('/emails/1');
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
      expect(r.body.errors?.[0]?.field).toBe('query.limit');
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

  it('NUL and other hidden characters → 4xx naming the field, on bodies and queries alike', async () => {
    const person = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
      201,
    );
    const cases: [string, string, unknown, number, string][] = [
      ['POST', '/api/v1/people', { name: 'a\u0000b' }, 422, 'name'],
      ['POST', '/api/v1/people', { name: 'Ann', blurb: 'x\u0000' }, 422, 'blurb'],
      ['POST', '/api/v1/people', { name: 'Ann', tags: ['ok', 'a\u0000'] }, 422, 'tags[1]'],
      ['POST', '/api/v1/people', { name: 'Ada\u0007Bell' }, 422, 'name'],
      ['POST', '/api/v1/people', { name: 'Eve \u202Eredaolnwod\u202C' }, 422, 'name'],
      ['POST', `/api/v1/people/${person.id}/needs`, { text: 'a\u0000b' }, 422, 'text'],
      ['POST', `/api/v1/people/${person.id}/interactions`, { type: 'call', note: 'x\u0000' }, 422, 'note'],
      [
        'PATCH',
        `/api/v1/people/${person.id}`,
        { links: [{ url: 'https://a.example/\u0000' }] },
        422,
        'links[0].url',
      ],
      ['GET', '/api/v1/people?q=a%00b', undefined, 400, 'query.q'],
      ['GET', '/api/v1/people?tag=a%00b', undefined, 400, 'query.tag'],
      ['GET', '/api/v1/needs?q=a%00b', undefined, 400, 'query.q'],
    ];
    for (const [method, path, body, status, field] of cases) {
      const r = await t.call(method, path, { token: me.token, body });
      expectProblem(r, status);
      expect(
        r.body.errors?.map((e) => e.field),
        `${method} ${path}`,
      ).toContain(field);
    }
    // Line breaks and tabs in multi-line text are still fine.
    const ok = await t.call('PATCH', `/api/v1/people/${person.id}`, {
      token: me.token,
      body: { blurb: 'Line one\n\tLine two', name: 'Zoë Ångström' },
    });
    expect(ok.status).toBe(200);
  });

  it('a lone surrogate (half a UTF-16 pair, which no database stores) → 422 naming the field, in text and JSON alike', async () => {
    const person = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
      201,
    );
    const before = await peopleCount();
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/v1/people', { name: 'Ann \uD800' }, 'name'],
      ['POST', '/api/v1/people', { name: 'Ann', tags: ['ok', '\uDC00x'] }, 'tags[1]'],
      [
        'POST',
        '/api/v1/people',
        { name: 'Ann', links: [{ url: 'https://a.example/\uD800' }] },
        'links[0].url',
      ],
      ['POST', `/api/v1/people/${person.id}/needs`, { text: 'help \uD800' }, 'text'],
      ['PATCH', `/api/v1/people/${person.id}`, { caveats: [{ text: '\uD800' }] }, 'caveats[0].text'],
    ];
    for (const [method, path, body, field] of cases) {
      const r = await t.call(method, path, { token: me.token, body });
      expectProblem(r, 422);
      expect(
        r.body.errors?.map((e) => e.field),
        `${method} ${path}`,
      ).toContain(field);
    }
    expect(await peopleCount()).toBe(before);
    // A surrogate pair (an emoji) is whole Unicode, and fine.
    const ok = await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: { name: 'Ann \uD83D\uDE00' },
    });
    expect(bodyOf(ok, 201).name).toBe('Ann 😀');
  });

  it('dates outside 1900–2199 (a two-digit year typed into a date field) → 422, never a 500 or another date', async () => {
    const person = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
      201,
    );
    for (const occurredAt of [
      '0030-12-25',
      '0000-01-01',
      '0001-01-10',
      '0099-05-05',
      '0050-03-03T10:00:00Z',
      '2999-01-01',
    ]) {
      const r = await t.call('POST', `/api/v1/people/${person.id}/interactions`, {
        token: me.token,
        body: { type: 'call', occurredAt },
      });
      expectProblem(r, 422);
      expect(r.body.errors).toEqual([
        { field: 'occurredAt', pointer: '/occurredAt', message: 'must be a date in the years 1900 to 2199' },
      ]);
    }
    const need = await t.call('POST', `/api/v1/people/${person.id}/needs`, {
      token: me.token,
      body: { text: 'A lawyer', neededBy: '0025-12-25' },
    });
    expectProblem(need, 422);
    expect(need.body.errors?.[0]).toMatchObject({ field: 'neededBy' });
    const fine = await t.call('POST', `/api/v1/people/${person.id}/interactions`, {
      token: me.token,
      body: { type: 'call', occurredAt: '1999-05-05' },
    });
    expect(bodyOf(fine, 201).occurredAt).toBe('1999-05-05T12:00:00.000Z');
    const listed = await t.call('GET', `/api/v1/people/${person.id}/interactions`, { token: me.token });
    expect(bodyOf(listed, 200).items.map((i) => i.occurredAt)).toEqual(['1999-05-05T12:00:00.000Z']);
  });

  it('a date that is no date, or a year no database holds, gets one message for the field, not three', async () => {
    const person = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
      201,
    );
    for (const [neededBy, message] of [
      ['tomorrow', 'must be a date as YYYY-MM-DD'],
      ['2027-02-30', 'must be a date as YYYY-MM-DD'],
      ['0000-01-01', 'must be in the years 1 to 9999'],
      ['0025-12-25', 'must be a date in the years 1900 to 2199'],
    ] as const) {
      const r = await t.call('POST', `/api/v1/people/${person.id}/needs`, {
        token: me.token,
        body: { text: 'A lawyer', neededBy },
      });
      expectProblem(r, 422);
      expect(r.body.errors, neededBy).toEqual([{ field: 'neededBy', pointer: '/neededBy', message }]);
    }
  });

  it('messages say what to do: wrong types, enums, limits and missing ids', async () => {
    const wrongType = await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: { name: 'A', trust: '5' },
    });
    expectProblem(wrongType, 422);
    expect(wrongType.body.errors).toEqual([
      { field: 'trust', pointer: '/trust', message: 'must be a number' },
    ]);
    const tooLongQ = await t.call('GET', `/api/v1/people?q=${'x'.repeat(600)}`, { token: me.token });
    expectProblem(tooLongQ, 400);
    expect(tooLongQ.body.errors?.[0]?.message).toMatch(/^must be at most \d+ characters$/);
    const badStatus = await t.call('GET', '/api/v1/needs?status=bogus', { token: me.token });
    expectProblem(badStatus, 400);
    expect(badStatus.body.errors?.[0]).toMatchObject({
      field: 'query.status',
      message: 'must be one of: open, met, dropped',
    });
    const noIds = await t.call('POST', '/api/v1/introductions', {
      token: me.token,
      body: { kind: 'peers', reason: 'x', order: 'parallel' },
    });
    expectProblem(noIds, 422);
    expect(noIds.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'personAId', pointer: '/personAId', message: 'is required' },
        { field: 'personBId', pointer: '/personBId', message: 'is required' },
      ]),
    );
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

describe('health', () => {
  it('GET /healthz → 200', async () => {
    const r = await t.call('GET', '/healthz');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok' });
  });
});

describe('empty PATCH', () => {
  it('is accepted and changes nothing, on every resource', async () => {
    const as = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
      t.call(method, path, { token: me.token, body });
    const seeded = await seedOneOfEach(t, me);
    const ids: Record<string, string> = {
      people: seeded.person,
      needs: seeded.need,
      offers: seeded.offer,
      interactions: seeded.interaction,
      introductions: seeded.introduction,
      referrals: seeded.referral,
      'intro-requests': seeded.introRequest,
    };
    // Every PATCH route in the OpenAPI document, so a new resource is covered without anyone adding it here.
    const patchPaths = t.app.openAPIRegistry.definitions.flatMap((d) =>
      d.type === 'route' && d.route.method === 'patch' ? [d.route.path] : [],
    );
    expect(patchPaths.length).toBeGreaterThanOrEqual(7);
    for (const template of patchPaths) {
      const resource = template.split('/')[3]!;
      const path = template.replace('{id}', () => {
        const id = ids[resource];
        if (!id) throw new Error(`no sample id for ${template}: add one in test/one-of-each.ts and above`);
        return id;
      });
      const before = await as('GET', path);
      expectStatus(before, 200, path);
      const r = await as('PATCH', path, {});
      expectStatus(r, 200, path);
      expect({ ...jsonObject(r.body, path), updatedAt: undefined }, path).toEqual({
        ...jsonObject(before.body, path),
        updatedAt: undefined,
      });
      expect((await as('GET', path)).body, path).toEqual(r.body);
    }
  });
});
