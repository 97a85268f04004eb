// Hostile input, generated: every JSON body route and every list query in the OpenAPI registry gets wrong
// types, mutations of a valid sample and hostile text and numbers; import inspection gets hostile files.
// Each answer must be below 500, a problem+json naming the field when validation refused it, match its
// declared schema (test/app.ts checks that) and, when refused, leave every table's row count as it was.
// FUZZ_RUNS (default 6) sets the generated cases per route; the fixed hostile cases always run.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Problem } from '../src/shared/common-schema';
import { type Answer, createTestApp, type TestAccount, type TestApp } from './app';
import { interactionInput, needInput, offerInput, personInput } from './factories';
import { form } from './imports';
import { seedOneOfEach } from './one-of-each';

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
/**
 * Generous: the default run takes about 30 s on PGlite on a quiet machine, but past 120 s inside a full run
 * beside other work (load 9 on two cores); a test that times out keeps sending in the background and fails
 * the next ones. A long FUZZ_RUNS run scales with it.
 */
const TIMEOUT = 300_000 * Math.max(1, RUNS / 6);

let t: TestApp;
let owner: TestAccount;
let restorer: TestAccount;
const ids: Record<string, string> = {};

/** Valid-shaped bodies per JSON route; mutations of these reach past the first validation error. */
const samples: Record<string, () => unknown> = {
  'POST /api/v1/auth/signup': () => ({ email: 'fuzz-signup@example.com', password: 'a long passphrase 42' }),
  'POST /api/v1/auth/signin': () => ({ email: owner.email, password: 'not the password' }),
  'POST /api/v1/auth/password-reset': () => ({ email: 'fuzz-reset@example.com' }),
  'POST /api/v1/auth/password-reset/confirm': () => ({
    token: 'lpreset_not_a_token',
    password: 'a long passphrase 42',
  }),
  'PATCH /api/v1/account': () => ({ name: 'Fuzzy Connector' }),
  // A wrong current password: mutations must not change the password the other cases rely on.
  'POST /api/v1/account/password': () => ({
    currentPassword: 'not the password',
    newPassword: 'a long passphrase 42',
  }),
  'PATCH /api/v1/settings/instance': () => ({ allowSignups: true }),
  'POST /api/v1/tokens': () => ({ name: 'fuzz token' }),
  'POST /api/v1/people': () => personInput(),
  'PATCH /api/v1/people/{id}': () => ({ company: 'Acme', trust: 3 }),
  'POST /api/v1/people/bulk': () => ({ ids: [ids.person], action: { kind: 'tag', tags: ['fuzz'] } }),
  'POST /api/v1/people/{id}/needs': () => needInput(),
  'PATCH /api/v1/needs/{id}': () => needInput(),
  'POST /api/v1/people/{id}/offers': () => offerInput(),
  'PATCH /api/v1/offers/{id}': () => offerInput(),
  'POST /api/v1/people/{id}/interactions': () => interactionInput(),
  'PATCH /api/v1/interactions/{id}': () => interactionInput(),
  'POST /api/v1/introductions': () => ({
    personAId: ids.person,
    personBId: ids.other,
    kind: 'peers',
    reason: 'Both build climate tools',
  }),
  'POST /api/v1/introductions/preview': () => ({
    personAId: ids.person,
    personBId: ids.other,
    kind: 'peers',
    reason: 'Both build climate tools',
  }),
  'PATCH /api/v1/introductions/{id}': () => ({ reason: 'A better reason', autoSend: false }),
  'POST /api/v1/introductions/{id}/follow-up': () => ({ early: true }),
  'POST /api/v1/introductions/{id}/cancel': () => ({ note: 'Not now' }),
  'POST /api/v1/introductions/{id}/answers': () => ({ personId: ids.person, answer: 'yes' }),
  'POST /api/v1/introductions/{id}/withdraw': () => ({ personId: ids.person }),
  'POST /api/v1/introductions/{id}/follow-up-answers': () => ({ personId: ids.person, answer: 'not_yet' }),
  'POST /api/v1/introductions/{id}/outcome': () => ({ outcome: 'met_helpful' }),
  'POST /api/v1/introductions/{id}/request': () => ({ personalLine: 'Hello', blurbs: { a: 'About A' } }),
  'POST /api/v1/introductions/{id}/introduce': () => ({ personalLine: 'Hello', blurbs: { b: 'About B' } }),
  'POST /api/v1/introductions/{id}/reask': () => ({ personalLine: 'Hello again' }),
  'POST /api/v1/introductions/{id}/reconfirm': () => ({ party: 'a', personalLine: 'Still keen?' }),
  'POST /api/v1/duplicates/dismiss': () => ({ personIds: [ids.person, ids.other] }),
  'POST /api/v1/duplicates/undismiss': () => ({ personIds: [ids.person, ids.other] }),
  'POST /api/v1/people/{id}/merge': () => ({ otherId: ids.other }),
  'POST /api/v1/suggestions/dismissals': () => ({ needId: ids.need, providerId: ids.other, offerId: null }),
  'POST /api/v1/suggestions/draft': () => ({ needId: ids.need, providerId: ids.other, offerId: null }),
  'POST /api/v1/people/{id}/not-yet': () => ({ asked: 'referrals to CFOs', criteria: ['worked together'] }),
  'PATCH /api/v1/intro-requests/{id}': () => ({
    requesterName: 'Asker Corrected',
    requesterEmail: 'asker@example.com',
    wantsToMeet: 'a climate investor',
  }),
  'POST /api/v1/intro-requests/{id}/accept': () => ({ personId: ids.other, confirmUnvouched: true }),
  'POST /api/v1/intro-requests/{id}/decline': () => ({ note: 'Thank you for asking' }),
  'PUT /api/v1/matching/settings': () => ({ suggestionsPerWeek: 7, declineCooldownDays: 90 }),
  'PUT /api/v1/keep-in-touch/tags/{tag}': () => ({ idealDays: 14, maxDays: 21 }),
  'POST /api/v1/agenda/acknowledgements': () => ({
    keys: ['answer:consent:00000000-0000-4000-8000-000000000000'],
  }),
  'POST /api/v1/referrals': () => ({
    direction: 'given',
    fromPersonId: ids.person,
    toPersonId: ids.other,
    about: 'Bookkeeping',
    estimatedValue: 1200,
    currency: 'EUR',
    date: '2026-01-10',
  }),
  'PATCH /api/v1/referrals/{id}': () => ({ status: 'won', closedValue: 1300, about: 'Won it' }),
  // Restore needs an empty account: it gets its own, and the backup of an empty account as its sample.
  'POST /api/v1/restore': () => ids.emptyBackup && JSON.parse(ids.emptyBackup),
};

