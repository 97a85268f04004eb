// "Forgot your password?" by email, when the server sends email (SMTP set). Asking answers the same
// whether or not the address has an account, so nobody learns who uses this Linchpin; the email leaves
// through the outbox in the same transaction as the reset it carries. The link opens a page that only
// shows a form (opening it changes nothing); the token travels in the URL's fragment, so it reaches no
// server log. Setting the password uses the link once and ends every session of the account.
import { queueConnectorMail } from '../mail/connector-mail';
import { linkBase } from '../mail/links';
import { renderPasswordReset } from '../mail/templates/password-reset';
import type { AppDeps } from '../shared/deps';
import { ProblemError } from '../shared/errors';
import { hashToken, newToken } from '../shared/secrets';
import * as repo from './repository';
import { hashPassword } from './service';

export const RESET_LINK_MINUTES = 60;
/** Links one account can be sent per hour: enough for a lost email, too few to flood an inbox. */
export const RESETS_PER_HOUR = 3;

const notByEmail = () =>
  new ProblemError(
    409,
    'Conflict',
    'This Linchpin sends no email (SMTP is not set up), so a password cannot be reset by email. Whoever runs the server can set a new one: linchpin user reset-password --email you@example.com',
  );

const linkNotValid = () =>
  new ProblemError(
    410,
    'Gone',
    'This link to set a new password has expired or was already used. Ask for a new one on the sign-in page.',
  );

export async function requestPasswordReset(
  { db, clock, config }: Pick<AppDeps, 'db' | 'clock' | 'config'>,
  email: string,
): Promise<void> {
  if (!config.mail.smtpUrl) throw notByEmail();
  const account = await repo.findAccountByEmail(db, email);
  if (!account) return;
  const now = clock.now();
  const hourAgo = new Date(now.getTime() - 3_600_000);
  if ((await repo.countRecentPasswordResets(db, account.id, hourAgo)) >= RESETS_PER_HOUR) return;

  const token = newToken('lpreset');
  const mail = renderPasswordReset({
    resetUrl: `${linkBase(config)}/reset-password#token=${token}`,
    validMinutes: RESET_LINK_MINUTES,
  });
  await db.transaction(async (tx) => {
    await repo.insertPasswordReset(tx, {
      accountId: account.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
    });
    await queueConnectorMail(tx, config, account, 'password_reset', mail, now);
  });
}

export async function confirmPasswordReset(
  { db, clock }: Pick<AppDeps, 'db' | 'clock'>,
  token: string,
  newPassword: string,
): Promise<void> {
  const now = clock.now();
  const reset = await repo.findPasswordReset(db, hashToken(token));
  if (!reset || reset.usedAt || reset.expiresAt <= now) throw linkNotValid();
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    if (!(await repo.usePasswordReset(tx, reset.id, now))) throw linkNotValid();
    await repo.setPasswordHash(tx, reset.accountId, passwordHash);
    await repo.deleteSessionsExcept(tx, reset.accountId, undefined);
    await repo.retirePasswordResets(tx, reset.accountId, now);
  });
}
