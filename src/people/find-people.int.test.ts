// Finding people (issue 11): accents and typos forgiven, a total, four sorts paged by keyset, filters by
// tag, source, open need and open introduction, and acting on many people at once with undo.
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { interactionInput, needInput } from '../../test/factories';
import { addPerson, propose } from '../../test/introductions';
import { imports, people } from '../db/schema';
import { BULK_MAX_IDS, BulkRequest } from './list-schema';
import type { Person } from './schema';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const list = async (me: TestAccount, query: string) =>
  bodyOf(await t.call('GET', `/api/v1/people?${query}`, { token: me.token }), 200);
type Page = Awaited<ReturnType<typeof list>>;
const namesOf = (page: Page) => page.items.map((p) => p.name);
const bulk = (me: TestAccount, body: unknown) =>
  t.call('POST', '/api/v1/people/bulk', { token: me.token, body });

describe('search forgives accents, case and typos', () => {
  let me: TestAccount;
  const garcias = ['José García', 'María García López', 'Ana GARCÍA', 'Luis Garcia', 'Pilar García-Ruiz'];
  beforeAll(async () => {
    me = await t.account();
    for (const name of [
      ...garcias,
      'Hans Müller',
      'Zoë Kravitz',
      'Íñigo Ñúñez',
      'Martin Ørsted',
      'John Smith',
      'Smtih Jonhsen',
      'Jon Smithers',
      'Jane Doe',
      'Jean-Luc Moreau',
      "Siobhán O'Brien",
    ])
      await addPerson(t, me, { name });
  });

  it('finds a name written in parts typed as one word: "jeanluc" is Jean-Luc, "obrien" O\'Brien', async () => {
    expect(namesOf(await list(me, 'q=jeanluc'))).toEqual(['Jean-Luc Moreau']);
    expect(namesOf(await list(me, 'q=obrien'))).toEqual(["Siobhán O'Brien"]);
  });

  it('finds every García by "garcia", whatever the accents and case of either side', async () => {
    for (const q of ['garcia', 'GARCIA', 'garcía', 'Garc']) {
      const page = await list(me, `q=${encodeURIComponent(q)}`);
      expect(namesOf(page).sort()).toEqual([...garcias].sort());
      expect(page.total).toBe(garcias.length);
    }
  });

  it('finds Müller by "muller", Zoë by "zoe", Ñúñez by "nunez" and Ørsted by "orsted"', async () => {
    expect(namesOf(await list(me, 'q=muller'))).toEqual(['Hans Müller']);
    expect(namesOf(await list(me, 'q=zoe'))).toEqual(['Zoë Kravitz']);
    expect(namesOf(await list(me, 'q=inigo%20nunez'))).toEqual(['Íñigo Ñúñez']);
    expect(namesOf(await list(me, 'q=orsted'))).toEqual(['Martin Ørsted']);
  });

  it('finds John Smith by "jonh smtih", after the people whose words match as typed', async () => {
    const page = await list(me, 'q=jonh%20smtih');
    // "Smtih Jonhsen" holds both typed words (one as a word's start): an exact match, so first.
    expect(namesOf(page).slice(0, 2)).toEqual(['Smtih Jonhsen', 'John Smith']);
    expect(namesOf(page)).not.toContain('Jane Doe');
    expect(page.total).toBe(page.items.length);
  });

  it('forgives a typo in a single word: "garsia", "mueller", "krawitz"', async () => {
    expect(namesOf(await list(me, 'q=garsia')).sort()).toEqual([...garcias].sort());
    expect(namesOf(await list(me, 'q=mueller'))).toEqual(['Hans Müller']);
    expect(namesOf(await list(me, 'q=krawitz'))).toEqual(['Zoë Kravitz']);
  });

  it('pages exact and typo matches together, each person once', async () => {
    const all = namesOf(await list(me, 'q=jonh%20smtih&limit=200'));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(me, `q=jonh%20smtih&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...namesOf(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });
});

describe('sorting pages by keyset in every order', () => {
  let me: TestAccount;
  beforeAll(async () => {
    me = await t.account();
    // Ties on purpose: few trust values, shared contact days, repeated names, and some with neither.
    for (let i = 0; i < 24; i++) {
      const person = await addPerson(t, me, {
        name: `${['Ana', 'bo', 'Émile', 'ana'][i % 4]} ${['Lee', 'lee', 'Ng'][i % 3]}`,
        trust: i % 5 === 0 ? null : (i % 3) + 2,
      });
      if (i % 4 !== 0) {
        await t.call('POST', `/api/v1/people/${person.id}/interactions`, {
          token: me.token,
          body: interactionInput({ occurredAt: `2026-0${(i % 3) + 1}-10` }),
        });
      }
    }
  });

  const keyOf: Record<string, (p: Person) => number> = {
    'last-contact': (p) => (p.keepInTouch.lastContactAt ? Date.parse(p.keepInTouch.lastContactAt) : -1e15),
    trust: (p) => p.trust ?? 0,
    added: (p) => Date.parse(p.createdAt),
  };

  it('walks every page size to the same sequence as one page, in key order, for each sort and direction', async () => {
    const orders = ['name', 'last-contact', 'trust', 'added'].flatMap((sort) =>
      ['asc', 'desc'].map((direction) => ({ sort, direction })),
    );
    for (const { sort, direction } of orders) {
      const whole = await list(me, `sort=${sort}&direction=${direction}&limit=200`);
      expect(whole.total).toBe(24);
      expect(whole.items).toHaveLength(24);
      const key = keyOf[sort];
      if (key) {
        const keys = whole.items.map(key);
        const sorted = [...keys].sort((a, b) => (direction === 'asc' ? a - b : b - a));
        expect(keys).toEqual(sorted);
      }
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 9 }), async (limit) => {
          const seen: string[] = [];
          let cursor: string | null = null;
          do {
            const page: Page = await list(
              me,
              `sort=${sort}&direction=${direction}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
            );
            expect(page.total).toBe(24);
            seen.push(...page.items.map((p) => p.id));
            cursor = page.nextCursor;
          } while (cursor);
          expect(seen).toEqual(whole.items.map((p) => p.id));
        }),
        { numRuns: 4 },
      );
    }
  });

  it('refuses a cursor from another order', async () => {
    const first = await list(me, 'sort=trust&limit=2');
    const r = await t.call('GET', `/api/v1/people?sort=name&limit=2&cursor=${first.nextCursor}`, {
      token: me.token,
    });
    expectStatus(r, 400);
    expect(r.body.errors?.[0]?.field).toBe('cursor');
  });
});