/** Who sends a route's requests (default: the owner). */
const senders: Record<string, () => TestAccount> = { 'POST /api/v1/restore': () => restorer };

/** Which id goes into `{id}`, by the path's first segment after /api/v1/. */
const idFor: Record<string, () => string> = {
  people: () => ids.person!,
  needs: () => ids.need!,
  offers: () => ids.offer!,
  interactions: () => ids.interaction!,
  introductions: () => ids.introduction!,
  imports: () => ids.import!,
  referrals: () => ids.referral!,
  'intro-requests': () => ids.introRequest!,
};

// --- Hostile values ------------------------------------------------------------------------------------

const hostileStrings = [
  'a\u0000b',
  '\u0001\u0007\b\u001b[31m\u007f\u0085',
  'line\r\nbreak\rand\nmore',
  '\u202Eevil\u202C \u2066isolate\u2069 \u200F',
  '\uD800',
  'x\uDFFFy',
  '\uFEFFbom',
  '👩‍👩‍👧‍👦🏳️‍🌈'.repeat(500),
  'x'.repeat(50_000),
  'é'.repeat(25_000),
  '',
  ' ',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '9007199254740993',
  '0x1F',
  '2026-02-30',
  '0000-01-01',
  '99999-12-31T00:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  "' or 1=1 --",
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '__proto__',
  '%00%ff',
];
const hostileNumbers = [
  1e308,
  -1e308,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 63,
  5e-324,
  0.1,
  -1,
];
const deep = (depth: number): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};
const hostileStructures: unknown[] = [
  null,
  true,
  [],
  {},
  deep(500),
  Array.from({ length: 10_000 }, () => 'a'),
  Array.from({ length: 10_000 }, (_, i) => i),
  Array.from({ length: 5_000 }, () => ({})),
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
];
/** Literal JSON that JSON.stringify cannot produce: overflowing and over-precise numbers. */
const rawNumbers = [
  '1e400',
  '-1e400',
  '123456789012345678901234567890',
  '-0',
  '1E-400',
  '0.30000000000000004',
];

