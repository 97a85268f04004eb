// The referral ledger: CRUD with the rules checked on the whole referral (as created, or as a change leaves
// it), the people each list names, a person's two histories and the "help back" list. An introduction that
// closes with business done records its referral through `recordBusinessDone`, inside applyEvent's
// transaction.
import { findAccountById } from '../accounts/repository';
import type { Db, DbOrTx } from '../db/client';
import type { IntroductionRow } from '../db/schema';
import { type HelpEvent, helpBack, helpersOf, windowStart } from '../domain/referral/help-back';
import { personLedger } from '../domain/referral/ledger';
import { referralProblems } from '../domain/referral/rules';
import type { ReferralFacts } from '../domain/referral/types';
import { localDate, startOfLocalDate } from '../domain/time/zoned';
import { findPerson } from '../people/repository';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { fieldError, notFound, ProblemError } from '../shared/errors';
import * as repo from './repository';
import type {
  HelpBack,
  PersonReferrals,
  Referral,
  ReferralInput,
  ReferralListQuery,
  ReferralPage,
  ReferralPatch,
} from './schema';

export function toReferral(row: repo.ReferralRow): Referral {
  return {
    id: row.id,
    direction: row.direction,
    referrerId: row.referrerId,
    fromPersonId: row.fromPersonId,
    toPersonId: row.toPersonId,
    introductionId: row.introductionId,
    about: row.about,
    status: row.status,
    estimatedValue: row.estimatedValue === null ? null : Number(row.estimatedValue),
    closedValue: row.closedValue === null ? null : Number(row.closedValue),
    currency: row.currency,
    date: row.date,
  };
}

const PERSON_FIELDS = ['referrerId', 'fromPersonId', 'toPersonId'] as const;

/** The rules on the whole referral, and every person it names live in the account: 422 naming each field. */
async function check(tx: DbOrTx, accountId: string, r: ReferralFacts): Promise<void> {
  const named = PERSON_FIELDS.map((f) => r[f]).filter((id): id is string => id !== null);
  const live = await repo.livePeopleIds(tx, accountId, named);
  const errors = [
    ...PERSON_FIELDS.filter((f) => r[f] !== null && !live.has(r[f]!)).map((f) =>
      fieldError(f, 'must be a person in your account'),
    ),
    ...referralProblems(r).map((p) => fieldError(p.field, p.message)),
  ];
  if (errors.length > 0) {
    throw new ProblemError(
      422,
      'Validation failed',
      errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors,
    );
  }
}

async function todayOf(tx: DbOrTx, accountId: string, now: Date): Promise<string> {
  const account = await findAccountById(tx, accountId);
  return localDate(now, account?.timeZone ?? 'UTC');
}

export async function createReferral(
  db: Db,
  accountId: string,
  input: ReferralInput,
  now: Date,
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const values = { ...input, date: input.date ?? (await todayOf(tx, accountId, now)) };
    await check(tx, accountId, values);
    if (input.introductionId !== null) {
      if (!(await repo.introductionExists(tx, accountId, input.introductionId))) {
        throw new ProblemError(
          422,
          'Validation failed',
          'introductionId: must be an introduction in your account',
          [fieldError('introductionId', 'must be an introduction in your account')],
        );
      }
      const existing = await repo.findReferralOfIntroduction(tx, accountId, input.introductionId);
      if (existing) {
        throw new ProblemError(
          409,
          'Conflict',
          'that introduction already has its referral; change that one instead',
          [fieldError('introductionId', 'already has a referral')],
          {},
          { referralId: existing.id },
        );
      }
    }
    const row = await repo.insertReferral(tx, accountId, { ...values, createdAt: now, updatedAt: now });
    return toReferral(row);
  });
}

export async function getReferral(db: DbOrTx, accountId: string, id: string): Promise<Referral> {
  const row = await repo.findReferral(db, accountId, id);
  if (!row) throw notFound('Referral');
  return toReferral(row);
}

export async function updateReferral(
  db: Db,
  accountId: string,
  id: string,
  patch: ReferralPatch,
  now: Date,
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const before = await repo.findReferral(tx, accountId, id);
    if (!before) throw notFound('Referral');
    await check(tx, accountId, { ...toReferral(before), ...patch });
    const row = await repo.updateReferral(tx, accountId, id, { ...patch, updatedAt: now });
    if (!row) throw notFound('Referral');
    return toReferral(row);
  });
}

export async function deleteReferral(db: Db, accountId: string, id: string): Promise<void> {
  const row = await repo.deleteReferral(db, accountId, id);
  if (!row) throw notFound('Referral');
}