describe('filters and sources', () => {
  let me: TestAccount;
  let importId: string;
  let ids: Record<string, string>;
  beforeAll(async () => {
    me = await t.account();
    const p = async (name: string) => (await addPerson(t, me, { name })).id;
    ids = { hand: await p('Hand Made'), imp1: await p('Imported One'), imp2: await p('Imported Two') };
    const [row] = await t.database.db
      .insert(imports)
      .values({
        accountId: me.id,
        status: 'succeeded',
        format: 'linkedin',
        fileName: 'contacts.csv',
        createdAt: new Date('2026-12-06T12:00:00Z'),
      })
      .returning();
    importId = row!.id;
    for (const id of [ids.imp1!, ids.imp2!])
      await t.database.db
        .update(people)
        .set({ sourceKind: 'import', sourceImportId: importId })
        .where(eq(people.id, id));
    await t.call('POST', `/api/v1/people/${ids.imp1}/needs`, { token: me.token, body: needInput() });
    const { a } = await propose(t, me);
    ids.inIntro = a.id;
  });

  it('lists where people came from, in words, with counts', async () => {
    const r = await t.call('GET', '/api/v1/people/sources', { token: me.token });
    expectStatus(r, 200);
    expect(r.body.items).toEqual([
      {
        key: importId,
        kind: 'import',
        importId,
        label: 'LinkedIn import (contacts.csv), 6 Dec 2026',
        count: 2,
      },
      { key: 'hand', kind: 'hand', importId: null, label: 'Added by hand', count: 3 },
    ]);
  });

  it('filters by source, open need and open introduction, with the total', async () => {
    const fromImport = await list(me, `source=${importId}`);
    expect(namesOf(fromImport)).toEqual(['Imported One', 'Imported Two']);
    expect(fromImport.total).toBe(2);
    expect((await list(me, 'source=hand')).total).toBe(3);
    expect(namesOf(await list(me, 'hasOpenNeed=true'))).toEqual(['Imported One']);
    expect((await list(me, 'hasOpenNeed=false')).total).toBe(4);
    expect(namesOf(await list(me, 'inOpenIntroduction=true')).sort()).toEqual([
      'Alice Seeker',
      'Bob Provider',
    ]);
    expect(namesOf(await list(me, `source=${importId}&hasOpenNeed=false`))).toEqual(['Imported Two']);
  });

  it('refuses a source that is neither a kind nor an import id', async () => {
    const r = await t.call('GET', '/api/v1/people?source=linkedin', { token: me.token });
    expect(r.status).toBe(400);
  });
});

