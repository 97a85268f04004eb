// `linchpin demo` end to end on a real database: the account, the rows, and what the API then shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestApp } from '../../test/app';
import { inProcessCli, lastWord } from '../../test/cli';
import { generateDemoNetwork } from './generator';

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
let token: string;

beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps);
});
afterAll(() => t.close());

/** Every item of a paged list; `page(query)` reads the page its `limit=…&cursor=…` query names. */
async function allPages<T>(
  page: (query: string) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const { items, nextCursor }: { items: T[]; nextCursor: string | null } = await page(
      `limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    out.push(...items);
    cursor = nextCursor;
  } while (cursor);
  return out;
}

const allPeople = (filter = '') =>
  allPages(async (query) => bodyOf(await t.call('GET', `/api/v1/people?${filter}${query}`, { token }), 200));

describe('linchpin demo', () => {
  it('creates the demo owner on an empty instance and loads the whole network', async () => {
    const r = await cli(['demo']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(
      /^Added a sample network to demo@example\.com: 240 people across 17 professions, \d+ needs \(\d+ open\), \d+ offers and \d+ interactions over the last two years\.\nIntroductions: 1 draft, 4 asking, 2 snoozed, 2 ready, 2 introduced, 1 following up, 5 closed, 1 declined, 1 expired, 1 cancelled\.\n/,
    );
    expect(r.stdout).toContain('Sign in with:  demo@example.com  /  linchpin-demo');
    expect(r.stdout).toContain('open http://127.0.0.1:4321');

    const signin = await t.call('POST', '/api/v1/auth/signin', {
      body: { email: 'demo@example.com', password: 'linchpin-demo' },
    });
    expectStatus(signin, 200);
    expect(signin.body.account?.role).toBe('owner');
    token = lastWord((await cli(['token', 'create'])).stdout);
  });

  it('stores exactly what the generator produced, searchable through the API', async () => {
    const expected = generateDemoNetwork({ seed: 1, now: t.clock.now() });
    const people = await allPeople();
    expect(people).toHaveLength(expected.people.length);
    expect(people.map((p) => p.name).sort()).toEqual(expected.people.map((p) => p.person.name).sort());

    // One person in full: profile, needs, offers and interactions.
    const sample = expected.people.find((p) => p.needs.length && p.offers.length && p.interactions.length)!;
    const stored = people.find((p) => p.name === sample.person.name)!;
    expect(stored).toMatchObject({
      ...sample.person,
      caveats: sample.person.caveats.map((c) => ({ text: c.text, id: expect.any(String) })),
    });
    const needs = await allPages(async (query) =>
      bodyOf(await t.call('GET', `/api/v1/people/${stored.id}/needs?${query}`, { token }), 200),
    );
    expect(needs.map((n) => n.text).sort()).toEqual(sample.needs.map((n) => n.input.text).sort());
    const interactions = await allPages(async (query) =>
      bodyOf(await t.call('GET', `/api/v1/people/${stored.id}/interactions?${query}`, { token }), 200),
    );
    expect(interactions.map((x) => x.occurredAt).sort()).toEqual(
      sample.interactions.map((x) => x.occurredAt).sort(),
    );

    // Tags and free text over needs and offers find people (the search documents were refreshed).
    const investors = await allPeople('tag=investor&');
    expect(investors.length).toBe(expected.people.filter((p) => p.person.tags.includes('investor')).length);
    const needText = sample.needs[0]!.input.text;
    const found = await t.call('GET', `/api/v1/people?q=${encodeURIComponent(needText)}&limit=50`, { token });
    expect(bodyOf(found, 200).items.map((p) => p.id)).toContain(stored.id);
  });

  it('refuses to mix the demo into an account that has people, unless forced', async () => {
    const again = await cli(['demo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('demo@example.com already has people');
    expect(again.stderr).toContain('--force');
    expect((await allPeople()).length).toBe(240);

    await t.account('empty@example.com');
    const other = await cli(['demo', '--account', 'empty@example.com', '--seed', '7', '--json']);
    expect(other.code).toBe(0);
    expect(JSON.parse(other.stdout)).toMatchObject({
      account: 'empty@example.com',
      created: false,
      people: 240,
      professions: 17,
    });

    const forced = await cli(['demo', '--force', '--seed', '2', '--json']);
    expect(JSON.parse(forced.stdout)).toMatchObject({ account: 'demo@example.com', people: 240 });
    expect((await allPeople()).length).toBe(480);

    expect((await cli(['demo', '--seed', 'abc'])).stderr).toBe('error: --seed must be a whole number\n');
  });
});
