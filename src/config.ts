// Configuration from environment variables and command-line options (options win).
import { resolve } from 'node:path';
import { DEFAULT_TIMING, type TimingPolicy } from './domain/introduction/timing';
import { DEFAULT_HELP_BACK_DAYS } from './domain/referral/help-back';
import { DIGEST_FREQUENCIES, type DigestFrequency } from './domain/time/digest-schedule';
import { type Clock, shiftedClock, systemClock } from './shared/clock';

export interface MailSettings {
  /** smtp:// or smtps:// URL of the server to deliver through; undefined keeps mail in the local outbox. */
  smtpUrl: string | undefined;
  /** The sender address of every message (the connector is named in the display name and Reply-To). */
  fromAddress: string;
  /** Attempts before a message is marked failed. */
  maxAttempts: number;
}

/** The introduction timings (defaults: the domain's `DEFAULT_TIMING`) and the lifetime of links. */
export interface IntroductionSettings extends TimingPolicy {
  /** Lifetime of links in consent requests and follow-ups. */
  tokenDays: number;
}

export interface Config {
  host: string;
  port: number;
  /** PGlite data directory, used when no databaseUrl is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Base URL for links the app hands out; defaults to the listening address. */
  publicUrl: string | undefined;
  logLevel: string;
  /** Largest accepted request body for JSON APIs, in bytes. */
  maxBodyBytes: number;
  sessionDays: number;
  /**
   * TRUSTED_PROXY: comma-separated addresses of reverse proxies whose X-Forwarded-For is believed for the
   * client's address (sign-in limits, consent-page limits). Empty: the socket's address is the client.
   */
  trustedProxies: string[];
  /** CONSENT_PAGE_RATE_PER_MINUTE: requests one address may make to the consent pages (/r/…); 0: no limit. */
  consentPageRatePerMinute: number;
  /** Outgoing mail: SMTP_URL (or SMTP_HOST…), MAIL_FROM. */
  mail: MailSettings;
  /** Introduction timings: INTRO_REMIND_DAYS, INTRO_EXPIRE_DAYS, INTRO_FOLLOW_UP_DAYS, INTRO_RECONFIRM_DAYS, CONSENT_LINK_DAYS. */
  introductions: IntroductionSettings;
  /** Set by LINCHPIN_NOW (for trying the app out): the instant the app's clock starts from. */
  clockStart: Date | undefined;
  /** How long the HTTP server waits on a client before closing its connection. */
  http: HttpTimeouts;
  /**
   * LINCHPIN_MIN_FREE_MB: the embedded database refuses writes while its disk has less free than this
   * (a new write-ahead-log segment alone takes 16 MB); 0 turns the guard off.
   */
  minFreeMb: number;
  /**
   * LINCHPIN_PGLITE_FAIR_QUEUE (on; 0 turns it off): the embedded database lets the server read and answer
   * requests between queries (src/db/fair-pglite.ts). Off only to measure what it fixes (bench:load).
   */
  pgliteFairQueue: boolean;
  /**
   * LINCHPIN_TODAY_KEPT_SECONDS (default 60; 0 keeps nothing): on the embedded database Today keeps what it
   * read until anything is written or this long has passed (src/agenda/kept.ts), so an item that becomes due
   * by the clock alone shows within this bound.
   */
  todayKeptSeconds: number;
  /**
   * DIGEST_DEFAULT: the digest a new account starts with. 'none' on the embedded database (one person
   * trying Linchpin on their own machine, often without SMTP); 'daily' on PostgreSQL (a server install,
   * where the connector is away from the app and the digest is how Today reaches them).
   */
  digestDefault: DigestFrequency;
  /** The referral ledger: REFERRAL_HELP_BACK_DAYS, REFERRAL_CURRENCY. */
  referrals: ReferralSettings;
}

export interface ReferralSettings {
  /** How far back "people who helped you recently" looks, in days (default 90). */
  helpBackDays: number;
  /** ISO 4217 code of the value an introduction closed with business done records (default EUR). */
  currency: string;
}

