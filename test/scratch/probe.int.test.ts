import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../app';
import { seedOneOfEach } from '../one-of-each';

let t: TestApp;
let me: TestAccount;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  ids = { ...(await seedOneOfEach(t, me)) };
});
afterAll(() => t?.close());
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

async function hit(label: string, method: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${me.token}`);
  let res: Response;
  try {
    res = await Promise.race([
      t.app.request(path, { ...init, method, headers }),
      new Promise<Response>((_, rej) => setTimeout(() => rej(new Error('TIMEOUT 20s')), 20000)),
    ]);
  } catch (e) {
    console.log(`THROW ${label} ${method} ${path.slice(0, 120)}: ${String(e).slice(0, 300)}`);
    return;
  }
  const text = await res.text();
  if (res.status >= 500 || process.env.VERBOSE)
    console.log(`${res.status} ${label} ${method} ${path.slice(0, 120)} ${text.slice(0, 300)}`);
}

it('probe', async () => {
  const id = ids.person!;
  const idPaths = [
    '/api/v1/people/{id}',
    '/api/v1/needs/{id}',
    '/api/v1/offers/{id}',
    '/api/v1/interactions/{id}',
    '/api/v1/introductions/{id}',
    '/api/v1/referrals/{id}',
    '/api/v1/intro-requests/{id}',
    '/api/v1/imports/{id}',
    '/api/v1/outbox/{id}',
    '/api/v1/tokens/{id}',
    '/api/v1/people/{id}/photo',
    '/api/v1/suggestions/dismissals/{id}',
  ];
  const badIds = [
    '%00',
    '..',
    '%2e%2e',
    'a'.repeat(10000),
    id.toUpperCase(),
    `${id}%00`,
    '%ED%A0%80',
    '%F0%9F%98%80',
    '-1',
    '0',
  ];
  for (const p of idPaths)
    for (const b of badIds)
      for (const m of ['GET', 'DELETE', 'HEAD', 'OPTIONS']) await hit('id', m, p.replace('{id}', b));
  for (const tag of ['%00', 'a%00b', '%ED%A0%80', 'x'.repeat(100000), '..', '%20', '%E2%80%AE']) {
    await hit('tag', 'PUT', `/api/v1/keep-in-touch/tags/${tag}`, {
      body: JSON.stringify({ idealDays: 14, maxDays: 21 }),
      headers: { 'content-type': 'application/json' },
    });
    await hit('tag', 'DELETE', `/api/v1/keep-in-touch/tags/${tag}`);
  }
  for (const f of ['%00.ics', 'a%00.ics', `${'a'.repeat(100000)}.ics`, '..', '%ED%A0%80.ics', 'x'])
    await hit('cal', 'GET', `/calendar/${f}`, { headers: { authorization: '' } });
  for (const tk of ['%00', 'a%00b', '%ED%A0%80', 'x'.repeat(100000)]) {
    await hit('r', 'GET', `/r/${tk}?answer=%00`);
    await hit('r', 'POST', `/r/${tk}`, {
      body: `token=${tk}&answer=yes&note=%00`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await hit('ask', 'GET', `/ask/${tk}`);
    await hit('ask', 'POST', `/ask/${tk}`, {
      body: `name=%00`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
  // cursors
  const cursors = [
    { s: 'name', d: 'asc', k: 'a\u0000b', i: id },
    { s: 'last-contact', d: 'desc', k: 'garbage', i: id },
    { s: 'last-contact', d: 'desc', k: 1e300, i: id },
    { s: 'last-contact', d: 'desc', k: -1e20, i: id },
    { s: 'trust', d: 'asc', k: 'x', i: id },
    { s: 'trust', d: 'asc', k: 1e300, i: id },
    { s: 'added', d: 'asc', k: 'x', i: id },
    { s: 'added', d: 'asc', k: 8.64e15 + 1, i: id },
    { s: 'name', d: 'asc', k: 12, i: id },
    { s: 'name', d: 'asc', k: '\uD800', i: id },
    { s: 'trust', d: 'asc', k: 1.5, i: id },
    { s: 'trust', d: 'asc', k: 3e9, i: id },
    { s: 'last-contact', d: 'asc', k: '0000-01-01', i: id },
  ];
  for (const c of cursors)
    for (const sort of ['name', 'last-contact', 'trust', 'added'])
      await hit('cursor', 'GET', `/api/v1/people?sort=${sort}&cursor=${b64(c)}`);
  const timeCursors = [
    { at: '0000-01-01T00:00:00Z', id },
    { at: '9999-12-31T23:59:59Z', id },
    { at: '2026-01-01T00:00:00+14:00', id },
    { at: '0000-01-01T00:00:00Z', id, shared: 0 },
    { at: '0000-01-01T00:00:00Z', seq: 0 },
    { at: '2026-01-01T00:00:00Z', seq: 1e300 },
    { seq: 1e300 },
    { seq: 9007199254740991 },
    { o: 9007199254740991 },
    { date: '0000-01-01', id },
    { date: '2027-02-30', id },
    { date: '9999-12-31', id },
  ];
  const lists = [
    '/api/v1/introductions',
    '/api/v1/outbox',
    '/api/v1/needs',
    '/api/v1/offers',
    '/api/v1/imports',
    '/api/v1/referrals',
    `/api/v1/people/${id}/needs`,
    `/api/v1/people/${id}/offers`,
    `/api/v1/people/${id}/interactions`,
    '/api/v1/duplicates',
    '/api/v1/keep-in-touch/losing-touch',
    `/api/v1/people/${id}/referrals`,
  ];
  for (const c of timeCursors) for (const l of lists) await hit('tcursor', 'GET', `${l}?cursor=${b64(c)}`);
  // dates in query
  for (const d of [
    '0000-01-01',
    '9999-12-31',
    '2027-02-30',
    '10000-01-01',
    '-000001-01-01',
    '1900-01-01T00:00:00+14:00',
  ])
    for (const l of [
      '/api/v1/referrals?from=',
      '/api/v1/referrals?to=',
      '/api/v1/network?from=',
      '/api/v1/network?to=',
      '/api/v1/insights?from=',
      '/api/v1/insights?to=',
      '/api/v1/agenda?date=',
      '/api/v1/people?addedAfter=',
    ])
      await hit('qdate', 'GET', `${l}${encodeURIComponent(d)}`);
  // content-encoding
  const gz = gzipSync(Buffer.from(JSON.stringify({ name: 'Gzip Person' })));
  await hit('gzip', 'POST', '/api/v1/people', {
    body: gz,
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
  });
  await hit('gzip-bogus', 'POST', '/api/v1/people', {
    body: 'not gzip',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
  });
  await hit('br', 'POST', '/api/v1/people', {
    body: '{"name":"x"}',
    headers: { 'content-type': 'application/json', 'content-encoding': 'br' },
  });
  await hit('ct-charset', 'POST', '/api/v1/people', {
    body: '{"name":"x"}',
    headers: { 'content-type': 'application/json; charset=utf-16' },
  });
  await hit('no-ct', 'POST', '/api/v1/people', { body: '{"name":"x"}', headers: {} });
  await hit('empty', 'POST', '/api/v1/people', { body: '', headers: { 'content-type': 'application/json' } });
  await hit('longhdr', 'GET', '/api/v1/people', { headers: { 'x-long': 'a'.repeat(100000) } });
  await hit('auth-nul', 'GET', '/api/v1/people', { headers: { authorization: 'Bearer \u0001' } });
  await hit('cookie', 'GET', '/api/v1/people', {
    headers: { authorization: '', cookie: 'linchpin_session=%00; x=%E0' },
  });
  await hit('cookie2', 'GET', '/api/v1/people', {
    headers: { authorization: '', cookie: `linchpin_session=${'a'.repeat(100000)}` },
  });
  await hit('csrf', 'POST', '/api/v1/people', {
    body: '{"name":"x"}',
    headers: {
      authorization: '',
      'content-type': 'application/json',
      cookie: 'linchpin_session=x',
      'x-csrf-token': 'y',
    },
  });
  await hit('export', 'GET', '/api/v1/export?format=%00');
  await hit('export', 'GET', '/api/v1/export?format=json&format=csv');
  for (const q of [
    'q=%00',
    'q=%ED%A0%80',
    `q=${'a'.repeat(100000)}`,
    'q=%E2%80%8B',
    'q=a%CC%81%CC%81%CC%81%CC%81',
    'q=!:*&|()',
    "q=a'b:*",
    'q=%5C',
    'tag=a&tag=b',
    'tag=%00',
  ])
    for (const l of [
      '/api/v1/people',
      '/api/v1/needs',
      '/api/v1/offers',
      '/api/v1/tags',
      '/api/v1/network',
      '/api/v1/export',
    ])
      await hit('search', 'GET', `${l}?${q}`);
}, 600_000);
