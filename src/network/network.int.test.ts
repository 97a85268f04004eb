// GET /api/v1/network on a real database: which people and edges it answers, what each filter keeps, that
// deleted people take their edges with them, and that nothing crosses accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../test/app';
import { addPerson, post } from '../../test/introductions';
import { referrals } from '../db/schema';
import type { NetworkGraph } from './schema';

let t: TestApp;
let me: TestAccount;
const ids = {
  ada: '',
  bob: '',
  cleo: '',
  dan: '',
  eve: '',
  closed: '',
  draft: '',
  given: '',
  received: '',
  earned: '',
};

const graph = async (query: '' | `?${string}` = '', who: TestAccount = me) => {
  return bodyOf(await t.call('GET', `/api/v1/network${query}`, { token: who.token }), 200);
};
const edgeIds = (g: NetworkGraph) => g.edges.map((e) => e.id).sort();
const nodeIds = (g: NetworkGraph) => g.nodes.map((n) => n.id).sort();
const sorted = (...xs: string[]) => [...xs].sort();

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  ids.ada = (await addPerson(t, me, { name: 'Ada Investor', tags: ['investor'], trust: 5 })).id;
  ids.bob = (await addPerson(t, me, { name: 'Bob Founder', tags: ['founder'] })).id;
  ids.cleo = (await addPerson(t, me, { name: 'Cleo Designer', tags: ['design'] })).id;
  ids.dan = (await addPerson(t, me, { name: 'Dan Alone', tags: ['investor'] })).id;
  ids.eve = (await addPerson(t, me, { name: 'Eve Referrer' })).id;

  // Ada and Bob: introduced, then closed with business done.
  const closed = await post(t, me, '/api/v1/introductions', {
    personAId: ids.ada,
    personBId: ids.bob,
    kind: 'peers',
    reason: 'Both fund climate tools.',
  });
  ids.closed = bodyOf(closed, 201).id;
  const path = `/api/v1/introductions/${ids.closed}`;
  await post(t, me, `${path}/request`);
  await post(t, me, `${path}/answers`, { personId: ids.ada, answer: 'yes' });
  await post(t, me, `${path}/answers`, { personId: ids.bob, answer: 'yes' });
  expect((await post(t, me, `${path}/introduce`)).status).toBe(200);
  expect((await post(t, me, `${path}/outcome`, { outcome: 'business_done', value: 500 })).status).toBe(200);
  // Business done records a referral of its own (the ledger's rule): a second, referral edge Ada–Bob.
  const ledger = await t.call('GET', '/api/v1/referrals', { token: me.token });
  const earned = bodyOf(ledger, 200).items.find((r) => r.introductionId === ids.closed);
  if (!earned) throw new Error('business done recorded no referral');
  ids.earned = earned.id;
  // Bob and Cleo: only a draft, no outcome.
  ids.draft = bodyOf(
    await post(t, me, '/api/v1/introductions', {
      personAId: ids.bob,
      personBId: ids.cleo,
      kind: 'peers',
      reason: 'Cleo could design for Bob.',
    }),
    201,
  ).id;
  // The referrals API is another feature's; the rows are written as it would write them.
  const [given, received, toMe] = await t.database.db
    .insert(referrals)
    .values([
      // The connector sent Cleo to Ada.
      {
        accountId: me.id,
        direction: 'given',
        fromPersonId: ids.cleo,
        toPersonId: ids.ada,
        date: '2024-03-01',
      },
      // Eve sent the connector a client, Dan.
      {
        accountId: me.id,
        direction: 'received',
        referrerId: ids.eve,
        fromPersonId: ids.dan,
        date: '2025-06-15',
      },
      // Eve sent business to the connector with no client named: no second person, no edge.
      { accountId: me.id, direction: 'received', referrerId: ids.eve, date: '2025-07-01' },
    ])
    .returning();
  ids.given = given!.id;
  ids.received = received!.id;
  expect(toMe).toBeDefined();
});
afterAll(() => t.close());

