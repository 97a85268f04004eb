// Reading introductions: each with the actions possible now, the detail view (consent log, events,
// outcomes, emails). What needs the connector today is Today's (src/agenda).
import type { DbOrTx } from '../db/client';
import type { IntroductionRow } from '../db/schema';
import { availableActions } from '../domain/introduction/actions';
import { NEED_MEETING_OUTCOMES } from '../domain/introduction/rules';
import { latestRequestsOf, listOutboxForIntroduction } from '../mail/repository';
import { undeliveredTo } from '../mail/resend-rules';
import { toOutboxMessage } from '../mail/service';
import { findNeed } from '../needs/repository';
import type { AppDeps } from '../shared/deps';
import { notFound } from '../shared/errors';
import { domainWithFacts, requestsLeftOf } from './facts';
import { actionsView, toIntroduction } from './mapping';
import * as repo from './repository';
import type { Introduction, IntroductionDetail } from './schema';

export type ReadDeps = Pick<AppDeps, 'clock' | 'config'> & { db: DbOrTx };

/**
 * Introductions as the API shows them, each with the actions possible now: the state machine is asked
 * about every move, with both people's facts (do-not-introduce, email, monthly budget) read here.
 */
export async function withActions(
  deps: ReadDeps,
  accountId: string,
  rows: IntroductionRow[],
): Promise<Introduction[]> {
  const found = await repo.partyPeople(
    deps.db,
    accountId,
    rows.flatMap((r) => [r.personAId, r.personBId]),
  );
  const byId = new Map(found.map((p) => [p.id, p]));
  const now = deps.clock.now();
  const ids = rows.map((r) => r.id);
  const [left, answers, requests] = await Promise.all([
    requestsLeftOf(deps.db, accountId, found, now),
    repo.latestAnswers(deps.db, accountId, ids),
    latestRequestsOf(deps.db, accountId, ids),
  ]);
  const noteOf = new Map(answers.map((x) => [`${x.introductionId}:${x.party}`, x.note]));
  const stateOf = new Map(rows.map((r) => [r.id, r.state]));
  const missed = new Set(
    requests.flatMap((m) =>
      undeliveredTo(m, stateOf.get(m.introductionId ?? '') ?? null).map((p) => `${m.introductionId}:${p}`),
    ),
  );
  const names = new Map(found.map((p) => [p.id, p.name]));
  return rows.map((row) => {
    const intro = domainWithFacts(row, { a: byId.get(row.personAId), b: byId.get(row.personBId) }, left);
    const actions = availableActions(intro, now, deps.config.introductions);
    const named = { a: names.get(row.personAId) ?? 'Person A', b: names.get(row.personBId) ?? 'Person B' };
    const notes = { a: noteOf.get(`${row.id}:a`) ?? '', b: noteOf.get(`${row.id}:b`) ?? '' };
    const undelivered = {
      a: missed.has(`${row.id}:${row.personAId}`),
      b: missed.has(`${row.id}:${row.personBId}`),
    };
    return toIntroduction(row, names, actionsView(row, actions, named), notes, undelivered);
  });
}

export async function getDetail(deps: ReadDeps, accountId: string, id: string): Promise<IntroductionDetail> {
  const { db } = deps;
  const row = await repo.findIntroduction(db, accountId, id);
  if (!row) throw notFound('Introduction');
  const [[intro], log, events, outcomes, emails, need] = await Promise.all([
    withActions(deps, accountId, [row]),
    repo.consentLogOf(db, accountId, id),
    repo.eventsOf(db, accountId, id),
    repo.outcomesOf(db, accountId, id),
    listOutboxForIntroduction(db, accountId, id),
    row.needId ? findNeed(db, accountId, row.needId) : Promise.resolve(undefined),
  ]);
  const fu = (p: 'a' | 'b') => {
    const x = row.followUpAnswers[p];
    return x ? { answer: x.answer, at: x.at, channel: x.channel ?? 'email_link' } : null;
  };
  return {
    ...intro!,
    pitchA: row.pitchA,
    pitchB: row.pitchB,
    personalLines: {
      introduction: row.personalLines.introduction ?? '',
      request: { a: row.personalLines.request?.a ?? '', b: row.personalLines.request?.b ?? '' },
    },
    need: need ? { id: need.id, text: need.text, status: need.status } : null,
    canMarkNeedMet:
      need?.status === 'open' && intro!.actions.outcome.allowed ? [...NEED_MEETING_OUTCOMES] : [],
    disclosedCaveats: row.disclosedCaveats,
    followUpAnswers: { a: fu('a'), b: fu('b') },
    consentLog: log.map((l) => ({
      id: l.id,
      personId: l.personId,
      party: l.party,
      answer: l.answer,
      until: l.until,
      channel: l.channel,
      note: l.note,
      recordedBy: l.recordedBy,
      shown: { messageId: l.shownMessageId, subject: l.shownSubject, text: l.shownText, html: l.shownHtml },
      at: l.createdAt.toISOString(),
    })),
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      fromState: e.fromState,
      toState: e.toState,
      party: e.party,
      actor: e.actor,
      detail: e.detail,
      at: e.createdAt.toISOString(),
    })),
    outcomes: outcomes.map((o) => ({
      id: o.id,
      personId: o.personId,
      party: o.party,
      source: o.source,
      outcome: o.outcome,
      value: o.value,
      note: o.note,
      at: o.createdAt.toISOString(),
    })),
    emails: emails.map(toOutboxMessage),
  };
}