describe('bulk actions', () => {
  let me: TestAccount;
  let crew: Person[];
  beforeAll(async () => {
    me = await t.account();
    crew = [];
    for (const [i, name] of ['Ada One', 'Ada Two', 'Ada Three', 'Bea Four'].entries())
      crew.push(await addPerson(t, me, { name, tags: i === 0 ? ['vip'] : [], trust: i + 1 }));
  });
  const get = async (id: string) =>
    bodyOf(await t.call('GET', `/api/v1/people/${id}`, { token: me.token }), 200);

  it('tags many at once and undoes it for exactly those who did not have the tag', async () => {
    const r = await bulk(me, {
      ids: crew.map((p) => p.id),
      action: { kind: 'tag', tags: ['vip', 'Friends'] },
    });
    expectStatus(r, 200);
    expect(r.body.matched).toBe(4);
    expect(r.body.affected).toBe(4);
    for (const p of crew) expect((await get(p.id)).tags).toEqual(expect.arrayContaining(['vip', 'friends']));
    expect((await list(me, 'q=friends')).total).toBe(4);
    for (const step of r.body.undo) expect((await bulk(me, step)).status).toBe(200);
    expect((await get(crew[0]!.id)).tags).toEqual(['vip']);
    expect((await get(crew[1]!.id)).tags).toEqual([]);
  });

  it('answers undo steps of at most 10,000 people each when a filter selects more, where one step of 10,001 ids was refused as too many', async () => {
    const many = await t.account();
    const n = BULK_MAX_IDS + 1;
    const first = await addPerson(t, many, { name: 'Contact 0' });
    // The others written directly, as copies of the first: 10,000 people through the API would take minutes.
    await t.database.db.execute(
      sql`insert into people (account_id, name, intro_preferences)
          select account_id, 'Contact ' || g, intro_preferences from people, generate_series(1, ${n - 1}) g
          where id = ${first.id}`,
    );
    const r = await bulk(many, { filter: {}, action: { kind: 'tag', tags: ['linkedin'] } });
    const { affected, undo } = bodyOf(r, 200);
    expect(affected).toBe(n);
    expect(undo.map((step) => step.ids.length)).toEqual([BULK_MAX_IDS, 1]);
    // Each step is a request the API takes (checked by its schema: 10,000 ids exceed the test app's 100 kB
    // body limit, not the server's 1 MB).
    for (const step of undo) expect(BulkRequest.safeParse(step).success).toBe(true);
  }, 120_000);

  it('refuses, naming the field and writing nothing, to tag anyone past the 50 tags a person may have', async () => {
    const full = Array.from({ length: 49 }, (_, i) => `kept${i}`);
    const near = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: { name: 'Tag Full', tags: full } }),
      201,
    );
    const roomy = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: { name: 'Tag Roomy', tags: [] } }),
      201,
    );
    const over = await bulk(me, {
      ids: [near.id, roomy.id],
      action: { kind: 'tag', tags: ['kept0', 'one more', 'two more'] },
    });
    expectStatus(over, 422);
    expect(over.body.errors?.map((e) => e.field)).toEqual(['action.tags']);
    expect(over.body.detail).toContain('Tag Full');
    expect((await get(near.id)).tags).toEqual(full);
    expect((await get(roomy.id)).tags).toEqual([]);
    // A tag already carried takes no room: this brings Tag Full to exactly 50.
    const fits = await bulk(me, {
      ids: [near.id, roomy.id],
      action: { kind: 'tag', tags: ['kept0', 'one more'] },
    });
    expectStatus(fits, 200);
    expect((await get(near.id)).tags).toHaveLength(50);
    // Every tag can still be saved as the person page sends them.
    const same = await t.call('PATCH', `/api/v1/people/${near.id}`, {
      token: me.token,
      body: { tags: (await get(near.id)).tags },
    });
    expectStatus(same, 200);
  });

  it('sets trust for everyone a filter matches, and undo gives each their own trust back', async () => {
    const r = await bulk(me, { filter: { q: 'ada' }, action: { kind: 'set-trust', trust: 5 } });
    expectStatus(r, 200);
    expect(r.body).toMatchObject({ matched: 3, affected: 3 });
    expect((await get(crew[3]!.id)).trust).toBe(4);
    for (const step of r.body.undo) await bulk(me, step);
    expect(await Promise.all(crew.map(async (p) => (await get(p.id)).trust))).toEqual([1, 2, 3, 4]);
  });

  it('deletes only with the confirmed count, and says so when it differs', async () => {
    const wrong = await bulk(me, { filter: { q: 'ada' }, action: { kind: 'delete', confirmCount: 2 } });
    expect(wrong.status).toBe(409);
    expect((await list(me, 'q=ada')).total).toBe(3);
    const ok = await bulk(me, {
      ids: [crew[1]!.id, crew[2]!.id],
      action: { kind: 'delete', confirmCount: 2 },
    });
    expect(ok.body).toMatchObject({ affected: 2, undo: [] });
    expect((await t.call('GET', `/api/v1/people/${crew[1]!.id}`, { token: me.token })).status).toBe(404);
  });

  it('refuses to delete people in introductions unless told to cancel them', async () => {
    const { a, intro } = await propose(t, me);
    const body = { ids: [a.id], action: { kind: 'delete', confirmCount: 1 } };
    expect((await bulk(me, body)).status).toBe(409);
    const ok = await bulk(me, { ...body, action: { ...body.action, cancelIntroductions: true } });
    expect(ok.status).toBe(200);
    const detail = await t.call('GET', `/api/v1/introductions/${intro.id}`, { token: me.token });
    expect(bodyOf(detail, 200).state).toBe('cancelled');
  });

  it("leaves another account's people alone", async () => {
    const other = await t.account();
    const r = await bulk(other, { ids: [crew[0]!.id], action: { kind: 'tag', tags: ['taken'] } });
    expect(r.body).toMatchObject({ matched: 0, affected: 0 });
    expect((await get(crew[0]!.id)).tags).toEqual(['vip']);
  });
});
