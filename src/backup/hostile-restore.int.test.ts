// A restore trusts nothing in the file: every row passes the API's schemas, photos are images, ids stay
// inside the backup, and any violation refuses the whole file with a report naming table, row and field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import { importFile } from '../../test/imports';
import { propose } from '../../test/introductions';
import { seedOneOfEach } from '../../test/one-of-each';

let t: TestApp;
let source: TestAccount;
let victim: TestAccount;
let victimPersonId: string;
let good: { format: string; version: number; tables: Record<string, Record<string, unknown>[]> };

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3, 4, 5]);

beforeAll(async () => {
  t = await createTestApp();
  source = await t.account('source@example.com');
  victim = await t.account('victim@example.com');
  const v = await t.call('POST', '/api/v1/people', {
    token: victim.token,
    body: personInput({ name: 'Victim' }),
  });
  victimPersonId = bodyOf(v, 201).id;
  await t.call('POST', '/api/v1/people', {
    token: source.token,
    body: personInput({ name: 'Grace Hopper' }),
  });
  const { intro } = await propose(t, source);
  await t.call('POST', `/api/v1/introductions/${intro.id}/request`, { token: source.token });
  const vcard = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo Person\r\nPHOTO;ENCODING=b;TYPE=JPEG:${JPEG.toString('base64')}\r\nEND:VCARD\r\n`;
  await importFile(t, source, vcard, { keepPhotos: 'true' });
  const res = await t.app.request('/api/v1/export?format=json', {
    headers: { authorization: `Bearer ${source.token}` },
  });
  good = JSON.parse(await res.text());
});
afterAll(() => t.close());

/** A fresh, empty account to restore into. */
async function emptyAccount() {
  return t.account(`fresh-${Math.random().toString(36).slice(2)}@example.com`);
}

const restore = (who: TestAccount, doc: unknown) =>
  t.call('POST', '/api/v1/restore', {
    token: who.token,
    rawBody: JSON.stringify(doc),
    headers: { 'content-type': 'application/json' },
  });

/** The good backup (or `from`) with one table's first row changed. */
function withRow(
  table: string,
  change: (row: Record<string, unknown>) => Record<string, unknown>,
  from: typeof good = good,
) {
  const doc = structuredClone(from);
  const rows = doc.tables[table]!;
  rows[0] = change(rows[0]!);
  return doc;
}

async function expectRefused(doc: unknown, field: string, message: RegExp) {
  const who = await emptyAccount();
  const res = await restore(who, doc);
  expectStatus(res, 422, JSON.stringify(res.body));
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body.errors).toEqual(
    expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]),
  );
  // Nothing partial: the account is still empty.
  const people = await t.call('GET', '/api/v1/people', { token: who.token });
  expect(bodyOf(people, 200).items).toEqual([]);
  return res;
}

/** Each change of the first row of `table` (of `from`) refused, naming the field it breaks. */
async function expectEachRefused(
  table: string,
  cases: readonly (readonly [string, unknown, string])[],
  from: typeof good = good,
) {
  for (const [field, value, named] of cases) {
    await expectRefused(
      withRow(table, (r) => ({ ...r, [field]: value }), from),
      `tables.${table}[0].${named}`,
      /./,
    );
  }
}

describe('restoring a hostile backup', () => {
  it('restores the untouched backup (the rules refuse only what is wrong)', async () => {
    expect((await restore(await emptyAccount(), good)).status).toBe(200);
  });

  it('refuses an email whose recipients, headers or links are not in the shape the outbox reads, so the outbox never answers 500', async () => {
    expect(good.tables.outbox_messages!.length).toBeGreaterThanOrEqual(1);
    await expectEachRefused('outbox_messages', [
      ['to', 'not a list', 'to'],
      ['from', ['someone@example.com'], 'from'],
      ['headers', { 'X-Count': 3 }, 'headers.X-Count'],
      ['links', [{ label: 'Yes', url: 42 }], 'links[0].url'],
    ]);
  });

  it('refuses an introduction whose caveats, personal lines, follow-up answers or outcome are not in the shape Today reads', async () => {
    await expectEachRefused('introductions', [
      ['followUpAnswers', 'x', 'followUpAnswers'],
      ['disclosedCaveats', { a: 1 }, 'disclosedCaveats'],
      ['personalLines', { introduction: 5 }, 'personalLines.introduction'],
      ['outcome', { kind: 'won' }, 'outcome.kind'],
    ]);
  });

  it('refuses javascript: and data: links', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      await expectRefused(
        withRow('people', (r) => ({ ...r, links: [{ kind: 'website', url }] })),
        'tables.people[0].links[0].url',
        /http/,
      );
    }
  });

  it('refuses an invalid email, trust 99, and CR/LF or bidi overrides in a name', async () => {
    await expectRefused(
      withRow('people', (r) => ({ ...r, emails: ['not an email'] })),
      'tables.people[0].emails[0]',
      /email/,
    );
    await expectRefused(
      withRow('people', (r) => ({ ...r, trust: 99 })),
      'tables.people[0].trust',
      /1 to 5/,
    );
    await expectRefused(
      withRow('people', (r) => ({ ...r, name: 'Eve\r\nBcc: all@example.com' })),
      'tables.people[0].name',
      /single line/,
    );
    await expectRefused(
      withRow('people', (r) => ({ ...r, name: 'Eve\u202Egnp.exe' })),
      'tables.people[0].name',
      /./,
    );
  });

  it('refuses an introduction in a state or with a consent record the state machine never writes', async () => {
    await expectRefused(
      withRow('introductions', (r) => ({ ...r, state: 'hacked' })),
      'tables.introductions[0].state',
      /./,
    );
    await expectRefused(
      withRow('introductions', (r) => ({
        ...r,
        consentA: { status: 'yes', at: 'yesterday', channel: 'fax' },
      })),
      'tables.introductions[0].consentA.at',
      /./,
    );
  });

  it('refuses an introduction of a person to themselves, which the API never writes (both answers then went to one person and it could never be sent)', async () => {
    await expectRefused(
      withRow('introductions', (r) => ({ ...r, personBId: r.personAId })),
      'tables.introductions[0].personBId',
      /^a person cannot be introduced to themselves$/,
    );
  });

  it('refuses an introduction falling due in 1970', async () => {
    await expectRefused(
      withRow('introductions', (r) => ({ ...r, nextDueAt: '1970-01-01T00:00:00.000Z' })),
      'tables.introductions[0].nextDueAt',
      /between 2000/,
    );
  });

  it('refuses a photo that is not one of the allowed image types, or whose bytes are not that image', async () => {
    const html = Buffer.from('<script src="/api/v1/people/x/photo"></script>').toString('base64');
    await expectRefused(
      withRow('person_photos', (r) => ({ ...r, mediaType: 'text/html', data: html })),
      'tables.person_photos[0].mediaType',
      /image\/png/,
    );
    await expectRefused(
      withRow('person_photos', (r) => ({ ...r, mediaType: 'image/png', data: html })),
      'tables.person_photos[0].data',
      /image of type image\/png/,
    );
  });

  it('names the version a backup has, where "1" as text read "restores backups of version 1; the file has 1"', async () => {
    for (const [version, said] of [
      ['1', 'the file has "1"'],
      [2, 'the file has 2'],
      [undefined, 'the file has none'],
    ] as const) {
      await expectRefused({ ...good, version }, 'version', new RegExp(`version 1; ${said}$`));
    }
  });

  it('refuses two rows with one id (a row copied by hand), naming the copy, where it answered 409 "already exists in this instance"', async () => {
    for (const table of ['people', 'introductions']) {
      const doc = structuredClone(good);
      const rows = doc.tables[table]!;
      rows.push({ ...rows[0]! });
      const res = await expectRefused(
        doc,
        `tables.${table}[${rows.length - 1}].id`,
        new RegExp(`is also the id of tables\\.${table}\\[0\\]`),
      );
      expect(res.body.detail).not.toContain('already exists in this instance');
    }
  });

  it('refuses a row pointing into another account: a planted photo cannot take its slot', async () => {
    const doc = structuredClone(good);
    doc.tables.person_photos!.push({ ...doc.tables.person_photos![0]!, personId: victimPersonId });
    const index = doc.tables.person_photos!.length - 1;
    await expectRefused(doc, `tables.person_photos[${index}].personId`, /not in the backup/);
    const photo = await t.call('GET', `/api/v1/people/${victimPersonId}/photo`, { token: victim.token });
    expect(photo.status).toBe(404);
    await expectRefused(
      withRow('introductions', (r) => ({ ...r, personAId: victimPersonId })),
      'tables.introductions[0].personAId',
      /not in the backup/,
    );
  });

  it('refuses a referral or an introduction request the API would refuse, and a value outside its column', async () => {
    const full = await t.account('rules-of-every-table@example.com');
    await seedOneOfEach(t, full);
    const res = await t.app.request('/api/v1/export?format=json', {
      headers: { authorization: `Bearer ${full.token}` },
    });
    const doc: typeof good = JSON.parse(await res.text());
    const change = (table: string, field: string, value: unknown) => {
      const copy = structuredClone(doc);
      copy.tables[table]![0]![field] = value;
      return copy;
    };
    await expectRefused(
      change('referrals', 'currency', 'not a currency'),
      'tables.referrals[0].currency',
      /./,
    );
    await expectRefused(
      change('referrals', 'about', 'Eve \u202Eredaolnwod'),
      'tables.referrals[0].about',
      /./,
    );
    await expectRefused(change('referrals', 'status', 'stolen'), 'tables.referrals[0].status', /one of/);
    await expectRefused(
      change('referrals', 'estimatedValue', 1e15),
      'tables.referrals[0].estimatedValue',
      /./,
    );
    // Each field well-formed, the referral not: the rules the API applies to a whole referral.
    const changeAll = (table: string, fields: Record<string, unknown>) => {
      const copy = structuredClone(doc);
      Object.assign(copy.tables[table]![0]!, fields);
      return copy;
    };
    await expectRefused(
      changeAll('referrals', { status: 'open', closedValue: 500, currency: 'EUR' }),
      'tables.referrals[0].closedValue',
      /only recorded once the referral is won/,
    );
    await expectRefused(
      changeAll('referrals', { estimatedValue: 500, closedValue: null, currency: null }),
      'tables.referrals[0].currency',
      /required with a value/,
    );
    await expectRefused(
      change('intro_requests', 'requesterEmail', 'not an email'),
      'tables.intro_requests[0].requesterEmail',
      /./,
    );
    await expectRefused(
      change('intro_requests', 'status', 'hacked'),
      'tables.intro_requests[0].status',
      /one of/,
    );
  });

  it('reports every problem at once, naming table, row and field', async () => {
    const doc = withRow('people', (r) => ({ ...r, trust: 99, emails: ['x'] }));
    const res = await expectRefused(doc, 'tables.people[0].trust', /1 to 5/);
    expect(res.body.errors?.map((e) => e.field)).toContain('tables.people[0].emails[0]');
    expect(res.body.detail).toContain('nothing was restored');
  });

  it('refuses a non-empty account before reading the body', async () => {
    let pulls = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        if (pulls > 95) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const started = Date.now();
    const res = await t.app.request('/api/v1/restore', {
      method: 'POST',
      headers: { authorization: `Bearer ${victim.token}`, 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(409);
    expect(Date.now() - started).toBeLessThan(2000);
    // The stream may have been asked for its first chunk, never for the 95 MB.
    expect(pulls).toBeLessThanOrEqual(2);
  });
});

describe('the JSON and list columns the reads depend on', () => {
  /** A backup whose person has links, vouch criteria, caveats and preferences, with answers, outcomes and settings. */
  let full: typeof good;

  beforeAll(async () => {
    const owner = await t.account('json-columns@example.com');
    const ids = await seedOneOfEach(t, owner);
    const as = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
      t.call(method, path, { token: owner.token, body });
    const intro = `/api/v1/introductions/${ids.introduction}` as const;
    const steps = [
      await as('PATCH', `/api/v1/people/${ids.person}`, {
        links: [{ kind: 'website', url: 'https://example.com' }],
        vouchCriteria: [{ label: 'worked together', met: false }],
        caveats: [{ text: 'slow to answer' }],
        introPreferences: { valuedHelp: ['hiring'], maxRequestsPerMonth: 3 },
      }),
      await as('POST', `${intro}/request`),
      await as('POST', `${intro}/answers`, { personId: ids.person, answer: 'yes' }),
      await as('POST', `${intro}/answers`, { personId: ids.other, answer: 'yes' }),
      await as('POST', `${intro}/introduce`),
      await as('POST', `${intro}/outcome`, { outcome: 'met_helpful' }),
      await as('PUT', '/api/v1/matching/settings', { suggestionsPerWeek: 4, declineCooldownDays: 90 }),
      await as('PUT', '/api/v1/keep-in-touch/tags/founder', { idealDays: 7, maxDays: 14 }),
    ];
    for (const step of steps) expect(step.status, JSON.stringify(step.body)).toBeLessThan(300);
    const res = await t.app.request('/api/v1/export?format=json', {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    full = JSON.parse(await res.text());
    for (const table of ['consent_log', 'matching_settings', 'tag_cadences', 'introduction_outcomes'])
      expect(full.tables[table]?.length, table).toBeGreaterThan(0);
  });

  it('restores them untouched, and Today, the people, the introductions and the settings read back', async () => {
    const who = await emptyAccount();
    expectStatus(await restore(who, full), 200);
    for (const path of [
      '/api/v1/agenda',
      '/api/v1/introductions/agenda',
      '/api/v1/people',
      '/api/v1/introductions',
      '/api/v1/matching/settings',
      '/api/v1/keep-in-touch/tags',
    ] as const) {
      expect((await t.call('GET', path, { token: who.token })).status, path).toBe(200);
    }
  });

  it('restores a person whose links, vouch criteria and caveats are left out, as empty lists', async () => {
    const doc = withRow('people', ({ links: _l, vouchCriteria: _v, caveats: _c, ...rest }) => rest, full);
    const who = await emptyAccount();
    expectStatus(await restore(who, doc), 200, 'a column left out takes its default');
    const people = bodyOf(await t.call('GET', '/api/v1/people', { token: who.token }), 200).items;
    expect(people.some((p) => !p.links.length && !p.vouchCriteria.length && !p.caveats.length)).toBe(true);
  });

  it('refuses a person whose links, vouch criteria, caveats or introduction preferences are not in the shape the person pages and `people show` read', async () => {
    await expectEachRefused(
      'people',
      [
        ['links', 'x', 'links'],
        ['links', { a: 1 }, 'links'],
        ['links', [1], 'links[0]'],
        ['links', [{ url: 'https://example.com' }], 'links[0].kind'],
        ['vouchCriteria', 1, 'vouchCriteria'],
        ['vouchCriteria', [{ label: 'worked together' }], 'vouchCriteria[0].met'],
        ['caveats', [{ text: 'slow to answer' }], 'caveats[0].id'],
        ['introPreferences', null, 'introPreferences'],
        ['introPreferences', [1], 'introPreferences'],
        ['introPreferences', {}, 'introPreferences.valuedHelp'],
        ['introPreferences', { askFirst: true }, 'introPreferences.doNotIntroduce'],
      ],
      full,
    );
  });

  it('refuses a consent answer given through a channel Linchpin does not know, which made Today and the introductions agenda answer 500', async () => {
    await expectEachRefused(
      'consent_log',
      [
        ['channel', 'fax', 'channel'],
        ['channel', '', 'channel'],
      ],
      full,
    );
  });

  it('refuses matching settings and keep-in-touch cadences the settings could never have saved', async () => {
    await expectEachRefused(
      'matching_settings',
      [
        ['suggestionsPerWeek', 0, 'suggestionsPerWeek'],
        ['suggestionsPerWeek', 32_767, 'suggestionsPerWeek'],
        ['declineCooldownDays', -5, 'declineCooldownDays'],
      ],
      full,
    );
    await expectEachRefused(
      'tag_cadences',
      [
        ['idealDays', 0, 'idealDays'],
        ['maxDays', 1, 'maxDays'],
      ],
      full,
    );
  });
});

describe('a value nested deeper than any backup holds', () => {
  it('is refused naming the field, in every column that holds a list or JSON, where it answered 500 (the stack overflowed)', async () => {
    // Written as text: JSON.stringify itself overflows on such a value (JSON.parse does not).
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const who = await emptyAccount();
    let columns = 0;
    for (const [table, rows] of Object.entries(good.tables)) {
      const first = rows[0];
      if (!first) continue;
      for (const [column, value] of Object.entries(first)) {
        if (!value || typeof value !== 'object') continue;
        columns += 1;
        const doc = JSON.stringify(withRow(table, (r) => ({ ...r, [column]: 'DEEP' })));
        const res = await t.call('POST', '/api/v1/restore', {
          token: who.token,
          rawBody: doc.replace('"DEEP"', deep),
          headers: { 'content-type': 'application/json' },
        });
        expectStatus(res, 422, `${table}.${column} → ${JSON.stringify(res.body).slice(0, 300)}`);
        expect(res.body.errors?.[0]?.field).toBe(`tables.${table}[0].${column}`);
      }
    }
    expect(columns).toBeGreaterThan(5);
    expect(bodyOf(await t.call('GET', '/api/v1/people', { token: who.token }), 200).items).toEqual([]);
  });
});

describe('every column of every table', () => {
  it('refuses text no database holds, a missing required value and a day that does not exist, in any column, naming the row and writing nothing', async () => {
    // A backup with a row in every table the product writes in ordinary use.
    const full = await t.account('every-table@example.com');
    await seedOneOfEach(t, full);
    const res = await t.app.request('/api/v1/export?format=json', {
      headers: { authorization: `Bearer ${full.token}` },
    });
    const doc: typeof good = JSON.parse(await res.text());
    let who = await emptyAccount();
    let columns = 0;
    for (const [table, rows] of Object.entries(doc.tables)) {
      const first = rows[0];
      if (!first) continue;
      for (const [column, value] of Object.entries(first)) {
        columns += 1;
        /** Restores the backup with this column of the table's first row changed to `v`. */
        const restoreChanged = (v: unknown, what: string) => {
          const copy = structuredClone(doc);
          copy.tables[table]![0]![column] = v;
          return restore(who, copy).catch((error: Error) => {
            throw new Error(`${what}: ${error.message}`);
          });
        };
        const refusals: unknown[] = [];
        if (typeof value === 'string') refusals.push(`${value}\u0000`, `\uD800${value}`);
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value))
          refusals.push(`2027-02-30${value.slice(10)}`, `0000${value.slice(4)}`);
        if (value && typeof value === 'object') refusals.push(JSON.parse('{"a":"\\u0000"}'));
        for (const v of refusals) {
          const what = `${table}.${column} = ${JSON.stringify(v).slice(0, 60)}`;
          const r = await restoreChanged(v, what);
          expectStatus(r, 422, `${what} → ${JSON.stringify(r.body).slice(0, 300)}`);
          expect(
            r.body.errors?.map((e) => e.field).some((f) => f.startsWith(`tables.${table}[0]`)),
            `${what} → ${r.body.detail}`,
          ).toBe(true);
          expect(
            bodyOf(await t.call('GET', '/api/v1/people', { token: who.token }), 200).items,
            what,
          ).toEqual([]);
        }
        // A null is refused where the column needs a value, and restored where it does not.
        const r = await restoreChanged(null, `${table}.${column} = null`);
        expect(r.status, `${table}.${column} = null → ${JSON.stringify(r.body).slice(0, 300)}`).toBeLessThan(
          500,
        );
        if (r.status === 200) who = await emptyAccount();
      }
    }
    expect(columns).toBeGreaterThan(100);
  }, 300_000);
});

describe('serving photos', () => {
  it('serves with nosniff and a CSP that allows nothing, whatever the global headers say', async () => {
    const who = await emptyAccount();
    expect((await restore(who, good)).status).toBe(200);
    const found = await t.call('GET', '/api/v1/people?q=Photo', { token: who.token });
    const res = await t.app.request(`/api/v1/people/${bodyOf(found, 200).items[0]!.id}/photo`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });
});
