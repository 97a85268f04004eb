// The account's time zone and digest settings through the API and `linchpin user settings`: read,
// changed one field at a time, refused naming the field, and set from the browser's zone at sign-up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestApp } from '../../test/app';
import { inProcessCli } from '../../test/cli';
import { loadConfig } from '../config';
import { setAllowSignups } from './repository';

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps);
});
afterAll(() => t.close());

describe('time zone and digest settings', () => {
  it('reads UTC and no digest by default, and changes each field alone', async () => {
    const me = await t.account();
    const get = await t.call('GET', '/api/v1/account', { token: me.token });
    expect(get.body).toMatchObject({ timeZone: 'UTC', digest: { frequency: 'none', hour: 8 } });

    const zone = await t.call('PATCH', '/api/v1/account', {
      token: me.token,
      body: { timeZone: 'Asia/Kathmandu' },
    });
    expect(zone.body).toMatchObject({ timeZone: 'Asia/Kathmandu', digest: { frequency: 'none', hour: 8 } });
    const hour = await t.call('PATCH', '/api/v1/account', { token: me.token, body: { digest: { hour: 6 } } });
    expect(bodyOf(hour, 200).digest).toEqual({ frequency: 'none', hour: 6 });
    const both = await t.call('PATCH', '/api/v1/account', {
      token: me.token,
      body: { digest: { frequency: 'weekly', hour: 23 } },
    });
    expectStatus(both, 200);
    expect(both.body).toMatchObject({
      timeZone: 'Asia/Kathmandu',
      digest: { frequency: 'weekly', hour: 23 },
    });
    expect((await t.call('GET', '/api/v1/account', { token: me.token })).body).toMatchObject(both.body);
  });

  it('spells a time zone as the time zone database does, where "europe/LONDON" and "utc" were kept as typed; a newer name (Asia/Kathmandu) is not made an older one', async () => {
    const me = await t.account();
    for (const [typed, kept] of [
      ['europe/LONDON', 'Europe/London'],
      ['utc', 'UTC'],
      [' Asia/Kathmandu ', 'Asia/Kathmandu'],
      ['Asia/Kolkata', 'Asia/Kolkata'],
    ] as const) {
      const r = await t.call('PATCH', '/api/v1/account', { token: me.token, body: { timeZone: typed } });
      expect(bodyOf(r, 200).timeZone, typed).toBe(kept);
      expect(bodyOf(await t.call('GET', '/api/v1/account', { token: me.token }), 200).timeZone).toBe(kept);
    }
  });

  it('refuses an unknown time zone, frequency or hour with 422 naming the field', async () => {
    const me = await t.account();
    const cases: [unknown, string][] = [
      [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ timeZone: '' }, 'timeZone'],
      [{ digest: { frequency: 'hourly' } }, 'digest.frequency'],
      [{ digest: { hour: 24 } }, 'digest.hour'],
      [{ digest: { hour: 7.5 } }, 'digest.hour'],
    ];
    for (const [body, field] of cases) {
      const r = await t.call('PATCH', '/api/v1/account', { token: me.token, body });
      expectStatus(r, 422, JSON.stringify(body));
      expect(r.body.errors?.map((e) => e.field)).toEqual([field]);
    }
    expect(bodyOf(await t.call('GET', '/api/v1/account', { token: me.token }), 200).timeZone).toBe('UTC');
  });

  it("takes the browser's time zone at sign-up, and refuses one this server does not know", async () => {
    const bad = await t.call('POST', '/api/v1/auth/signup', {
      body: { email: 'nowhere@example.com', password: 'correct horse battery', timeZone: 'Nowhere/Atlantis' },
    });
    expectStatus(bad, 422);
    expect(bad.body.errors?.[0]?.field).toBe('timeZone');
    await setAllowSignups(t.database.db, true);
    const ok = await t.call('POST', '/api/v1/auth/signup', {
      body: { email: 'lisbon@example.com', password: 'correct horse battery', timeZone: 'Europe/Lisbon' },
    });
    expectStatus(ok, 201);
    expect(ok.body.account?.timeZone).toBe('Europe/Lisbon');
  });

  it('defaults the digest to none on the embedded database and daily on PostgreSQL, or to DIGEST_DEFAULT', () => {
    expect(loadConfig({}, {}).digestDefault).toBe('none');
    expect(loadConfig({}, { DATABASE_URL: 'postgres://x/y' }).digestDefault).toBe('daily');
    expect(loadConfig({}, { DATABASE_URL: 'postgres://x/y', DIGEST_DEFAULT: 'none' }).digestDefault).toBe(
      'none',
    );
    expect(loadConfig({}, { DIGEST_DEFAULT: 'weekly' }).digestDefault).toBe('weekly');
    expect(() => loadConfig({}, { DIGEST_DEFAULT: 'hourly' })).toThrow(/DIGEST_DEFAULT must be one of/);
  });
});

describe('linchpin user settings', () => {
  it('shows and changes the time zone and digest, and names the option it refuses', async () => {
    const me = await t.account('settings-cli@example.com');
    const shown = await cli(['user', 'settings', '--account', me.email]);
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout).toMatch(/Time zone:\s+UTC/);
    expect(shown.stdout).toMatch(/Digest:\s+none/);

    const changed = await cli([
      'user',
      'settings',
      '--account',
      me.email,
      '--time-zone',
      'America/New_York',
      '--digest',
      'daily',
      '--digest-hour',
      '7',
    ]);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/Digest:\s+daily at 07:00 \(America\/New_York\)/);
    const json = await cli(['user', 'settings', '--account', me.email, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      timeZone: 'America/New_York',
      digest: { frequency: 'daily', hour: 7 },
    });

    const bad = await cli(['user', 'settings', '--account', me.email, '--time-zone', 'Nowhere/Atlantis']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('timeZone (--time-zone)');
    const badHour = await cli(['user', 'settings', '--account', me.email, '--digest-hour', 'noon']);
    expect(badHour.stderr).toContain('digest.hour (--digest-hour)');
  });
});

describe('vouch criteria in the account settings', () => {
  it('start empty, are saved in order, and are refused when repeated or blank, naming the field', async () => {
    const me = await t.account();
    const get = await t.call('GET', '/api/v1/account', { token: me.token });
    expect(bodyOf(get, 200).vouchCriteria).toEqual([]);
    const saved = await t.call('PATCH', '/api/v1/account', {
      token: me.token,
      body: { vouchCriteria: ['Worked with them', 'Checked references'] },
    });
    expect(bodyOf(saved, 200).vouchCriteria).toEqual(['Worked with them', 'Checked references']);
    for (const vouchCriteria of [['A', 'a'], ['  '], Array.from({ length: 31 }, (_, i) => `c${i}`)]) {
      const r = await t.call('PATCH', '/api/v1/account', { token: me.token, body: { vouchCriteria } });
      expectStatus(r, 422, JSON.stringify(vouchCriteria));
      expect(r.body.errors?.[0]?.field).toMatch(/^vouchCriteria/);
    }
    const after = await t.call('GET', '/api/v1/account', { token: me.token });
    expect(bodyOf(after, 200).vouchCriteria).toEqual(['Worked with them', 'Checked references']);
  });
});
