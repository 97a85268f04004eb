import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyOf,
  type Called,
  createTestApp,
  expectStatus,
  type TestAccount,
  type TestApp,
} from '../../test/app';
import { needInput, offerInput, personInput } from '../../test/factories';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

const post = <P extends string>(path: P, body: unknown) => t.call('POST', path, { token: me.token, body });
const get = <P extends string>(path: P) => t.call('GET', path, { token: me.token });

describe('people', () => {
  it('creates a person with every field and reads it back', async () => {
    const input = personInput({
      name: 'Grace Hopper',
      emails: ['Grace@Navy.MIL'],
      location: 'Arlington',
      links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/grace' }],
      vouchCriteria: [{ label: 'worked with them', met: true }, { label: 'checked references' }],
      privateNotes: 'Met at the 1983 conference',
      caveats: [{ text: 'Slow to answer email' }],
      introPreferences: { askFirst: true, maxRequestsPerMonth: 2, valuedHelp: ['hiring'] },
      keepInTouch: { idealDays: 30, maxDays: 90 },
    });
    const created = await post('/api/v1/people', input);
    expectStatus(created, 201);
    expect(created.body).toMatchObject({
      name: 'Grace Hopper',
      emails: ['grace@navy.mil'],
      vouchCriteria: [
        { label: 'worked with them', met: true },
        { label: 'checked references', met: false },
      ],
      introPreferences: {
        askFirst: true,
        maxRequestsPerMonth: 2,
        doNotIntroduce: false,
        valuedHelp: ['hiring'],
      },
      keepInTouch: { idealDays: 30, maxDays: 90 },
    });
    expect(created.body.caveats[0]).toEqual({ id: expect.any(String), text: 'Slow to answer email' });
    const read = await get(`/api/v1/people/${created.body.id}`);
    expect(read.body).toEqual(created.body);
  });

  it('patches only the given fields and keeps caveat ids that are sent back', async () => {
    const p = bodyOf(
      await post('/api/v1/people', personInput({ caveats: [{ text: 'Pitches too hard' }] })),
      201,
    );
    const caveat = p.caveats[0];
    if (!caveat) throw new Error('the caveat was not kept');
    const res = await t.call('PATCH', `/api/v1/people/${p.id}`, {
      token: me.token,
      body: { trust: 5, caveats: [caveat, { text: 'Often late' }] },
    });
    expectStatus(res, 200);
    expect(res.body.trust).toBe(5);
    expect(res.body.name).toBe(p.name);
    expect(res.body.caveats[0]).toEqual(caveat);
    expect(res.body.caveats[1]?.id).not.toBe(caveat.id);
  });

  it('deletes a person with their needs, and then answers 404', async () => {
    const p = bodyOf(await post('/api/v1/people', personInput()), 201);
    const need = bodyOf(await post(`/api/v1/people/${p.id}/needs`, needInput()), 201);
    expect((await t.call('DELETE', `/api/v1/people/${p.id}`, { token: me.token })).status).toBe(204);
    expect((await get(`/api/v1/people/${p.id}`)).status).toBe(404);
    expect((await get(`/api/v1/needs/${need.id}`)).status).toBe(404);
  });
});

