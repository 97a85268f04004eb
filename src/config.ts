// Configuration from environment variables and command-line options (options win).
import { resolve } from 'node:path';
import {
  type IntroductionSettings,
  loadIntroductionSettings,
  loadMailSettings,
  type MailSettings,
  SettingsError,
} from './mail/settings';

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
  };
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
