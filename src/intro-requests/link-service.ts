// The public request link: making (or rotating) and revoking it, and what its page does. The secret is
// shown once; only its SHA-256 is stored. Opening the page changes nothing; posting its form stores one
// pending request in the link's own account (the account is found from the secret, never from the body).
import { linkBase } from '../mail/links';
import type { AppDeps } from '../shared/deps';
import { notFound } from '../shared/errors';
import { hashToken, newToken } from '../shared/secrets';
import { readRequestForm } from './form';
import { noSuchLinkPage, requestFormPage, requestThanksPage } from './pages';
import * as repo from './repository';
import type { IntroRequestLinkCreated, IntroRequestLinkStatus } from './schema';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

const SECRET_PREFIX = 'lpask';
const SECRET = /^lpask_[A-Za-z0-9_-]{20,100}$/;

export interface PublicPage {
  status: 200 | 400 | 404;
  html: string;
}

export async function createOrRotateLink(
  { db, clock, config }: Deps,
  accountId: string,
): Promise<IntroRequestLinkCreated> {
  const secret = newToken(SECRET_PREFIX);
  await repo.saveLink(db, accountId, hashToken(secret), clock.now());
  return { url: `${linkBase(config)}/ask/${secret}` };
}

export async function revokeLink(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  accountId: string,
): Promise<void> {
  if (!(await repo.revokeLink(db, accountId, clock.now()))) throw notFound('Request link');
}

export async function linkStatus(
  { db }: Pick<Deps, 'db'>,
  accountId: string,
): Promise<IntroRequestLinkStatus> {
  const row = await repo.activeLink(db, accountId);
  return { active: row !== undefined, createdAt: row?.createdAt.toISOString() ?? null };
}

/** The hash a secret is looked up (and rate-limited) by; null for anything that cannot be a secret. */
export const linkKey = (secret: string): string | null => (SECRET.test(secret) ? hashToken(secret) : null);

async function accountOf(deps: Pick<Deps, 'db'>, secret: string) {
  const key = linkKey(secret);
  return key ? repo.accountOfLink(deps.db, key) : undefined;
}

const noSuchLink = (): PublicPage => ({ status: 404, html: noSuchLinkPage() });

export async function showRequestForm(deps: Pick<Deps, 'db'>, secret: string): Promise<PublicPage> {
  const account = await accountOf(deps, secret);
  if (!account) return noSuchLink();
  return { status: 200, html: requestFormPage({ token: secret, connectorName: account.name }) };
}

export async function submitRequest(
  deps: Pick<Deps, 'db' | 'clock'>,
  secret: string,
  fields: Readonly<Record<string, string | undefined>>,
): Promise<PublicPage> {
  const account = await accountOf(deps, secret);
  if (!account) return noSuchLink();
  const verdict = readRequestForm(fields);
  if (verdict.kind === 'invalid') {
    return {
      status: 400,
      html: requestFormPage({
        token: secret,
        connectorName: account.name,
        errors: verdict.errors,
        entered: verdict.entered,
      }),
    };
  }
  if (verdict.kind === 'ok')
    await repo.insertRequest(deps.db, account.accountId, verdict.request, deps.clock.now());
  return { status: 200, html: requestThanksPage(account.name) };
}
