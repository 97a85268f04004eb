// The secret calendar feed: creating (or rotating) its URL, revoking it, and the feed itself. The URL's
// secret is shown once; only its SHA-256 is stored, so neither a database leak nor a backup hands out a
// working feed URL.
import { linkBase } from '../mail/links';
import type { AppDeps } from '../shared/deps';
import { notFound, ProblemError } from '../shared/errors';
import { hashToken, newToken } from '../shared/secrets';
import { calendarEvents } from './events';
import { renderCalendar } from './ics';
import * as repo from './repository';
import type { CalendarFeedCreated, CalendarFeedStatus } from './schema';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

const SECRET_PREFIX = 'lpcal';
const FEED_FILE = /^(lpcal_[A-Za-z0-9_-]{20,100})\.ics$/;

export async function createOrRotateFeed(
  { db, clock, config }: Deps,
  accountId: string,
): Promise<CalendarFeedCreated> {
  const secret = newToken(SECRET_PREFIX);
  await repo.saveFeed(db, accountId, hashToken(secret), clock.now());
  return { url: `${linkBase(config)}/calendar/${secret}.ics` };
}

export async function revokeFeed({ db }: Pick<Deps, 'db'>, accountId: string): Promise<void> {
  if (!(await repo.deleteFeed(db, accountId))) throw notFound('Calendar feed');
}

export async function feedStatus({ db }: Pick<Deps, 'db'>, accountId: string): Promise<CalendarFeedStatus> {
  const row = await repo.findFeed(db, accountId);
  return { active: row !== undefined, createdAt: row?.createdAt.toISOString() ?? null };
}

const noSuchFeed = () =>
  new ProblemError(
    404,
    'Not Found',
    'No calendar feed has this address: it was revoked or replaced. Make a new one in Settings.',
  );

/** The feed of the account whose secret `file` ("<secret>.ics") carries. */
export async function calendarFeed({ db, clock, config }: Deps, file: string): Promise<string> {
  const secret = FEED_FILE.exec(file)?.[1];
  if (!secret) throw noSuchFeed();
  const account = await repo.accountOfFeed(db, hashToken(secret));
  if (!account) throw noSuchFeed();
  const now = clock.now();
  const events = await calendarEvents(
    db,
    account.accountId,
    now,
    account.timeZone,
    config.introductions,
    linkBase(config),
  );
  return renderCalendar(events, now, account.timeZone);
}
