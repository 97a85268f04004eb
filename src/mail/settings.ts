// Mail and introduction settings from the environment. Without SMTP settings mail stays in the local
// outbox, where the web app shows it, so the whole flow can be tried on one machine.

export interface MailSettings {
  /** smtp:// or smtps:// URL of the server to deliver through; undefined keeps mail in the local outbox. */
  smtpUrl: string | undefined;
  /** The sender address of every message (the connector is named in the display name and Reply-To). */
  fromAddress: string;
  /** Attempts before a message is marked failed. */
  maxAttempts: number;
}

export interface IntroductionSettings {
  remindAfterDays: number;
  expireAfterDays: number;
  followUpAfterDays: number;
  /** Lifetime of links in consent requests and follow-ups. */
  tokenDays: number;
}

export class SettingsError extends Error {}

function days(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > 3650) {
    throw new SettingsError(`${name} must be a number of days above 0 and at most 3650, got "${raw}"`);
  }
  return n;
}

export function loadIntroductionSettings(env: NodeJS.ProcessEnv): IntroductionSettings {
  return {
    remindAfterDays: days(env, 'INTRO_REMIND_DAYS', 5),
    expireAfterDays: days(env, 'INTRO_EXPIRE_DAYS', 9),
    followUpAfterDays: days(env, 'INTRO_FOLLOW_UP_DAYS', 7),
    tokenDays: days(env, 'CONSENT_LINK_DAYS', 21),
  };
}

/**
 * SMTP_URL wins; otherwise SMTP_HOST with SMTP_PORT (587), SMTP_USER, SMTP_PASSWORD and SMTP_SECURE
 * (true for implicit TLS, usually port 465) are combined into one.
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
    throw new SettingsError('SMTP_URL must start with smtp:// or smtps://');
  }
  const fromAddress = env.MAIL_FROM || env.SMTP_FROM || 'linchpin@localhost';
  if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(fromAddress)) {
    throw new SettingsError(
      `MAIL_FROM must be a plain address like intros@example.com, got "${fromAddress}"`,
    );
  }
  return { smtpUrl, fromAddress, maxAttempts: Math.max(1, Number(env.MAIL_MAX_ATTEMPTS ?? 8) || 8) };
}
