// `linchpin user …`: accounts.
import type { Command } from 'commander';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../accounts/password-policy';
import { Email, NewPassword, Password, SignupInput } from '../../accounts/schema';
import { accountForEmailOrOwner, changePassword, createAccount, resetPassword } from '../../accounts/service';
import { ProblemError } from '../../shared/errors';
import { dbAction } from '../action';
import { type CliContext, UserError } from '../context';
import { printJson } from '../format';
import { parseInput, withFlags } from '../input';
import { jsonOption } from '../options';

export function registerUserCommands(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('Manage accounts');

  user
    .command('create')
    .description('Create an account (the first one is the owner); works even when sign-ups are closed')
    .option('--email <email>', 'email to sign in with')
    .option(
      '--password <password>',
      `password, at least ${MIN_PASSWORD_LENGTH} characters (or set LINCHPIN_PASSWORD, which keeps it out of the process list)`,
    )
    .option('--name <name>', 'your name as people see it in emails, e.g. "Alex Kim" (default: the email)')
    .addOption(jsonOption())
    .hook('preAction', (_user, create) =>
      askNewPasswordIfMissing(ctx, create.opts(), 'no account was created'),
    )
    .action(
      dbAction<{ email?: string; password?: string; name?: string; json?: boolean }>(
        ctx,
        async (s, { opts }) => {
          const creds = parseInput(
            SignupInput,
            {
              email: opts.email,
              password: opts.password ?? s.io.env.LINCHPIN_PASSWORD,
              name: opts.name,
            },
            { email: '--email', password: '--password or LINCHPIN_PASSWORD', name: '--name' },
          );
          const account = await createAccount(s.deps.db, creds, 'admin');
          if (opts.json) return printJson(s.io, account);
          const named = account.name ? ` (${account.name})` : '';
          s.io.stdout(`Created the ${account.role} account ${account.email}${named}.\n`);
          s.io.stdout(
            `Sign in to the web app with it, or make an API token: linchpin token create --email ${account.email}\n`,
          );
        },
      ),
    );

  user
    .command('password')
    .description("Change an account's password, given its current one; signs out all its sessions")
    .requiredOption('--email <email>', 'the account')
    .option('--current-password <password>', 'the password now (or set LINCHPIN_CURRENT_PASSWORD)')
    .option('--password <password>', 'the new password (or set LINCHPIN_PASSWORD)')
    .hook('preAction', async (_user, cmd) => {
      await askCurrentPasswordIfMissing(ctx, cmd.opts());
      await askNewPasswordIfMissing(ctx, cmd.opts(), 'the password was not changed');
    })
    .action(
      dbAction<{ email: string; currentPassword?: string; password?: string }>(ctx, async (s, { opts }) => {
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
        s.io.stdout(`Changed the password of ${account.email}; its sessions were signed out.\n`);
      }),
    );

  user
    .command('reset-password')
    .description(
      'Set a new password for an account without its current one (for a forgotten password); signs out all its sessions',
    )
    .requiredOption('--email <email>', 'the account')
    .option('--password <password>', 'the new password (or set LINCHPIN_PASSWORD)')
    .hook('preAction', (_user, cmd) =>
      askNewPasswordIfMissing(ctx, cmd.opts(), 'the password was not changed'),
    )
    .action(
      dbAction<{ email: string; password?: string }>(ctx, async (s, { opts }) => {
        const input = parseInput(
          PasswordResetOptions,
          { email: opts.email, newPassword: opts.password ?? s.io.env.LINCHPIN_PASSWORD },
          { email: '--email', newPassword: '--password or LINCHPIN_PASSWORD' },
        );
        const account = await resetPassword(s.deps.db, input.email, input.newPassword);
        s.io.stdout(
          `Set a new password for ${account.email}; its sessions were signed out. Tell them the new password in person or by phone.\n`,
        );
      }),
    );
}

const PasswordResetOptions = z.object({ email: Email, newPassword: NewPassword });
const PasswordChangeOptions = PasswordResetOptions.extend({ currentPassword: Password });

/**
 * At a terminal, with no --password and no LINCHPIN_PASSWORD, asks for the password without echoing it,
 * twice. It runs before the command opens the database, so a command forwarded to a running server
 * carries the answer along as LINCHPIN_PASSWORD.
 */
async function askNewPasswordIfMissing(
  ctx: CliContext,
  opts: { password?: string },
  notDone: string,
): Promise<void> {
  const { io } = ctx;
  if (opts.password !== undefined || io.env.LINCHPIN_PASSWORD !== undefined || !io.interactive) return;
  const password = await io.askSecret(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  if ((await io.askSecret('The same password again: ')) !== password) {
    throw new UserError(`the two passwords differ; ${notDone}`);
  }
  io.env.LINCHPIN_PASSWORD = password;
}

/** Like askNewPasswordIfMissing, for the password the account has now (asked once). */
async function askCurrentPasswordIfMissing(ctx: CliContext, opts: { currentPassword?: string }) {
  const { io } = ctx;
  if (opts.currentPassword !== undefined || io.env.LINCHPIN_CURRENT_PASSWORD !== undefined) return;
  if (!io.interactive) return;
  io.env.LINCHPIN_CURRENT_PASSWORD = await io.askSecret('Current password: ');
}
