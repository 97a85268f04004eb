// Accounts, sign-in sessions, API tokens and the sign-up policy.
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { AccountRow } from '../db/schema';
import type { DigestFrequency } from '../domain/time/digest-schedule';
import type { Caller } from '../shared/deps';
import { conflict, notFound, ProblemError } from '../shared/errors';
import { hashToken, newToken } from '../shared/secrets';
import * as repo from './repository';
import type {
  Account,
  AccountPatch,
  ApiToken,
  Credentials,
  InstanceSettings,
  InstanceSettingsPatch,
  SessionInfo,
  SessionView,
  SignupInput,
} from './schema';

// A valid argon2id hash to verify against when the email is unknown, so response time does not reveal
// which emails have accounts.
let dummyHash: Promise<string> | undefined;

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    timeZone: row.timeZone,
    digest: { frequency: row.digestFrequency, hour: row.digestHour },
    vouchCriteria: row.vouchCriteria,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The native hashing module loads on first use, so commands that never check a password start faster. */
const argon2 = () => import('@node-rs/argon2');

/**
 * Creates an account. The first account becomes the owner. Later ones need open sign-ups unless created
 * by an administrator on the command line (`policy: 'admin'`).
 */
export async function createAccount(
  db: Db,
  creds: SignupInput,
  policy: 'signup' | 'admin',
  /** The install's default digest (config `digestDefault`); the column's default ('none') otherwise. */
  digestFrequency?: DigestFrequency,
): Promise<Account> {
  const passwordHash = await (await argon2()).hash(creds.password);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const isFirst = (await repo.countAccounts(tx)) === 0;
        if (!isFirst && policy === 'signup' && !(await repo.getAllowSignups(tx))) {
          throw new ProblemError(
            403,
            'Sign-ups are closed',
            'This Linchpin only accepts new accounts when its owner opens sign-ups (Settings), or from the command line: linchpin user create --email … --password …',
          );
        }
        if (await repo.findAccountByEmail(tx, creds.email)) {
          throw conflict('an account with this email already exists', 'email');
        }
        const row = await repo.insertAccount(tx, {
          email: creds.email,
          name: creds.name || null,
          passwordHash,
          role: isFirst ? 'owner' : 'member',
          ...(creds.timeZone ? { timeZone: creds.timeZone } : {}),
          ...(digestFrequency ? { digestFrequency } : {}),
        });
        return toAccount(row);
      });
    } catch (err) {
      // Two first sign-ups raced for "owner", or two sign-ups for one email: re-check once with fresh data.
      if (attempt === 0 && isUniqueViolation(err)) continue;
      if (isUniqueViolation(err)) throw conflict('an account with this email already exists', 'email');
      throw err;
    }
  }
}

export async function getAccount(db: Db, accountId: string): Promise<Account> {
  return updateAccount(db, accountId, {});
}

/** Changes the caller's own account: its display name, time zone and digest. */
export async function updateAccount(db: Db, accountId: string, patch: AccountPatch): Promise<Account> {
  const values: repo.AccountChanges = {};
  if (patch.name !== undefined) values.name = patch.name || null;
  if (patch.timeZone !== undefined) values.timeZone = patch.timeZone;
  if (patch.digest?.frequency !== undefined) values.digestFrequency = patch.digest.frequency;
  if (patch.digest?.hour !== undefined) values.digestHour = patch.digest.hour;
  if (patch.vouchCriteria !== undefined) values.vouchCriteria = patch.vouchCriteria;
  const row =
    Object.keys(values).length > 0
      ? await repo.updateAccount(db, accountId, values)
      : await repo.findAccountById(db, accountId);
  if (!row) throw new ProblemError(404, 'Not Found', 'Account not found');
  return toAccount(row);
}

