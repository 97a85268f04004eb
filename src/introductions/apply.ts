// Moves one introduction: lock it, ask the pure state machine, then write the new state, its event rows,
// consent log, outcomes and outbox messages, all in the caller's transaction. Every caller (API, public
// pages, CLI, jobs) goes through here, so every change is recorded the same way.
import { findAccountById } from '../accounts/repository';
import type { Config } from '../config';
import type { DbOrTx } from '../db/client';
import type { IntroductionRow, OutboxRow, PersonRow } from '../db/schema';
import { transition } from '../domain/introduction/transition';
import {
  type IntroEvent,
  type LogEntry,
  type OutcomeKind,
  otherParty,
  PARTIES,
  type Party,
  type TransitionError,
} from '../domain/introduction/types';
import { insertInteractions } from '../interactions/repository';
import { findOutbox, latestRequestTo } from '../mail/repository';
import type { Connector } from '../mail/templates/types';
import { findNeed } from '../needs/repository';
import { findPeople } from '../people/repository';
import { recordBusinessDone } from '../referrals/service';
import { conflict, notFound, ProblemError, unprocessable } from '../shared/errors';
import { loadDomain } from './facts';
import { sendEffects } from './mail';
import { fromDomain, namedMessage, personIdOf } from './mapping';
import * as repo from './repository';
import { type Review, reviewDetail, reviewedContent } from './review';

export type Actor = 'connector' | 'person' | 'system';

export interface ApplyDeps {
  config: Config;
  now: Date;
}

export interface ApplyOptions {
  actor: Actor;
  /** The outbox message whose link was used, to record what the person had been shown. */
  shownMessageId?: string | null;
  /** What the connector changed when reviewing the email this step sends. */
  review?: Review;
}

export interface Applied {
  row: IntroductionRow;
  changed: boolean;
  log: LogEntry[];
  outbox: OutboxRow[];
}

/** Maps a refusal of the state machine to an HTTP problem that says why. */
export function problemFor(error: TransitionError): ProblemError {
  switch (error.code) {
    case 'invalid_until':
      return unprocessable('until', error.message);
    case 'invalid_outcome':
      return unprocessable('outcome', error.message);
    case 'opted_out':
    case 'missing_email':
    case 'over_budget':
      return new ProblemError(422, 'Cannot introduce', error.message);
    case 'stale_yes':
      // The client offers the reconfirmation from the code (POST …/reconfirm).
      return new ProblemError(409, 'Reconfirm first', error.message, undefined, {}, { code: error.code });
    default:
      return conflict(error.message);
  }
}

export async function loadParties(tx: DbOrTx, row: IntroductionRow): Promise<Record<Party, PersonRow>> {
  const found = await findPeople(tx, row.accountId, [row.personAId, row.personBId], { includeDeleted: true });
  const a = found.find((p) => p.id === row.personAId);
  const b = found.find((p) => p.id === row.personBId);
  if (!a || !b) throw notFound('Person');
  return { a, b };
}

/**
 * Who emails come from, as they present the connector (their display name, or their email when they set
 * none), and the time zone their dates are written in.
 */
export async function senderOf(
  tx: DbOrTx,
  accountId: string,
): Promise<{ connector: Connector; timeZone: string }> {
  const account = await findAccountById(tx, accountId);
  if (!account) throw notFound('Account');
  return {
    connector: { name: account.name || account.email, email: account.email },
    timeZone: account.timeZone,
  };
}

export function withNames(error: TransitionError, names: Record<Party, string>): TransitionError {
  return { ...error, message: namedMessage(error.message, error.party, names) };
}

export async function applyEvent(
  tx: DbOrTx,
  deps: ApplyDeps,
  accountId: string,
  introductionId: string,
  event: IntroEvent,
  opts: ApplyOptions,
): Promise<Applied> {
  const row = await repo.lockIntroduction(tx, accountId, introductionId);
  if (!row) throw notFound('Introduction');
  const people = await loadParties(tx, row);
  const intro = await loadDomain(tx, row, people, deps.now);
  const result = transition(intro, event, deps.now, deps.config.introductions);
  if (!result.ok) throw problemFor(withNames(result.error, { a: people.a.name, b: people.b.name }));
  if (!result.changed) return { row, changed: false, log: [], outbox: [] };

  const updated = await repo.updateIntroduction(tx, accountId, row.id, row.version, {
    ...fromDomain(result.intro, deps.config.introductions),
    ...reviewedContent(row, result.effects, opts.review),
    updatedAt: deps.now,
  });
  // The row is locked, so this only happens if a writer skipped the lock; refuse rather than overwrite.
  if (!updated) throw conflict('the introduction changed at the same time; reload and try again');

  const outbox = result.effects.length
    ? await sendEffects(
        {
          tx,
          config: deps.config,
          now: deps.now,
          ...(await senderOf(tx, accountId)),
          row: updated,
          people,
        },
        result.effects,
      )
    : [];
  if (result.effects.some((e) => e.type === 'send_introduction')) {
    await logIntroduced(tx, updated, people, deps.now);
  }
  await record(tx, deps, updated, result.log, opts, row.state);
  if (result.log.some((e) => e.type === 'outcome_recorded') && updated.outcome?.kind === 'business_done') {
    await recordBusinessDone(
      tx,
      updated,
      await aboutOf(tx, updated),
      deps.config.referrals.currency,
      deps.now,
    );
  }
  return { row: updated, changed: true, log: result.log, outbox };
}

