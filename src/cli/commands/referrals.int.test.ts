// `linchpin referral …` in-process against a real test database: add, list, show, update and delete, as
// tables and as the API's JSON, with errors naming the option.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';
import { personInput } from '../../../test/factories';

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
let owner: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps);
  owner = await t.account('owner@example.com');
});
afterAll(() => t.close());

const person = async (name: string) =>
  bodyOf(await t.call('POST', '/api/v1/people', { token: owner.token, body: personInput({ name }) }), 201).id;

describe('linchpin referral', () => {
  it('adds, lists, shows, updates and deletes a referral', async () => {
    expect((await cli(['referral', 'list'])).stdout).toContain('No referrals yet');
    const friend = await person('Frieda Friend');
    const client = await person('Colin Client');
    const added = await cli([
      'referral',
      'add',
      '--direction',
      'received',
      '--referrer',
      friend,
      '--from',
      client,
      '--about',
      'A new bookkeeping client',
      '--estimated',
      '900',
      '--currency',
      'eur',
      '--date',
      '2026-01-05',
      '--json',
    ]);
    expect(added.code).toBe(0);
    const referral = JSON.parse(added.stdout);
    expect(referral).toMatchObject({
      direction: 'received',
      referrerId: friend,
      estimatedValue: 900,
      currency: 'EUR',
    });

    const table = await cli(['referral', 'list']);
    expect(table.stdout).toContain('Frieda Friend');
    expect(table.stdout).toContain('900.00 EUR');
    expect(table.stdout).toContain('1 referral');
    const json = JSON.parse((await cli(['referral', 'list', '--person', friend, '--json'])).stdout);
    expect(json.items.map((r: { id: string }) => r.id)).toEqual([referral.id]);

    expect((await cli(['referral', 'show', referral.id])).stdout).toContain('A new bookkeeping client');
    const won = await cli([
      'referral',
      'update',
      referral.id,
      '--status',
      'won',
      '--closed',
      '1000',
      '--json',
    ]);
    expect(won.code).toBe(0);
    expect(JSON.parse(won.stdout)).toMatchObject({ status: 'won', closedValue: 1000 });

    expect((await cli(['referral', 'delete', referral.id, '--yes'])).code).toBe(0);
    expect((await cli(['referral', 'show', referral.id])).code).not.toBe(0);
  });

  it('refuses what the API refuses, naming the option', async () => {
    const to = await person('Tom To');
    const badCurrency = await cli([
      'referral',
      'add',
      '--direction',
      'given',
      '--to',
      to,
      '--currency',
      'ZZZ',
    ]);
    expect(badCurrency.code).not.toBe(0);
    expect(badCurrency.stderr).toContain('--currency');
    const badAmount = await cli([
      'referral',
      'add',
      '--direction',
      'given',
      '--to',
      to,
      '--estimated',
      'lots',
    ]);
    expect(badAmount.code).not.toBe(0);
    expect(badAmount.stderr).toContain('--estimated');
    const closedOpen = await cli([
      'referral',
      'add',
      '--direction',
      'given',
      '--to',
      to,
      '--closed',
      '5',
      '--currency',
      'EUR',
    ]);
    expect(closedOpen.code).not.toBe(0);
    expect(closedOpen.stderr).toContain('closedValue');
  });
});
