import { afterAll, beforeAll, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../app';
import { seedOneOfEach } from '../one-of-each';

let t: TestApp;
let src: TestAccount;
let good: { tables: Record<string, Record<string, unknown>[]> };
beforeAll(async () => {
  t = await createTestApp();
  src = await t.account();
  await seedOneOfEach(t, src);
  const res = await t.app.request('/api/v1/export?format=json', {
    headers: { authorization: `Bearer ${src.token}` },
  });
  good = JSON.parse(await res.text());
});
afterAll(() => t?.close());

it('probe restore', async () => {
  const values: unknown[] = [
    '0000-01-01T00:00:00.000Z',
    '0000-01-01',
    '2027-02-30',
    '2027-02-30T00:00:00.000Z',
    'a\u0000b',
    '\uD800',
    1e308,
    -1,
    2 ** 53,
    1.5,
    [],
    {},
    null,
    true,
    'x'.repeat(100_000),
    '00000000-0000-4000-8000-000000000000',
  ];
  console.log(
    'tables',
    Object.entries(good.tables)
      .map(([k, v]) => `${k}:${v.length}`)
      .join(' '),
  );
  let n = 0;
  for (const [table, rows] of Object.entries(good.tables)) {
    if (!rows.length) continue;
    for (const col of Object.keys(rows[0]!)) {
      for (const value of values) {
        const doc = structuredClone(good);
        doc.tables[table]![0]![col] = value;
        const who = await t.account(`r${n++}@example.com`);
        const res = await t.app.request('/api/v1/restore', {
          method: 'POST',
          headers: { authorization: `Bearer ${who.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(doc),
        });
        const text = await res.text();
        if (res.status >= 500)
          console.log(
            `${res.status} ${table}.${col}=${JSON.stringify(value).slice(0, 40)} ${text.slice(0, 200)}`,
          );
        if (res.status < 300 && value !== null && JSON.stringify(value) !== JSON.stringify(rows[0]![col]))
          console.log(`OK? ${res.status} ${table}.${col}=${JSON.stringify(value).slice(0, 40)}`);
      }
    }
  }
}, 1_200_000);
