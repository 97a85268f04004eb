// The digest sweep: every few minutes, each account whose digest period has begun (in its own time zone)
// gets that period's digest once. Per account, in one transaction: lock the account row (SKIP LOCKED, so
// a second worker moves on instead of waiting), take the unique (account, period) slot (ON CONFLICT DO
// NOTHING, so a restart or a late worker finds it taken), build Today and, when it holds anything, write
// the email to the outbox. The slot and the email commit together: a digest is either taken and queued,
// or neither. An empty Today still takes the slot, so nothing is sent later in the period either.
import { buildAgenda } from '../agenda/service';
import type { Db, DbOrTx } from '../db/client';
import { digestPeriod } from '../domain/time/digest-schedule';
import { localDate } from '../domain/time/zoned';
import { queueConnectorMail } from '../mail/connector-mail';
import { linkBase } from '../mail/links';
import { renderDigest } from '../mail/templates/digest';
import type { AppDeps } from '../shared/deps';
import { dateLabel, digestItems } from './content';
import * as repo from './repository';

export interface DigestReport {
  /** Digests written to the outbox. */
  queued: number;
  /** Slots taken with nothing to say. */
  empty: number;
  /** Accounts another worker was working on. */
  skipped: number;
}

export interface DigestHooks {
  /** Called inside each account's transaction just before the row lock is asked for (tests hold it here). */
  beforeClaim?: (accountId: string) => Promise<void>;
}

export type DigestDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'log'> & {
  /** Today's items (default: `buildAgenda`); tests give a fixed Today to exercise sending alone. */
  agenda?: typeof buildAgenda;
};

export async function sendDueDigests(deps: DigestDeps, hooks: DigestHooks = {}): Promise<DigestReport> {
  const { db, clock, log } = deps;
  const now = clock.now();
  const due = (await repo.accountsWithDigest(db)).flatMap((a) => {
    const periodKey = digestPeriod(now, a.timeZone, a.digestFrequency, a.digestHour);
    return periodKey ? [{ accountId: a.id, periodKey }] : [];
  });
  const taken = await repo.takenSlots(db, due);
  const report: DigestReport = { queued: 0, empty: 0, skipped: 0 };
  for (const slot of due) {
    if (taken.has(`${slot.accountId} ${slot.periodKey}`)) continue;
    try {
      const outcome = await claimAndQueue(deps, db, slot.accountId, now, hooks);
      report[outcome] += 1;
    } catch (err) {
      // One account's failure (say, a broken agenda read) must not keep the others' digests back.
      log.warn({ err, accountId: slot.accountId }, 'digest failed; tried again at the next sweep');
    }
  }
  if (report.queued || report.empty) log.info(report, 'digests');
  return report;
}

async function claimAndQueue(
  deps: DigestDeps,
  db: Db,
  accountId: string,
  now: Date,
  hooks: DigestHooks,
): Promise<'queued' | 'empty' | 'skipped'> {
  return db.transaction(async (tx) => {
    await hooks.beforeClaim?.(accountId);
    const account = await repo.lockAccount(tx, accountId);
    if (!account) return 'skipped';
    // Settings may have changed since the list was read: decide again on the locked row.
    const periodKey = digestPeriod(now, account.timeZone, account.digestFrequency, account.digestHour);
    if (!periodKey || !(await repo.takeSlot(tx, account.id, periodKey, now))) return 'skipped';
    const agenda = await (deps.agenda ?? buildAgenda)(tx, account.id, now, account.timeZone, {
      timing: deps.config.introductions,
    });
    if (agenda.items.length === 0) return 'empty';
    const outboxId = await queueDigest(deps, tx, account, now, digestItems(agenda));
    await repo.recordSlotMessage(tx, account.id, periodKey, outboxId);
    return 'queued';
  });
}

async function queueDigest(
  { config }: DigestDeps,
  tx: DbOrTx,
  account: repo.DigestAccount,
  now: Date,
  items: ReturnType<typeof digestItems>,
): Promise<string> {
  const base = linkBase(config);
  const mail = renderDigest({
    frequency: account.digestFrequency === 'weekly' ? 'weekly' : 'daily',
    dateLabel: dateLabel(localDate(now, account.timeZone)),
    todayUrl: `${base}/`,
    settingsUrl: `${base}/settings`,
    items,
  });
  return queueConnectorMail(tx, config, account, 'digest', mail, now);
}