const hostileValue = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(...hostileNumbers),
  fc.constantFrom(...hostileStructures),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(),
  fc.bigInt().map((n) => Number(n)),
);

type Mutation =
  | { op: 'set'; key: string; value: unknown }
  | { op: 'delete'; key: string }
  | { op: 'wrap'; key: string };

const mutations = (keys: string[]): fc.Arbitrary<Mutation[]> =>
  fc.array(
    fc.oneof(
      fc.record({
        op: fc.constant('set' as const),
        key: fc.oneof(
          fc.constantFrom(...keys),
          fc.constantFrom('__proto__', 'constructor', 'id', 'accountId'),
          fc.string(),
        ),
        value: hostileValue,
      }),
      fc.record({ op: fc.constant('delete' as const), key: fc.constantFrom(...keys) }),
      fc.record({ op: fc.constant('wrap' as const), key: fc.constantFrom(...keys) }),
    ),
    { minLength: 1, maxLength: 3 },
  );

function mutate(sample: unknown, changes: Mutation[]): unknown {
  if (!sample || typeof sample !== 'object' || Array.isArray(sample)) return sample;
  const body: Record<string, unknown> = { ...sample };
  for (const change of changes) {
    if (change.op === 'delete') delete body[change.key];
    // defineProperty, so "__proto__" becomes an own key that JSON.stringify sends.
    else if (change.op === 'set')
      Object.defineProperty(body, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else body[change.key] = [body[change.key]];
  }
  return body;
}

// --- Routes --------------------------------------------------------------------------------------------

interface FuzzRoute {
  key: string;
  method: string;
  template: string;
  /** Keys of the request's JSON body or query, from its zod schema. */
  keys: string[];
}

function routes(kind: 'json' | 'query'): FuzzRoute[] {
  return t.app.openAPIRegistry.definitions.flatMap((d) => {
    if (d.type !== 'route') return [];
    const { method, path, request } = d.route;
    const media = request?.body?.content?.['application/json'];
    const schema =
      kind === 'json'
        ? media && 'schema' in media
          ? media.schema
          : undefined
        : method === 'get'
          ? request?.query
          : undefined;
    if (!schema) return [];
    const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
    return [{ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), template: path, keys }];
  });
}

function pathOf(route: FuzzRoute): string {
  if (route.template.includes('{tag}')) return route.template.replace('{tag}', 'inner%20circle');
  if (!route.template.includes('{id}')) return route.template;
  const id = idFor[route.template.split('/')[3]!];
  expect(id, `add an id for ${route.template} to idFor in test/fuzz-bodies.int.test.ts`).toBeDefined();
  return route.template.replace('{id}', id!());
}

// --- Checks --------------------------------------------------------------------------------------------

let tables: string[] = [];