/** Checks a password; the same error for an unknown email and a wrong password. */
export async function verifyCredentials(db: Db, creds: Credentials): Promise<AccountRow> {
  const row = await repo.findAccountByEmail(db, creds.email);
  const { hash, verify } = await argon2();
  dummyHash ??= hash('not-a-real-password');
  const ok = await verify(row?.passwordHash ?? (await dummyHash), creds.password).catch(() => false);
  if (!row || !ok) throw new ProblemError(401, 'Sign-in failed', 'The email or the password is wrong');
  return row;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function startSession(db: Db, accountId: string, now: Date, days: number): Promise<NewSession> {
  const token = newToken('lps');
  const csrfToken = newToken('csrf', 24);
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  await repo.deleteExpiredSessions(db, now);
  await repo.insertSession(db, { tokenHash: hashToken(token), accountId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await repo.deleteSession(db, hashToken(token));
}

// A session's id in lists: a prefix of its token's hash, which identifies it but cannot sign anyone in.
const sessionId = (tokenHash: string) => tokenHash.slice(0, 16);

/** The account's live sessions, newest first; `currentToken` marks the one asking. */
export async function listSessions(
  db: Db,
  accountId: string,
  currentToken: string | undefined,
  now: Date,
): Promise<SessionView[]> {
  const current = currentToken ? hashToken(currentToken) : undefined;
  return (await repo.listLiveSessions(db, accountId, now)).map((s) => ({
    id: sessionId(s.tokenHash),
    createdAt: s.createdAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    current: s.tokenHash === current,
  }));
}

/** Ends every session of the account but `currentToken`'s (all of them when there is none). */
export async function signOutOtherSessions(
  db: Db,
  accountId: string,
  currentToken: string | undefined,
): Promise<number> {
  return repo.deleteSessionsExcept(db, accountId, currentToken ? hashToken(currentToken) : undefined);
}

/**
 * Changes the password after checking the current one, and ends the account's other sessions: whoever
 * knew the old password is signed out. The caller limits how often the current password may be wrong.
 */
export async function changePassword(
  db: Db,
  accountId: string,
  change: { currentPassword: string; newPassword: string },
  currentToken: string | undefined,
): Promise<void> {
  const row = await repo.findAccountById(db, accountId);
  if (!row) throw new ProblemError(404, 'Not Found', 'Account not found');
  if (!(await (await argon2()).verify(row.passwordHash, change.currentPassword).catch(() => false))) {
    throw new ProblemError(422, 'Current password is wrong', 'The current password is wrong', [
      { pointer: '/currentPassword', field: 'currentPassword', message: 'is wrong' },
    ]);
  }
  await setPassword(db, row.id, change.newPassword, currentToken);
}

/**
 * Sets a new password without the old one (the administrator's reset on the command line) and ends all
 * of the account's sessions. The new password must already have passed NewPassword.
 */
export async function resetPassword(db: Db, email: string, newPassword: string): Promise<AccountRow> {
  const row = await accountForEmailOrOwner(db, email);
  await setPassword(db, row.id, newPassword, undefined);
  return row;
}

async function setPassword(
  db: Db,
  accountId: string,
  newPassword: string,
  keepToken: string | undefined,
): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, accountId, passwordHash);
    await repo.deleteSessionsExcept(tx, accountId, keepToken ? hashToken(keepToken) : undefined);
  });
}

/** The stored form of a password that passed NewPassword. */
export const hashPassword = async (password: string) => (await argon2()).hash(password);

/** What the web app needs before anything else: who is signed in (if the token is a live session), the
 * CSRF token for writes, and whether the first account or a sign-up can be created. */
export async function sessionInfo(
  db: Db,
  token: string | undefined,
  now: Date,
  mail: { smtpUrl: string | undefined },
): Promise<SessionInfo> {
  const [accounts, signupsAllowed] = await Promise.all([repo.countAccounts(db), repo.getAllowSignups(db)]);
  const session = token ? await repo.findLiveSession(db, hashToken(token), now) : undefined;
  const account = session ? await repo.findAccountById(db, session.accountId) : undefined;
  return {
    account: account ? toAccount(account) : null,
    csrfToken: session?.csrfToken ?? null,
    setupRequired: accounts === 0,
    signupsAllowed: accounts === 0 || signupsAllowed,
    passwordResetByEmail: mail.smtpUrl !== undefined,
    now: now.toISOString(),
  };
}

export async function getInstanceSettings(db: Db): Promise<InstanceSettings> {
  return { allowSignups: await repo.getAllowSignups(db) };
}

/** Only the owner changes instance settings. */
export async function updateInstanceSettings(
  db: Db,
  caller: Pick<Caller, 'role'>,
  patch: InstanceSettingsPatch,
): Promise<InstanceSettings> {
  if (caller.role !== 'owner') {
    throw new ProblemError(403, 'Forbidden', 'Only the owner can change instance settings');
  }
  if (patch.allowSignups !== undefined) await repo.setAllowSignups(db, patch.allowSignups);
  return getInstanceSettings(db);
}

export async function createApiToken(db: Db, accountId: string, name: string) {
  const token = newToken('lp');
  const row = await repo.insertApiToken(db, { accountId, name, tokenHash: hashToken(token) });
  return { ...tokenView(row), token };
}

export async function listApiTokens(db: Db, accountId: string): Promise<ApiToken[]> {
  return (await repo.listApiTokens(db, accountId)).map(tokenView);
}

export async function revokeApiToken(db: Db, accountId: string, id: string): Promise<void> {
  if (!(await repo.deleteApiToken(db, accountId, id))) throw notFound('API token');
}

export function tokenView(row: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export async function accountForEmailOrOwner(db: Db, email?: string): Promise<AccountRow> {
  const row = email ? await repo.findAccountByEmail(db, email) : await repo.findOwner(db);
  if (!row) {
    throw new ProblemError(
      404,
      'No such account',
      email
        ? `No account has the email ${email}`
        : 'There is no account yet. Create one with: linchpin user create --email you@example.com --password …',
    );
  }
  return row;
}
