// `linchpin suggest …` run in-process against a real test database: it catches up on pending matching
// work itself, then prints the suggestions with their reasons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';
import { personInput } from '../../../test/factories';
import { CLAIM_LEASE_MS } from '../../matching/refresh';
import { claimPending, releasePending } from '../../matching/repository';

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
let owner: TestAccount;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps);
  owner = await t.account('owner@example.com');
  const post = async (
    path: '/api/v1/people' | `/api/v1/people/${string}/${'needs' | 'offers'}`,
    body: unknown,
  ) => bodyOf(await t.call('POST', path, { token: owner.token, body }), 201).id;
  ids.seeker = await post(
    '/api/v1/people',
    personInput({ name: 'Dana Seeker', title: 'CEO', company: 'Sunbeam' }),
  );
  ids.provider = await post(
    '/api/v1/people',
    personInput({ name: 'Lee Provider', title: 'Fractional CFO', company: 'Ledgerly' }),
  );
  ids.need = await post(`/api/v1/people/${ids.seeker}/needs`, {
    text: 'A fractional CFO to sort out our finances before the seed round',
  });
  ids.offer = await post(`/api/v1/people/${ids.provider}/offers`, {
    text: 'Part-time CFO work for seed-stage companies',
  });
});
afterAll(() => t.close());

describe('linchpin suggest', () => {
  it('catches up on pending work and lists the best introductions with their reasons', async () => {
    const ran = await cli(['suggest']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Dana Seeker → Lee Provider');
    expect(ran.stdout).toContain('Dana Seeker needs “A fractional CFO');
    // The wait is said, not silent: after an import it takes a minute.
    expect(ran.stderr).toMatch(/^Matching \d+ changes first \(new texts are read by the language model/);
    expect((await t.call('GET', '/api/v1/matching/status', { token: owner.token })).body).toEqual({
      pending: 0,
    });
    const again = await cli(['suggest']);
    expect(again.stderr).not.toContain('Matching');
  });

  it('lists providers for one need as JSON, in the API’s shape', async () => {
    const ran = await cli(['suggest', '--need', ids.need!, '--json']);
    expect(ran.code).toBe(0);
    const body = JSON.parse(ran.stdout);
    expect(body.items[0]).toMatchObject({ personId: ids.provider, offerId: ids.offer });
  });

  it('lists providers for one need with each one’s offer and reasons in full, not clipped to the need’s words', async () => {
    const ran = await cli(['suggest', '--need', ids.need!]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('1. Lee Provider (');
    expect(ran.stdout).toContain('offers “Part-time CFO work for seed-stage companies”');
    const json = JSON.parse((await cli(['suggest', '--need', ids.need!, '--json'])).stdout);
    for (const reason of json.items[0].reasons) expect(ran.stdout).toContain(`   - ${reason}\n`);
    expect(ran.stdout).toContain(`provider ${ids.provider}, offer ${ids.offer}`);
  });

  it('refuses a bad limit naming the option', async () => {
    const ran = await cli(['suggest', '--limit', '0']);
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toContain('--limit');
  });

  it('refuses a need that is not an id, pointing to where need ids are listed (not to the people list)', async () => {
    const ran = await cli(['suggest', '--need', 'nope']);
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toContain('"nope" is not an id');
    expect(ran.stderr).toContain('linchpin needs list --person ID');
    expect(ran.stderr).not.toContain('people list');
    // An empty value (a script's unset variable) is refused too, not read as "every need".
    const empty = await cli(['suggest', '--need', '']);
    expect(empty.code).not.toBe(0);
    expect(empty.stdout).toBe('');
  });

  it('shows and changes the suggestions a week and the pause after a no, as the API sees them; a bad value names its option', async () => {
    const shown = await cli(['suggest', 'settings']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Suggestions:\s+5 a week/);
    expect(shown.stdout).toContain('not suggested again for 180 days');
    const changed = await cli([
      'suggest',
      'settings',
      '--per-week',
      '3',
      '--decline-cooldown',
      '90',
      '--json',
    ]);
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout)).toEqual({ suggestionsPerWeek: 3, declineCooldownDays: 90 });
    expect(bodyOf(await t.call('GET', '/api/v1/matching/settings', { token: owner.token }), 200)).toEqual({
      suggestionsPerWeek: 3,
      declineCooldownDays: 90,
    });
    const bad = await cli(['suggest', 'settings', '--per-week', '0']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--per-week');
    const notANumber = await cli(['suggest', 'settings', '--decline-cooldown', 'soon']);
    expect(notANumber.code).not.toBe(0);
    expect(notANumber.stderr).toContain('--decline-cooldown');
    // Put back, for the cases after this one.
    await cli(['suggest', 'settings', '--per-week', '5', '--decline-cooldown', '180']);
  });

  it('dismisses a suggestion so it is not shown again, answering JSON when --json follows the subcommand', async () => {
    const ran = await cli(['suggest', 'dismiss', ids.need!, ids.provider!, '--offer', ids.offer!, '--json']);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ needId: ids.need, providerId: ids.provider });
    const after = JSON.parse((await cli(['suggest', '--need', ids.need!, '--json'])).stdout);
    expect(after.items.map((i: { personId: string }) => i.personId)).not.toContain(ids.provider);
  });

  it('with open needs and nothing left to suggest says all caught up; with no needs, how to get suggestions', async () => {
    // The test before dismissed the only match of the owner's one open need.
    const caughtUp = await cli(['suggest']);
    expect(caughtUp.code).toBe(0);
    expect(caughtUp.stdout).toContain('All caught up');
    expect(caughtUp.stdout).not.toContain('add needs and offers');
    const fresh = await t.account('fresh@example.com');
    const empty = await cli(['suggest', '--account', fresh.email]);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('No suggestions yet: add needs and offers');
  });

  it('says matching is still under way, not that there is nothing to match, while a server holds the work', async () => {
    // A fresh network whose matching work a running server's background refresh has claimed (as `serve`
    // does right after `linchpin demo`): this command can do none of it itself.
    const other = await t.account('busy@example.com');
    const post = async (
      path: '/api/v1/people' | `/api/v1/people/${string}/${'needs' | 'offers'}`,
      body: unknown,
    ) => bodyOf(await t.call('POST', path, { token: other.token, body }), 201).id;
    const seeker = await post('/api/v1/people', personInput({ name: 'Mo Seeker', title: 'Founder' }));
    const provider = await post(
      '/api/v1/people',
      personInput({ name: 'Ida Provider', title: 'Tax adviser' }),
    );
    const need = await post(`/api/v1/people/${seeker}/needs`, {
      text: 'An accountant for our first tax return',
    });
    await post(`/api/v1/people/${provider}/offers`, { text: 'Does tax returns for small companies' });
    const held = await claimPending(t.deps.db, new Date(), 500, CLAIM_LEASE_MS);
    try {
      const all = await cli(['suggest', '--account', other.email]);
      expect(all.code).toBe(0);
      expect(all.stdout).not.toContain('add needs and offers');
      expect(all.stdout).toMatch(/still matching/i);
      const one = await cli(['suggest', '--need', need, '--account', other.email]);
      expect(one.stdout).not.toContain('No one in your network answers this need');
      expect(one.stdout).toMatch(/still matching/i);
      const json = JSON.parse((await cli(['suggest', '--account', other.email, '--json'])).stdout);
      expect(json).toMatchObject({ items: [], updating: true });
    } finally {
      await releasePending(t.deps.db, held);
    }
    const after = await cli(['suggest', '--account', other.email]);
    expect(after.stdout).toContain('Mo Seeker → Ida Provider');
  });
});