/** Rows per table of the whole database, so a refused request that wrote anywhere is caught. */
async function rowCounts(): Promise<Record<string, number>> {
  const query = tables
    .map((name) => `select '${name}' as name, count(*)::int as n from "${name}"`)
    .join(' union all ');
  const result = await t.database.db.execute(sql.raw(query));
  const rows = (result as unknown as { rows: { name: string; n: number }[] }).rows;
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

/** Row counts as of the last refused request; undefined after an accepted one. */
let counts: Record<string, number> | undefined;
let slowest = { ms: 0, what: '' };

async function send(
  what: string,
  method: string,
  path: string,
  opts: { token: string; body?: unknown; rawBody?: RequestInit['body']; headers?: Record<string, string> },
): Promise<Answer<number, unknown>> {
  counts ??= await rowCounts();
  const before = counts;
  const started = performance.now();
  let res: Answer<number, unknown>;
  try {
    res = await t.call(method, path, opts);
  } catch (error) {
    throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, what };
  expect(res.status, `${what} → ${JSON.stringify(res.body).slice(0, 500)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), what).toBe('application/problem+json');
    const parsed = Problem.safeParse(res.body);
    if (!parsed.success) throw new Error(`${what}: not a problem: ${JSON.stringify(res.body).slice(0, 500)}`);
    const problem = parsed.data;
    expect(problem.status, what).toBe(res.status);
    // A refused field or parameter is named; malformed JSON (400) and domain refusals need not name one.
    const validation =
      res.status === 422 ? problem.title === 'Validation failed' : res.status === 400 && path.includes('?');
    if (validation) {
      expect(
        Array.isArray(problem.errors) && problem.errors.length > 0,
        `${what}: errors[] names no field`,
      ).toBe(true);
    }
    for (const error of problem.errors ?? []) {
      expect(
        typeof error.field === 'string' && error.field.length > 0,
        `${what}: error without a field`,
      ).toBe(true);
    }
    expect(await rowCounts(), `${what}: a refused request wrote`).toEqual(before);
  } else {
    // An accepted request may write: count again before the next one.
    counts = undefined;
  }
  return res;
}

const describeBody = (body: unknown) => {
  const text = JSON.stringify(body) ?? String(body);
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
};

// --- Setup ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.account();
  restorer = await t.account();
  Object.assign(ids, await seedOneOfEach(t, owner));
  const backup = await t.app.request('/api/v1/export?format=json', {
    headers: { authorization: `Bearer ${restorer.token}` },
  });
  ids.emptyBackup = await backup.text();
  const result = await t.database.db.execute(
    sql`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  tables = (result as unknown as { rows: { name: string }[] }).rows.map((r) => r.name);
});
afterAll(async () => {
  console.info(`fuzz: slowest request ${Math.round(slowest.ms)} ms (${slowest.what})`);
  await t?.close();
});

// --- Tests ---------------------------------------------------------------------------------------------

describe('hostile JSON bodies on every route', () => {
  it('has a valid-shaped sample for every JSON body route (a new route must add one)', () => {
    const found = routes('json').map((r) => r.key);
    for (const key of found)
      expect(samples[key], `add a sample body for ${key} to test/fuzz-bodies.int.test.ts`).toBeDefined();
    expect(found.length).toBeGreaterThanOrEqual(25);
  });

  it(
    'never answers 5xx, names the field it refuses and writes nothing when it refuses',
    async () => {
      for (const route of routes('json')) {
        const sample = samples[route.key]!;
        const token = (senders[route.key]?.() ?? owner).token;
        const path = pathOf(route);
        const keys = route.keys.length ? route.keys : ['x'];
        const post = (body: unknown) =>
          send(`${route.key} ${describeBody(body)}`, route.method, path, { token, body });
        const raw = (text: string) =>
          send(`${route.key} raw ${text.slice(0, 200)}`, route.method, path, {
            token,
            rawBody: text,
            headers: { 'content-type': 'application/json' },
          });

        // Fixed cases: every hostile value once, in the sample's fields in turn; bodies of the wrong shape.
        const fixedValues = [...hostileStrings, ...hostileNumbers, ...hostileStructures];
        for (const [i, value] of fixedValues.entries()) {
          await post(mutate(sample(), [{ op: 'set', key: keys[i % keys.length]!, value }]));
        }
        const good = JSON.stringify(sample());
        const open = good === '{}' ? '{' : `${good.slice(0, -1)},`;
        for (const [i, literal] of rawNumbers.entries())
          await raw(`${open}"${keys[i % keys.length]}":${literal}}`);
        // Duplicate keys: the last one wins in JSON.parse; it must still be validated.
        for (const key of keys) await raw(`${open}"${key}":"first","${key}":{"second":[1,2,3]}}`);
        for (const body of [null, 0, 'body', [], [sample()], deep(2000)]) await post(body);
        for (const text of [
          '',
          '{',
          '{"a":',
          '[]]',
          '\uFEFF{}',
          '{"a":"\\ud800"}',
          '['.repeat(20_000) + ']'.repeat(20_000),
        ]) {
          await raw(text);
        }

        // Generated cases: arbitrary JSON, and the sample with one to three hostile changes.
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(
              fc.jsonValue({ maxDepth: 4 }),
              mutations(keys).map((changes) => mutate(sample(), changes)),
            ),
            async (body) => {
              await post(body);
            },
          ),
          { numRuns: RUNS },
        );
      }
    },
    TIMEOUT,
  );
});

/**
 * Values the database cannot hold, put into every field and every query parameter (the sweeps above put
 * each hostile value into one key only): PostgreSQL has no year 0, an offset can carry a valid-looking
 * time across the year 1 or the year 9999, and a lone surrogate has no UTF-8 form.
 */
const edgeDates = [
  '0000-01-01',
  '0000-12-31T23:00:00Z',
  '0001-01-01T00:30:00+01:00',
  '9999-12-31T23:30:00-01:00',
];
const unstorable = [...edgeDates, 'x\uD800', '\uDC00y'];