/** Limits on slow or idle clients, so connections that do nothing cannot pile up (issue 8, fault 12). */
export interface HttpTimeouts {
  /** HTTP_HEADERS_TIMEOUT_MS: to receive a request's headers. */
  headersTimeoutMs: number;
  /** HTTP_REQUEST_TIMEOUT_MS: to receive a whole request, body included (a large upload on a slow link). */
  requestTimeoutMs: number;
  /** HTTP_KEEP_ALIVE_TIMEOUT_MS: an open connection between two requests. */
  keepAliveTimeoutMs: number;
  /** HTTP_IDLE_TIMEOUT_MS: a connection with no traffic either way (one that never sends a request, too). */
  idleTimeoutMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = {
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 300_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 120_000,
};

function httpTimeoutsFrom(env: NodeJS.ProcessEnv): HttpTimeouts {
  const ms = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) {
      throw new ConfigError(`${name} must be a whole number of milliseconds above 0, got "${raw}"`);
    }
    return value;
  };
  const d = DEFAULT_HTTP_TIMEOUTS;
  const headersTimeoutMs = ms('HTTP_HEADERS_TIMEOUT_MS', d.headersTimeoutMs);
  return {
    headersTimeoutMs,
    // Node requires the request timeout to be at least the headers timeout.
    requestTimeoutMs: Math.max(headersTimeoutMs, ms('HTTP_REQUEST_TIMEOUT_MS', d.requestTimeoutMs)),
    keepAliveTimeoutMs: ms('HTTP_KEEP_ALIVE_TIMEOUT_MS', d.keepAliveTimeoutMs),
    idleTimeoutMs: ms('HTTP_IDLE_TIMEOUT_MS', d.idleTimeoutMs),
  };
}

export interface ConfigOverrides {
  host?: string;
  port?: number | string;
  data?: string;
}

export const DEFAULT_PORT = 4321;
/** Room for two new 16 MB write-ahead-log segments and the data written before the guard looks again. */
export const DEFAULT_MIN_FREE_MB = 48;
/** About as often as the background sweeps run (every minute), which change Today by the clock anyway. */
export const DEFAULT_TODAY_KEPT_SECONDS = 60;

