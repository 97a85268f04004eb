// `linchpin agenda` in-process against a real test database: --json prints exactly what the API answers;
// the text lists each item with its action, in the account's zone, on the clock's day.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';
import { post, propose } from '../../../test/introductions';
import { accounts } from '../../db/schema';

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
let owner: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T10:00:00.000Z');
  cli = inProcessCli(t.deps);
  owner = await t.account('owner@example.com');
});
afterAll(() => t.close());

describe('linchpin agenda', () => {
  it('says what to do when nothing needs you', async () => {
    const ran = await cli(['agenda']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Today, Monday 2 Mar 2026 (UTC): nothing needs you');
  });

  it('--json prints the API shape; the text names each item, its action and ids', async () => {
    await t.deps.db.update(accounts).set({ timeZone: 'Pacific/Auckland' }).where(eq(accounts.id, owner.id));
    const { intro, a } = await propose(t, owner);
    await post(t, owner, `/api/v1/introductions/${intro.id}/request`);
    await post(t, owner, `/api/v1/introductions/${intro.id}/answers`, {
      personId: a.id,
      answer: 'no',
      note: 'not this quarter',
    });
    const api = bodyOf(await t.call('GET', '/api/v1/agenda', { token: owner.token }), 200);
    const json = await cli(['agenda', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(api);
    expect(api.items.map((i: { kind: string }) => i.kind)).toEqual(['answer']);

    const text = await cli(['agenda']);
    // 10:00 UTC on 2 March is 23:00 on 2 March in Auckland.
    expect(text.stdout).toContain('Today, Monday 2 Mar 2026 (Pacific/Auckland): 1 item');
    expect(text.stdout).toContain('answer');
    expect(text.stdout).toContain(
      'Alice Seeker said no to meeting Bob Provider (by phone): “not this quarter”',
    );
    expect(text.stdout).toContain(`→ Got it (introduction ${intro.id})`);
  });

  it('a check-back prints the note sent with the "not now" under its line', async () => {
    await t.deps.db.update(accounts).set({ timeZone: 'UTC' }).where(eq(accounts.id, owner.id));
    const { intro, a } = await propose(t, owner);
    await post(t, owner, `/api/v1/introductions/${intro.id}/request`);
    await post(t, owner, `/api/v1/introductions/${intro.id}/answers`, {
      personId: a.id,
      answer: 'later',
      until: '2026-03-20',
      note: 'after the fund closes',
    });
    t.clock.set('2026-03-20T10:00:00.000Z');
    const text = (await cli(['intro', 'agenda'])).stdout;
    expect(text).toMatch(
      /check back {9}Ask Alice Seeker again about meeting Bob Provider: they said "not now" until 20 Mar 2026\n {22}“after the fund closes”\n {22}→ Ask again/,
    );
  });
});