describe('values the database cannot hold, in every field and parameter', () => {
  it(
    'never answers 5xx to a date or text the database cannot hold, in any body field',
    async () => {
      for (const route of routes('json')) {
        const sample = samples[route.key]!;
        const token = (senders[route.key]?.() ?? owner).token;
        const path = pathOf(route);
        for (const key of route.keys)
          for (const value of unstorable) {
            const body = mutate(sample(), [{ op: 'set', key, value }]);
            await send(`${route.key} ${describeBody(body)}`, route.method, path, { token, body });
          }
      }
    },
    TIMEOUT,
  );

  it(
    'never answers 5xx to a date the database cannot hold, in any query parameter',
    async () => {
      for (const route of routes('query')) {
        const path = pathOf(route);
        for (const key of route.keys)
          for (const value of edgeDates)
            await send(
              `${route.key} ?${key}=${value}`,
              'GET',
              `${path}?${key}=${encodeURIComponent(value)}`,
              {
                token: owner.token,
              },
            );
      }
    },
    TIMEOUT,
  );
});

describe('forged cursors on every paged list', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const id = '00000000-0000-4000-8000-000000000000';
  /**
   * Well-formed base64url JSON in the shapes this API's cursors take, holding what it never hands out: a
   * cursor is opaque to clients, but nothing stops one from decoding, editing and sending it back.
   */
  const forged = [
    ...edgeDates.flatMap((at) => [
      { at, id },
      { at, seq: 0 },
      { at, id, shared: 0 },
      { date: at, id },
    ]),
    ...['name', 'last-contact', 'trust', 'added'].flatMap((s) =>
      ['asc', 'desc'].flatMap((d) =>
        ['a\u0000b', 'not a number', 12, 1e300, -1e300, '', '\uD800'].map((k) => ({ s, d, k, i: id })),
      ),
    ),
    { o: Number.MAX_SAFE_INTEGER },
    { seq: Number.MAX_SAFE_INTEGER },
  ];

  it(
    'never answers 5xx and names the cursor when it refuses one',
    async () => {
      const paged = routes('query').filter((r) => r.keys.includes('cursor'));
      expect(paged.length).toBeGreaterThanOrEqual(8);
      for (const route of paged) {
        const path = pathOf(route);
        for (const cursor of forged) {
          // The people list checks a cursor against its order: send each under the order it names.
          const order =
            's' in cursor && route.keys.includes('sort') ? `sort=${cursor.s}&direction=${cursor.d}&` : '';
          await send(
            `${route.key} cursor ${JSON.stringify(cursor)}`,
            'GET',
            `${path}?${order}cursor=${encode(cursor)}`,
            {
              token: owner.token,
            },
          );
        }
      }
    },
    TIMEOUT,
  );
});

describe('hostile query strings on every list route', () => {
  const encodedHostile = [
    ...hostileStrings.filter((s) => s.length < 1000 && !/[\uD800-\uDFFF]/.test(s)).map(encodeURIComponent),
    '%ED%A0%80', // a UTF-8-encoded lone surrogate
    '%FF%FE',
    '%',
    '%2',
    '%00',
    'a'.repeat(5_000),
    '1e308',
    '-0',
    '99999999999999999999',
  ];

  it(
    'never answers 5xx and names the parameter it refuses',
    async () => {
      const list = routes('query');
      expect(list.length).toBeGreaterThanOrEqual(8);
      for (const route of list) {
        const path = pathOf(route);
        const keys = route.keys.length ? route.keys : ['x'];
        const get = (query: string) =>
          send(`${route.key} ?${query.slice(0, 200)}`, 'GET', `${path}?${query}`, { token: owner.token });
        // Every hostile value once, in the route's parameters in turn; repeated and bracketed parameters.
        for (const [i, value] of encodedHostile.entries()) await get(`${keys[i % keys.length]}=${value}`);
        for (const key of keys) {
          await get(`${key}=1&${key}=2&${key}=`);
          await get(`${key}[]=1&${key}[a]=2`);
        }
        await fc.assert(
          fc.asyncProperty(
            fc.array(
              fc.tuple(
                fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 10 })),
                fc.oneof(
                  fc.constantFrom(...encodedHostile),
                  fc.string({ unit: 'binary-ascii', maxLength: 50 }),
                ),
              ),
              { maxLength: 4 },
            ),
            async (pairs) => {
              await get(
                pairs
                  .map(([k, v]) => `${encodeURIComponent(k)}=${v.includes('%') ? v : encodeURIComponent(v)}`)
                  .join('&'),
              );
            },
          ),
          { numRuns: RUNS },
        );
      }
    },
    TIMEOUT,
  );
});