describe('search', () => {
  let ids: Record<string, string>;
  let searcher: TestAccount;
  const as = <P extends string>(path: P) => t.call('GET', path, { token: searcher.token });

  beforeAll(async () => {
    searcher = await t.account();
    const mk = async (key: string, body: Record<string, unknown>) => {
      const r = await t.call('POST', '/api/v1/people', { token: searcher.token, body: personInput(body) });
      return [key, bodyOf(r, 201).id] as const;
    };
    ids = Object.fromEntries(
      await Promise.all([
        mk('ada', {
          name: 'Ada Lovelace',
          company: 'Analytical Engines',
          tags: ['math', 'founder'],
          blurb: 'Writes programs',
        }),
        mk('alan', { name: 'Alan Turing', company: 'Bletchley Park', tags: ['math'], blurb: 'Breaks codes' }),
        mk('linus', {
          name: 'Linus T',
          company: 'Kernel Co',
          tags: ['oss'],
          blurb: 'Maintains a kernel',
          emails: ['linus@kernel.example'],
        }),
      ]),
    );
    const pid = ids.linus!;
    await t.call('POST', `/api/v1/people/${pid}/needs`, {
      token: searcher.token,
      body: needInput({ text: 'Looking for a patent lawyer' }),
    });
    await t.call('POST', `/api/v1/people/${ids.alan}/offers`, {
      token: searcher.token,
      body: offerInput({ text: 'Mentors cryptographers' }),
    });
  });

  const names = (r: Called<'GET', `/api/v1/people?${string}`>) =>
    bodyOf(r, 200).items.map((p) => Object.entries(ids).find(([, id]) => id === p.id)?.[0]);

  it('finds by name prefix', async () => {
    expect(names(await as('/api/v1/people?q=lov'))).toEqual(['ada']);
  });

  it('finds by company, tag and email words', async () => {
    expect(names(await as('/api/v1/people?q=bletchley'))).toEqual(['alan']);
    expect(names(await as('/api/v1/people?q=kernel.example'))).toEqual(['linus']);
    expect(names(await as('/api/v1/people?tag=math')).sort()).toEqual(['ada', 'alan']);
    expect(names(await as('/api/v1/people?tag=math&tag=founder'))).toEqual(['ada']);
    expect(names(await as('/api/v1/people?company=engines'))).toEqual(['ada']);
  });

  it('finds by the text of needs and offers, stemmed', async () => {
    expect(names(await as('/api/v1/people?q=lawyers'))).toEqual(['linus']);
    expect(names(await as('/api/v1/people?q=mentoring%20cryptographer'))).toEqual(['alan']);
  });

  it('re-indexes when a need changes', async () => {
    const need = bodyOf(await as(`/api/v1/people/${ids.linus}/needs`), 200).items[0];
    if (!need) throw new Error('Linus has no need');
    await t.call('PATCH', `/api/v1/needs/${need.id}`, {
      token: searcher.token,
      body: { text: 'Wants a designer' },
    });
    expect(names(await as('/api/v1/people?q=lawyer'))).toEqual([]);
    expect(names(await as('/api/v1/people?q=designer'))).toEqual(['linus']);
  });

  it('finds nothing for punctuation-only queries, without an error', async () => {
    const r = await as(`/api/v1/people?q=${encodeURIComponent("'&|!:*()")}`);
    expectStatus(r, 200);
    expect(r.body.items).toEqual([]);
  });
});

describe('pagination', () => {
  it('walks every person exactly once, in name order, with and without a query', async () => {
    const pager = await t.account();
    // In name order, ignoring case ("Pat b1" before "Pat C2"); created in reverse so that creation order
    // or ids cannot pass for name order. All match "pat" equally, so the query ranks them by name too.
    const inNameOrder = Array.from({ length: 23 }, (_, i) => {
      const letter = String.fromCharCode(65 + i);
      return `Pat ${i % 2 ? letter.toLowerCase() : letter}${i}`;
    });
    for (const name of [...inNameOrder].reverse())
      await t.call('POST', '/api/v1/people', { token: pager.token, body: personInput({ name }) });
    for (const q of ['', '&q=pat']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const path: `/api/v1/people?${string}` = `/api/v1/people?limit=5${q}${cursor ? `&cursor=${cursor}` : ''}`;
        const r = await t.call('GET', path, { token: pager.token });
        expectStatus(r, 200);
        expect(r.body.items.length).toBeLessThanOrEqual(5);
        seen.push(...r.body.items.map((p) => p.name));
        cursor = r.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(inNameOrder);
    }
  });

  it('rejects a forged cursor with 400 naming the cursor', async () => {
    const r = await get('/api/v1/people?cursor=not-a-cursor');
    expectStatus(r, 400);
    expect(r.body.errors?.[0]?.field).toBe('cursor');
  });
});
