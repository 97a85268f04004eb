// What `linchpin user …` does (its options and password prompts are in user.ts).
import { z } from 'zod';
import { AccountPatch, Email, NewPassword, Password, SignupInput } from '../../accounts/schema';
import {
  accountForEmailOrOwner,
  changePassword,
  createAccount,
  resetPassword,
  updateAccount,
} from '../../accounts/service';
import { ProblemError } from '../../shared/errors';
import type { Handler } from '../action';
import { fields, printJson } from '../format';
import { defined, parseInput, withFlags } from '../input';

const PasswordResetOptions = z.object({ email: Email, newPassword: NewPassword });
const PasswordChangeOptions = PasswordResetOptions.extend({ currentPassword: Password });

export const createUser: Handler<{
  email?: string;
  password?: string;
  name?: string;
  json?: boolean;
}> = async (s, { opts }) => {
  const creds = parseInput(
    SignupInput,
    {
      email: opts.email,
      password: opts.password ?? s.io.env.LINCHPIN_PASSWORD,
      name: opts.name,
    },
    { email: '--email', password: '--password or LINCHPIN_PASSWORD', name: '--name' },
  );
  const account = await createAccount(s.deps.db, creds, 'admin', s.deps.config.digestDefault);
  if (opts.json) return printJson(s.io, account);
  const named = account.name ? ` (${account.name})` : '';
  s.io.stdout(`Created the ${account.role} account ${account.email}${named}.\n`);
  s.io.stdout(
    `Sign in to the web app with it, or make an API token: linchpin token create --email ${account.email}\n`,
  );
};

export const changeUserPassword: Handler<{
  email: string;
  currentPassword?: string;
  password?: string;
  json?: boolean;
}> = async (s, { opts }) => {
  const flags = {
    email: '--email',
    currentPassword: '--current-password or LINCHPIN_CURRENT_PASSWORD',
    newPassword: '--password or LINCHPIN_PASSWORD',
  };
  const input = parseInput(
    PasswordChangeOptions,
    {
      email: opts.email,
      currentPassword: opts.currentPassword ?? s.io.env.LINCHPIN_CURRENT_PASSWORD,
      newPassword: opts.password ?? s.io.env.LINCHPIN_PASSWORD,
    },
    flags,
  );
  const account = await accountForEmailOrOwner(s.deps.db, input.email);
  await changePassword(s.deps.db, account.id, input, undefined).catch((err) => {
    throw err instanceof ProblemError ? withFlags(err, flags) : err;
  });
  if (opts.json) return printJson(s.io, { email: account.email, sessionsSignedOut: true });
  s.io.stdout(`Changed the password of ${account.email}; its sessions were signed out.\n`);
};

export const resetUserPassword: Handler<{ email: string; password?: string; json?: boolean }> = async (
  s,
  { opts },
) => {
  const input = parseInput(
    PasswordResetOptions,
    { email: opts.email, newPassword: opts.password ?? s.io.env.LINCHPIN_PASSWORD },
    { email: '--email', newPassword: '--password or LINCHPIN_PASSWORD' },
  );
  const account = await resetPassword(s.deps.db, input.email, input.newPassword);
  if (opts.json) return printJson(s.io, { email: account.email, sessionsSignedOut: true });
  s.io.stdout(
    `Set a new password for ${account.email}; its sessions were signed out. Tell them the new password in person or by phone.\n`,
  );
};

export const userSettings: Handler<{
  timeZone?: string;
  digest?: string;
  digestHour?: number | string;
  json?: boolean;
}> = async (s, { opts }) => {
  const digest = defined({ frequency: opts.digest, hour: opts.digestHour });
  const patch = parseInput(
    AccountPatch,
    defined({ timeZone: opts.timeZone, digest: Object.keys(digest).length ? digest : undefined }),
    { timeZone: '--time-zone', 'digest.frequency': '--digest', 'digest.hour': '--digest-hour' },
  );
  const row = await s.account();
  const account = await updateAccount(s.deps.db, row.id, patch);
  if (opts.json) return printJson(s.io, account);
  const { frequency, hour } = account.digest;
  const when = `${String(hour).padStart(2, '0')}:00`;
  s.io.stdout(
    fields([
      ['Account', account.email],
      ['Time zone', account.timeZone],
      [
        'Digest',
        frequency === 'none'
          ? 'none'
          : `${frequency === 'daily' ? 'daily' : 'weekly, on Mondays'} at ${when} (${account.timeZone})`,
      ],
    ]),
  );
};