describe('hostile files on import inspection', () => {
  const vcard =
    'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nEMAIL:ann@example.com\r\nTEL:+44 20 7946 0000\r\nEND:VCARD\r\n';
  const csv =
    'Name,Email,Phone\r\n"Ann, Example",ann@example.com,+44 20 7946 0000\r\nBob,bob@example.com,\r\n';
  const bytes = (s: string) => new TextEncoder().encode(s);

  const inspect = (what: string, content: string | Uint8Array, fileName: string, format?: string) =>
    send(`inspect ${fileName} ${what}`, 'POST', '/api/v1/imports/inspect', {
      token: owner.token,
      rawBody: form(content, format ? { format } : {}, fileName),
    });

  it(
    'never answers 5xx to broken vCards, CSVs and random bytes',
    async () => {
      const fixed: [string, string | Uint8Array][] = [
        ['empty', ''],
        ['BOM only', '\uFEFF'],
        ['BOM csv', `\uFEFF${csv}`],
        ['UTF-16 BOM', new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x61, 0x00])],
        ['unbalanced quote', 'Name,Email\r\n"Ann,ann@example.com\r\nBob,bob@example.com\r\n'],
        ['quote in field', 'Name,Email\r\nA"nn,ann@"example.com\r\n'],
        ['NULs', `Name,Email\r\nA\u0000nn,ann@example.com\u0000\r\n`],
        [
          'mixed line endings',
          'Name,Email\rAnn,ann@example.com\nBob,bob@example.com\r\nCy,cy@example.com\n\r',
        ],
        ['1 MB single line', `Name,Email,${'x'.repeat(1_000_000)}`],
        ['1 MB of commas', `Name\r\n${','.repeat(1_000_000)}`],
        ['blank lines', `Name,Email\n${'\n'.repeat(200_000)}`],
        ['vCard blank lines', `BEGIN:VCARD\n${'\r\n'.repeat(100_000)}`],
        ['vCard unterminated', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann'],
        ['vCard folded forever', `BEGIN:VCARD\r\nFN:A${'\r\n x'.repeat(50_000)}\r\nEND:VCARD\r\n`],
        ['vCard nested', `${'BEGIN:VCARD\r\n'.repeat(5_000)}${'END:VCARD\r\n'.repeat(5_000)}`],
        [
          'vCard bad base64 photo',
          'BEGIN:VCARD\r\nFN:A\r\nPHOTO;ENCODING=b;TYPE=JPEG:!!!not base64\r\nEND:VCARD\r\n',
        ],
        ['invalid UTF-8', new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xff])],
        ['bidi and surrogates', `Name,Email\r\n\u202Eevil\u202C,\uD800@example.com\r\n`],
        ['10k columns', `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\r\n1\r\n`],
      ];
      for (const [what, content] of fixed) {
        for (const fileName of ['contacts.csv', 'contacts.vcf']) await inspect(what, content, fileName);
      }
      for (const format of ['csv', 'vcard', 'bogus', '\u0000'])
        await inspect('format field', csv, 'contacts.txt', format);

      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 4096 }),
            fc.nat({ max: vcard.length }).map((n) => bytes(vcard.slice(0, n))),
            fc.nat({ max: csv.length }).map((n) => bytes(csv.slice(0, n))),
            fc
              .array(
                fc.oneof(
                  fc.constantFrom(
                    '"',
                    ',',
                    '\r',
                    '\n',
                    '\u0000',
                    '\uFEFF',
                    ';',
                    '\t',
                    'BEGIN:VCARD',
                    'END:VCARD',
                    ':',
                  ),
                  fc.string(),
                ),
                {
                  maxLength: 200,
                },
              )
              .map((parts) => bytes(parts.join(''))),
          ),
          fc.constantFrom('contacts.csv', 'contacts.vcf', 'contacts'),
          async (content, fileName) => {
            await inspect(`${content.length} generated bytes`, content, fileName);
          },
        ),
        { numRuns: RUNS * 5 },
      );
    },
    TIMEOUT,
  );
});