async function withNames(db: DbOrTx, accountId: string, items: Referral[]) {
  const ids = new Set(
    items.flatMap((r) => PERSON_FIELDS.map((f) => r[f]).filter((x): x is string => x !== null)),
  );
  return repo.namesOf(db, accountId, [...ids]);
}

export async function listReferrals(
  db: DbOrTx,
  accountId: string,
  q: ReferralListQuery,
): Promise<ReferralPage> {
  const limit = q.limit ?? 50;
  const after = decodeCursor(q.cursor, repo.ReferralCursor);
  const rows = await repo.listReferrals(db, accountId, q, limit, after);
  const page = rows.slice(0, limit).map(toReferral);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > limit && last ? encodeCursor({ date: last.date, id: last.id }) : null,
    people: await withNames(db, accountId, page),
  };
}

/** How many referrals of each side a person's page shows. */
const PERSON_HISTORY_LIMIT = 200;

export async function personReferrals(
  db: DbOrTx,
  accountId: string,
  personId: string,
): Promise<PersonReferrals> {
  if (!(await findPerson(db, accountId, personId))) throw notFound('Person');
  const rows = await repo.listReferrals(db, accountId, { person: personId }, PERSON_HISTORY_LIMIT * 3);
  const ledger = personLedger(personId, rows.map(toReferral));
  const sentMyWay = ledger.sentMyWay.slice(0, PERSON_HISTORY_LIMIT);
  const sentTheirWay = ledger.sentTheirWay.slice(0, PERSON_HISTORY_LIMIT);
  return {
    ...ledger,
    sentMyWay,
    sentTheirWay,
    people: await withNames(db, accountId, [...sentMyWay, ...sentTheirWay]),
  };
}

export async function helpBackList(
  db: DbOrTx,
  accountId: string,
  now: Date,
  days: number,
): Promise<HelpBack> {
  const account = await findAccountById(db, accountId);
  const zone = account?.timeZone ?? 'UTC';
  const today = localDate(now, zone);
  const from = windowStart(today, days);
  const [received, judged] = await Promise.all([
    repo.referralsReceivedSince(db, accountId, from),
    repo.helpfulIntroductionsSince(db, accountId, startOfLocalDate(from, zone)),
  ]);
  const events: HelpEvent[] = received.map((r) => ({
    kind: 'referral',
    personId: r.referrerId!,
    date: r.date,
    about: r.about,
    referralId: r.id,
  }));
  const seen = new Set<string>();
  for (const j of judged) {
    for (const personId of helpersOf(j)) {
      const key = `${j.introductionId}|${personId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({
        kind: 'introduction',
        personId,
        date: localDate(j.at, zone),
        about: j.reason,
        introductionId: j.introductionId,
      });
    }
  }
  const live = await repo.livePeopleIds(db, accountId, [...new Set(events.map((e) => e.personId))]);
  const kept = events.filter((e) => live.has(e.personId));
  const needs = await repo.openNeedsOf(db, accountId, [...live]);
  const entries = helpBack(kept, needs, today, days);
  const names = new Map(
    (
      await repo.namesOf(
        db,
        accountId,
        entries.map((e) => e.personId),
      )
    ).map((p) => [p.id, p]),
  );
  return {
    days,
    items: entries.map((e) => ({
      person: names.get(e.personId) ?? { id: e.personId, name: '' },
      helped: e.helped.map((h) => ({
        kind: h.kind,
        date: h.date,
        about: h.about,
        referralId: h.kind === 'referral' ? h.referralId : null,
        introductionId: h.kind === 'introduction' ? h.introductionId : null,
      })),
      lastHelpedOn: e.lastHelpedOn,
      openNeeds: e.openNeeds.map((n) => ({ id: n.id, text: n.text })),
    })),
  };
}

/**
 * An introduction closed with business done: the referral it made (given, from the seeker to the provider,
 * about the need or else the reason, won with the outcome's value), in the caller's transaction. Written
 * once per introduction; a retry or replay writes nothing.
 */
export async function recordBusinessDone(
  tx: DbOrTx,
  row: IntroductionRow,
  about: string,
  currency: string,
  now: Date,
): Promise<void> {
  const value = row.outcome?.value ?? null;
  await repo.insertReferralOnce(tx, row.accountId, {
    direction: 'given',
    referrerId: null,
    fromPersonId: row.personAId,
    toPersonId: row.personBId,
    introductionId: row.id,
    about,
    status: 'won',
    estimatedValue: null,
    closedValue: value,
    currency: value === null ? null : currency,
    date: await todayOf(tx, row.accountId, now),
    createdAt: now,
    updatedAt: now,
  });
}