export function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(overrides.port ?? env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`port must be a whole number from 0 to 65535, got "${overrides.port ?? env.PORT}"`);
  }
  return {
    host: overrides.host ?? env.HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(overrides.data ?? env.LINCHPIN_DATA ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    maxBodyBytes: Number(env.MAX_BODY_BYTES ?? 1_000_000),
    sessionDays: Number(env.SESSION_DAYS ?? 30),
    trustedProxies: (env.TRUSTED_PROXY ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
    consentPageRatePerMinute: wholeNumber(
      'CONSENT_PAGE_RATE_PER_MINUTE',
      env.CONSENT_PAGE_RATE_PER_MINUTE,
      120,
    ),
    ...settingsFrom(env),
    clockStart: clockStartFrom(env.LINCHPIN_NOW),
    http: httpTimeoutsFrom(env),
    minFreeMb: wholeNumber('LINCHPIN_MIN_FREE_MB', env.LINCHPIN_MIN_FREE_MB, DEFAULT_MIN_FREE_MB),
    pgliteFairQueue: env.LINCHPIN_PGLITE_FAIR_QUEUE !== '0',
    todayKeptSeconds: wholeNumber(
      'LINCHPIN_TODAY_KEPT_SECONDS',
      env.LINCHPIN_TODAY_KEPT_SECONDS,
      DEFAULT_TODAY_KEPT_SECONDS,
    ),
    digestDefault: digestDefaultFrom(env),
    referrals: referralSettingsFrom(env),
  };
}

function referralSettingsFrom(env: NodeJS.ProcessEnv): ReferralSettings {
  const currency = (env.REFERRAL_CURRENCY || 'EUR').trim().toUpperCase();
  if (!Intl.supportedValuesOf('currency').includes(currency)) {
    throw new ConfigError(`REFERRAL_CURRENCY must be an ISO 4217 code such as EUR, got "${currency}"`);
  }
  return { helpBackDays: Math.ceil(days(env, 'REFERRAL_HELP_BACK_DAYS', DEFAULT_HELP_BACK_DAYS)), currency };
}

function digestDefaultFrom(env: NodeJS.ProcessEnv): DigestFrequency {
  const raw = env.DIGEST_DEFAULT;
  if (raw === undefined || raw === '') return env.DATABASE_URL ? 'daily' : 'none';
  const known = DIGEST_FREQUENCIES.find((f) => f === raw);
  if (!known) {
    throw new ConfigError(`DIGEST_DEFAULT must be one of ${DIGEST_FREQUENCIES.join(', ')}, got "${raw}"`);
  }
  return known;
}

function clockStartFrom(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  // A date alone means that day at 09:00 UTC: a morning, when check-backs and reminders are due.
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T09:00:00Z` : value;
  const start = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(start.getTime())) {
    throw new ConfigError(`LINCHPIN_NOW must be a date (YYYY-MM-DD) or an ISO date and time, got "${value}"`);
  }
  return start;
}

/** The app's clock: the system's, or the one LINCHPIN_NOW moved. */
export function clockFor(config: Pick<Config, 'clockStart'>): Clock {
  return config.clockStart ? shiftedClock(config.clockStart) : systemClock;
}

export class ConfigError extends Error {}

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return n;
}

function settingsFrom(env: NodeJS.ProcessEnv): Pick<Config, 'mail' | 'introductions'> {
  return { mail: loadMailSettings(env), introductions: loadIntroductionSettings(env) };
}

function days(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > 3650) {
    throw new ConfigError(`${name} must be a number of days above 0 and at most 3650, got "${raw}"`);
  }
  return n;
}

/** INTRO_REMIND_DAYS, INTRO_EXPIRE_DAYS, INTRO_FOLLOW_UP_DAYS, INTRO_RECONFIRM_DAYS (each falling back to the domain's default), CONSENT_LINK_DAYS. */
export function loadIntroductionSettings(env: NodeJS.ProcessEnv): IntroductionSettings {
  return {
    remindAfterDays: days(env, 'INTRO_REMIND_DAYS', DEFAULT_TIMING.remindAfterDays),
    expireAfterDays: days(env, 'INTRO_EXPIRE_DAYS', DEFAULT_TIMING.expireAfterDays),
    followUpAfterDays: days(env, 'INTRO_FOLLOW_UP_DAYS', DEFAULT_TIMING.followUpAfterDays),
    reconfirmAfterDays: days(env, 'INTRO_RECONFIRM_DAYS', DEFAULT_TIMING.reconfirmAfterDays),
    tokenDays: days(env, 'CONSENT_LINK_DAYS', 21),
  };
}

/**
 * Without SMTP settings mail stays in the local outbox, where the web app shows it, so the whole flow can
 * be tried on one machine. SMTP_URL wins; otherwise SMTP_HOST with SMTP_PORT (587), SMTP_USER,
 * SMTP_PASSWORD and SMTP_SECURE (true for implicit TLS, usually port 465) are combined into one.
 */
export function loadMailSettings(env: NodeJS.ProcessEnv): MailSettings {
  let smtpUrl = env.SMTP_URL || undefined;
  if (!smtpUrl && env.SMTP_HOST) {
    const secure = /^(1|true|yes)$/i.test(env.SMTP_SECURE ?? '');
    const url = new URL(`${secure ? 'smtps' : 'smtp'}://${env.SMTP_HOST}`);
    url.port = env.SMTP_PORT ?? (secure ? '465' : '587');
    if (env.SMTP_USER) url.username = env.SMTP_USER;
    if (env.SMTP_PASSWORD) url.password = env.SMTP_PASSWORD;
    smtpUrl = url.toString();
  }
  if (smtpUrl && !/^smtps?:\/\//i.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  }
  const fromAddress = env.MAIL_FROM || env.SMTP_FROM || 'linchpin@localhost';
  if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(fromAddress)) {
    throw new ConfigError(`MAIL_FROM must be a plain address like intros@example.com, got "${fromAddress}"`);
  }
  return { smtpUrl, fromAddress, maxAttempts: Math.max(1, Number(env.MAIL_MAX_ATTEMPTS ?? 8) || 8) };
}
