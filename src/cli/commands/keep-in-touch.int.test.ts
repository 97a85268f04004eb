// `linchpin keep-in-touch …` in-process against a real test database: tag cadences set, listed and
// removed (errors naming the option), and who is losing touch, as a table and as the API's JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';
import { personInput } from '../../../test/factories';

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
let owner: TestAccount;
// Set by "lists who is losing touch", read by the person-page case after it.
let quinnId = '';
let raeId = '';

beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps);
  owner = await t.account('owner@example.com');
  t.clock.set('2027-06-15T10:00:00.000Z');
});
afterAll(() => t.close());

describe('linchpin keep-in-touch', () => {
  it('sets, lists and removes tag cadences', async () => {
    expect((await cli(['keep-in-touch', 'tags'])).stdout).toContain('No tag cadences yet');
    const set = await cli(['keep-in-touch', 'set-tag', 'Inner Circle', '--ideal', '14', '--max', '21']);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('“inner circle”: ideally every 14 days, at most 21');
    const listed = await cli(['keep-in-touch', 'tags', '--json']);
    expect(JSON.parse(listed.stdout).items).toMatchObject([
      { tag: 'inner circle', idealDays: 14, maxDays: 21 },
    ]);
    const removed = await cli(['keep-in-touch', 'remove-tag', 'inner circle', '--json']);
    expect(removed.code).toBe(0);
    expect(JSON.parse(removed.stdout)).toEqual({ tag: 'inner circle', removed: true });
    expect(JSON.parse((await cli(['keep-in-touch', 'tags', '--json'])).stdout).items).toEqual([]);
    const gone = await cli(['keep-in-touch', 'remove-tag', 'inner circle']);
    expect(gone.code).not.toBe(0);
  });

  it('refuses an ideal interval longer than the maximum, naming the option', async () => {
    const ran = await cli(['keep-in-touch', 'set-tag', 'clients', '--ideal', '60', '--max', '30']);
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toContain('--max');
  });

  it('lists who is losing touch, furthest past their cadence first', async () => {
    const empty = await cli(['keep-in-touch', 'losing']);
    expect(empty.stdout).toContain('Nobody is past their cadence');
    const add = async (name: string, last: string) => {
      const id = bodyOf(
        await t.call('POST', '/api/v1/people', {
          token: owner.token,
          body: personInput({ name, tags: ['network'] }),
        }),
        201,
      ).id;
      await t.call('POST', `/api/v1/people/${id}/interactions`, {
        token: owner.token,
        body: { type: 'email', direction: 'outbound', occurredAt: last },
      });
      return id;
    };
    await cli(['keep-in-touch', 'set-tag', 'network', '--ideal', '30', '--max', '60']);
    quinnId = await add('Quiet Quinn', '2027-01-10');
    raeId = await add('Recent Rae', '2027-05-01');
    await add('Fresh Fay', '2027-06-10');
    const ran = await cli(['keep-in-touch', 'losing']);
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Person\s+Status\s+Last contact/);
    expect(lines[1]).toContain('Quiet Quinn');
    expect(lines[1]).toContain('overdue');
    expect(lines[2]).toContain('Recent Rae');
    expect(lines[2]).toContain('due');
    expect(lines).toHaveLength(3);
    const json = JSON.parse((await cli(['keep-in-touch', 'losing', '--json'])).stdout);
    expect(json.items[0]).toMatchObject({ person: { name: 'Quiet Quinn' }, source: 'tag', tag: 'network' });
  });

  it("shows on a person's page since when they are due or overdue, in words", async () => {
    const quinn = (await cli(['people', 'show', quinnId])).stdout;
    // Last contact 10 January, at most 60 days apart: overdue once 60 days are over, from 12 March.
    expect(quinn).toContain(
      'every 30 days, at most 60 days apart (tag “network”) — OVERDUE since 12 Mar 2027',
    );
    expect(quinn).toContain('10 Jan 2027  email (outbound)');
    // Last contact 1 May, ideally every 30 days: due from 31 May.
    expect((await cli(['people', 'show', raeId])).stdout).toContain('— DUE since 31 May 2027');
  });
});