describe('the network picture', () => {
  it('answers the people in introductions and referrals, with each edge and the degree it gives', async () => {
    const g = await graph();
    expect(edgeIds(g)).toEqual(sorted(ids.closed, ids.draft, ids.given, ids.received, ids.earned));
    const today = t.clock.now().toISOString().slice(0, 10);
    expect(g.edges.find((e) => e.id === ids.closed)).toEqual({
      id: ids.closed,
      source: ids.ada,
      target: ids.bob,
      kind: 'introduction',
      outcome: 'business_done',
      state: 'closed',
      date: today,
    });
    expect(g.edges.find((e) => e.id === ids.draft)).toMatchObject({
      outcome: null,
      state: 'draft',
      date: today,
    });
    expect(g.edges.find((e) => e.id === ids.given)).toEqual({
      id: ids.given,
      source: ids.cleo,
      target: ids.ada,
      kind: 'referral',
      outcome: null,
      state: 'open',
      date: '2024-03-01',
    });
    expect(g.edges.find((e) => e.id === ids.received)).toMatchObject({ source: ids.eve, target: ids.dan });
    // Edges oldest first.
    expect(g.edges.map((e) => e.date)).toEqual([...g.edges.map((e) => e.date)].sort());
    const degree = Object.fromEntries(g.nodes.map((n) => [n.name, n.degree]));
    expect(degree).toEqual({
      'Ada Investor': 3,
      'Bob Founder': 3,
      'Cleo Designer': 2,
      'Dan Alone': 1,
      'Eve Referrer': 1,
    });
    expect(g.nodes[0]).toEqual({
      id: ids.ada,
      name: 'Ada Investor',
      tags: ['investor'],
      trust: 5,
      degree: 3,
    });
  });

  it('adds people without an edge only with all=true', async () => {
    const lone = await addPerson(t, me, { name: 'Fay Nobody' });
    expect(nodeIds(await graph())).not.toContain(lone.id);
    const all = await graph('?all=true');
    expect(all.nodes.find((n) => n.id === lone.id)).toMatchObject({ degree: 0 });
    expect(all.nodes.at(-1)?.degree).toBe(0);
    expect(edgeIds(all)).toEqual(edgeIds(await graph()));
  });

  it('narrows introductions by outcome, leaving referrals, and edges by kind', async () => {
    expect(edgeIds(await graph('?outcome=business_done'))).toEqual(
      sorted(ids.closed, ids.given, ids.received, ids.earned),
    );
    expect(edgeIds(await graph('?outcome=none'))).toEqual(
      sorted(ids.draft, ids.given, ids.received, ids.earned),
    );
    expect(edgeIds(await graph('?outcome=none&outcome=business_done&kind=introduction'))).toEqual(
      sorted(ids.closed, ids.draft),
    );
    const referralsOnly = await graph('?kind=referral');
    expect(edgeIds(referralsOnly)).toEqual(sorted(ids.given, ids.received, ids.earned));
    expect(nodeIds(referralsOnly)).toEqual(sorted(ids.cleo, ids.ada, ids.bob, ids.eve, ids.dan));
  });

  it('keeps edges with a tagged person at either end, and edges within the time range', async () => {
    const investors = await graph('?tag=investor');
    // Ada's introduction and referral, Dan's referral; Bob–Cleo has no investor.
    expect(edgeIds(investors)).toEqual(sorted(ids.closed, ids.given, ids.received, ids.earned));
    // With all=true, Dan and Ada (tagged) and the other ends of their edges.
    expect(nodeIds(await graph('?tag=investor&all=true'))).toEqual(nodeIds(investors));
    expect(edgeIds(await graph('?tag=design&tag=investor'))).toHaveLength(5);
    expect(edgeIds(await graph('?from=2024-01-01&to=2024-12-31'))).toEqual([ids.given]);
    expect(edgeIds(await graph('?from=2025-06-15&to=2025-06-15'))).toEqual([ids.received]);
    const today = t.clock.now().toISOString().slice(0, 10);
    expect(edgeIds(await graph(`?from=${today}`))).toEqual(sorted(ids.closed, ids.draft, ids.earned));
  });

  it('refuses a range that ends before it starts and unknown outcomes, naming the parameter', async () => {
    const backwards = await t.call('GET', '/api/v1/network?from=2025-02-01&to=2025-01-01', {
      token: me.token,
    });
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('to');
    const outcome = await t.call('GET', '/api/v1/network?outcome=great', { token: me.token });
    expect(outcome.status).toBe(400);
    expect(JSON.stringify(outcome.body)).toContain('outcome');
  });

  it('shows nothing of one account to another', async () => {
    const other = await t.account();
    expect(await graph('?all=true', other)).toEqual({ nodes: [], edges: [] });
    const theirs = await addPerson(t, other, { name: 'Gus Other', tags: ['investor'] });
    const g = await graph('?all=true&tag=investor', other);
    expect(nodeIds(g)).toEqual([theirs.id]);
    expect(g.edges).toEqual([]);
    expect(nodeIds(await graph('?all=true'))).not.toContain(theirs.id);
  });

  it('leaves out a deleted person and every edge that touches them', async () => {
    const before = await graph();
    expect(nodeIds(before)).toContain(ids.cleo);
    const del = await t.call('DELETE', `/api/v1/people/${ids.cleo}?introductions=cancel`, {
      token: me.token,
    });
    expect(del.status).toBe(204);
    const after = await graph('?all=true');
    expect(nodeIds(after)).not.toContain(ids.cleo);
    expect(edgeIds(after)).toEqual(sorted(ids.closed, ids.received, ids.earned));
  });
});
