import { describe, expect, it } from 'vitest';
import { ConfigError, clockFor, loadConfig } from './config';
import { DEFAULT_TIMING } from './domain/introduction/timing';

describe('LINCHPIN_NOW', () => {
  it('is unset by default: the system clock', () => {
    const config = loadConfig({}, {});
    expect(config.clockStart).toBeUndefined();
    const before = Date.now();
    const now = clockFor(config).now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('takes a date (that morning, 09:00 UTC) or an ISO date and time, and the clock runs on from it', async () => {
    expect(loadConfig({}, { LINCHPIN_NOW: '2027-03-01' }).clockStart?.toISOString()).toBe(
      '2027-03-01T09:00:00.000Z',
    );
    const config = loadConfig({}, { LINCHPIN_NOW: '2027-03-01T17:30:00+01:00' });
    expect(config.clockStart?.toISOString()).toBe('2027-03-01T16:30:00.000Z');
    const clock = clockFor(config);
    const first = clock.now().getTime();
    expect(first - Date.parse('2027-03-01T16:30:00Z')).toBeLessThan(1_000);
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now().getTime()).toBeGreaterThan(first);
  });

  it.each(['March', '1 March 2027', '2027-13-01', '2027-03-01Tnoon'])(
    'refuses %s, naming the variable',
    (value) => {
      expect(() => loadConfig({}, { LINCHPIN_NOW: value })).toThrow(ConfigError);
      expect(() => loadConfig({}, { LINCHPIN_NOW: value })).toThrow('LINCHPIN_NOW must be a date');
    },
  );
});

describe('introduction timings', () => {
  it('default to the domain’s timing policy, with links lasting 21 days', () => {
    expect(loadConfig({}, {}).introductions).toEqual({ ...DEFAULT_TIMING, tokenDays: 21 });
  });

  it('read INTRO_REMIND_DAYS, INTRO_EXPIRE_DAYS, INTRO_FOLLOW_UP_DAYS, INTRO_RECONFIRM_DAYS and CONSENT_LINK_DAYS', () => {
    const env = {
      INTRO_REMIND_DAYS: '2',
      INTRO_EXPIRE_DAYS: '3.5',
      INTRO_FOLLOW_UP_DAYS: '14',
      INTRO_RECONFIRM_DAYS: '45',
      CONSENT_LINK_DAYS: '30',
    };
    expect(loadConfig({}, env).introductions).toEqual({
      remindAfterDays: 2,
      expireAfterDays: 3.5,
      followUpAfterDays: 14,
      reconfirmAfterDays: 45,
      tokenDays: 30,
    });
  });

  it.each(['0', '-1', 'soon', '3651'])(
    'refuses INTRO_REMIND_DAYS=%s, naming the variable and the range',
    (value) => {
      expect(() => loadConfig({}, { INTRO_REMIND_DAYS: value })).toThrow(ConfigError);
      expect(() => loadConfig({}, { INTRO_REMIND_DAYS: value })).toThrow(
        `INTRO_REMIND_DAYS must be a number of days above 0 and at most 3650, got "${value}"`,
      );
    },
  );
});

describe('mail settings', () => {
  it('combine SMTP_HOST and friends into one URL, and refuse a sender that is not a plain address', () => {
    const config = loadConfig({}, { SMTP_HOST: 'mail.example.com', SMTP_SECURE: 'true', SMTP_USER: 'u' });
    expect(config.mail.smtpUrl).toBe('smtps://u@mail.example.com:465');
    expect(() => loadConfig({}, { MAIL_FROM: 'Intros <intros@example.com>' })).toThrow(ConfigError);
  });
});

describe('TRUSTED_PROXY and CONSENT_PAGE_RATE_PER_MINUTE', () => {
  it('trusts no proxy and limits consent pages to 120 a minute by default', () => {
    expect(loadConfig({}, {})).toMatchObject({ trustedProxies: [], consentPageRatePerMinute: 120 });
  });

  it('reads a comma-separated list of proxies and a whole number of requests (0: no limit)', () => {
    const config = loadConfig({}, { TRUSTED_PROXY: ' 127.0.0.1, ::1 ,', CONSENT_PAGE_RATE_PER_MINUTE: '0' });
    expect(config).toMatchObject({ trustedProxies: ['127.0.0.1', '::1'], consentPageRatePerMinute: 0 });
    expect(() => loadConfig({}, { CONSENT_PAGE_RATE_PER_MINUTE: 'lots' })).toThrow(ConfigError);
  });
});
