// Configuration from environment variables and command-line options (options win).
import { resolve } from 'node:path';
import {
  type IntroductionSettings,
  loadIntroductionSettings,
  loadMailSettings,
  type MailSettings,
  SettingsError,
} from './mail/settings';
import { type Clock, shiftedClock, systemClock } from './shared/clock';

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
  /** Outgoing mail: SMTP_URL (or SMTP_HOST…), MAIL_FROM. */
  mail: MailSettings;
  /** Introduction timings: INTRO_REMIND_DAYS, INTRO_EXPIRE_DAYS, INTRO_FOLLOW_UP_DAYS, CONSENT_LINK_DAYS. */
  introductions: IntroductionSettings;
  /** Set by LINCHPIN_NOW (for trying the app out): the instant the app's clock starts from. */
  clockStart: Date | undefined;
  /** How long the HTTP server waits on a client before closing its connection. */
  http: HttpTimeouts;
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
    ...settingsFrom(env),
    clockStart: clockStartFrom(env.LINCHPIN_NOW),
    http: httpTimeoutsFrom(env),
  };
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

function settingsFrom(env: NodeJS.ProcessEnv): Pick<Config, 'mail' | 'introductions'> {
  try {
    return { mail: loadMailSettings(env), introductions: loadIntroductionSettings(env) };
  } catch (err) {
    if (err instanceof SettingsError) throw new ConfigError(err.message);
    throw err;
  }
}
