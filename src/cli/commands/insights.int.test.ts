// `linchpin insights` in-process: --json and --csv print exactly what the API answers; the text gives the
// quality sentence; a bad --from is refused naming the flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';
import { post, propose } from '../../../test/introductions';

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
let owner: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T10:00:00.000Z');
  cli = inProcessCli(t.deps);
  owner = await t.account('owner@example.com');
  const { intro, a, b } = await propose(t, owner);
  const path = `/api/v1/introductions/${intro.id}`;
  await post(t, owner, `${path}/request`);
  await post(t, owner, `${path}/answers`, { personId: a.id, answer: 'yes' });
  await post(t, owner, `${path}/answers`, { personId: b.id, answer: 'yes' });
  await post(t, owner, `${path}/introduce`);
  await post(t, owner, `${path}/outcome`, { outcome: 'met_helpful' });
});
afterAll(() => t.close());

describe('linchpin insights', () => {
  it('--json and --csv print the API answer', async () => {
    const api = (await t.call('GET', '/api/v1/insights?from=2026-01-01', { token: owner.token })).body;
    const json = await cli(['insights', '--from', '2026-01-01', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(api);
    const csv = (
      await t.call('GET', '/api/v1/insights?from=2026-01-01&format=csv&chart=quality', { token: owner.token })
    ).body;
    const printed = await cli(['insights', '--from', '2026-01-01', '--csv', '--chart', 'quality']);
    expect(printed.stdout).toBe(csv);
  });

  it('says how many introductions helped', async () => {
    const text = await cli(['insights']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Introductions that helped: 1 of 1 this year (2026)');
    expect(text.stdout).toContain('kind seeker_provider: 1 of 1 (100%)');
  });

  it('refuses a date that is not one, naming --from', async () => {
    const bad = await cli(['insights', '--from', '2026-02-30']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--from');
  });
});