/** What the referral of a business-done introduction was about: the need it answered, else its reason. */
async function aboutOf(tx: DbOrTx, row: IntroductionRow): Promise<string> {
  const need = row.needId ? await findNeed(tx, row.accountId, row.needId) : undefined;
  return need?.text ?? row.reason;
}

/**
 * An introduction made is contact with both people: one `introduced` interaction each, written through
 * the interactions repository (which keeps their last contact, and so their keep-in-touch clocks, current).
 */
async function logIntroduced(tx: DbOrTx, row: IntroductionRow, people: Record<Party, PersonRow>, now: Date) {
  await insertInteractions(
    tx,
    row.accountId,
    PARTIES.map((party) => ({
      personId: people[party].id,
      type: 'introduced' as const,
      direction: 'outbound' as const,
      occurredAt: now,
      note: `Introduced to ${people[otherParty(party)].name}`,
      createdAt: now,
    })),
  );
}

async function record(
  tx: DbOrTx,
  deps: ApplyDeps,
  row: IntroductionRow,
  log: LogEntry[],
  opts: ApplyOptions,
  stateBefore: IntroductionRow['state'],
) {
  const base = { accountId: row.accountId, introductionId: row.id, createdAt: deps.now };
  const reviewed = reviewDetail(opts.review);
  await repo.insertEvents(tx, [
    ...(reviewed
      ? [
          {
            ...base,
            type: 'edited',
            fromState: stateBefore,
            toState: stateBefore,
            party: null,
            actor: opts.actor,
            detail: reviewed,
          },
        ]
      : []),
    ...log.map((e) => ({
      ...base,
      type: e.type,
      fromState: e.from,
      toState: e.to,
      party: e.party,
      actor: opts.actor,
      detail: e.detail ?? e.consent?.answer ?? e.followUp?.answer ?? '',
    })),
  ]);

  const answers = log.filter((e) => e.consent && e.party);
  if (answers.length) {
    const shown = await shownRequest(tx, row, opts.shownMessageId ?? null, answers[0]!.party!);
    await repo.insertConsentLog(
      tx,
      answers.map((e) => ({
        ...base,
        personId: personIdOf(row, e.party!),
        party: e.party!,
        answer: e.consent!.answer,
        until: e.consent!.until,
        channel: e.consent!.channel,
        note: e.consent!.note,
        recordedBy: opts.actor === 'person' ? ('person' as const) : ('connector' as const),
        shownMessageId: shown?.id ?? null,
        shownSubject: shown?.subject ?? '',
        shownText: shown?.text ?? '',
        shownHtml: shown?.html ?? '',
      })),
    );
  }

  const outcomes = [];
  for (const e of log) {
    if (e.followUp && e.party) {
      outcomes.push({
        ...base,
        personId: personIdOf(row, e.party),
        party: e.party,
        source: 'follow_up' as const,
        outcome: e.followUp.answer,
        value: null,
        note: e.followUp.note,
      });
    }
    if (e.type === 'outcome_recorded' && row.outcome) {
      const o = row.outcome;
      for (const party of ['a', 'b'] as const) {
        // A no-show is recorded against the person who missed it; the other simply did not meet.
        const outcome: OutcomeKind =
          o.kind === 'no_show' ? (o.noShowParty === party ? 'no_show' : 'not_met') : o.kind;
        outcomes.push({
          ...base,
          personId: personIdOf(row, party),
          party,
          source: 'connector' as const,
          outcome,
          value: o.value,
          note: o.note,
        });
      }
    }
  }
  await repo.insertOutcomes(tx, outcomes);
}

/**
 * What the person had been shown when they answered: the request whose link they used, or else the
 * latest request or reminder sent to them (for answers the connector records).
 */
async function shownRequest(tx: DbOrTx, row: IntroductionRow, messageId: string | null, party: Party) {
  if (messageId) {
    const used = await findOutbox(tx, row.accountId, messageId);
    if (used) return used;
  }
  return latestRequestTo(tx, row.accountId, row.id, personIdOf(row, party));
}
