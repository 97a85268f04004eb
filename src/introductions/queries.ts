// Reading introductions: each with the actions possible now, the detail view (consent log, events,
// outcomes, emails) and the agenda of what needs the connector's attention today.
import type { DbOrTx } from '../db/client';
import type { IntroductionRow } from '../db/schema';
import { availableActions } from '../domain/introduction/actions';
import { dateOf, snoozedUntil, startOfDate } from '../domain/introduction/timing';
import type { Channel, FollowUpAnswer } from '../domain/introduction/types';
import { listOutboxForIntroduction } from '../mail/repository';
import { toOutboxMessage } from '../mail/service';
import type { AppDeps } from '../shared/deps';
import { notFound } from '../shared/errors';
import { failedMailItems } from './agenda-failed-mail';
import { domainWithFacts, requestsLeftOf } from './facts';
import { actionsView, consentFromJson, personIdOf, toIntroduction } from './mapping';
import * as repo from './repository';
import type { AgendaItem, Introduction, IntroductionDetail } from './schema';

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
  const left = await requestsLeftOf(deps.db, accountId, found, now);
  const names = new Map(found.map((p) => [p.id, p.name]));
  return rows.map((row) => {
    const intro = domainWithFacts(row, { a: byId.get(row.personAId), b: byId.get(row.personBId) }, left);
    const actions = availableActions(intro, now, deps.config.introductions);
    const named = { a: names.get(row.personAId) ?? 'Person A', b: names.get(row.personBId) ?? 'Person B' };
    return toIntroduction(row, names, actionsView(row, actions, named));
  });
}

export async function getDetail(deps: ReadDeps, accountId: string, id: string): Promise<IntroductionDetail> {
  const { db } = deps;
  const row = await repo.findIntroduction(db, accountId, id);
  if (!row) throw notFound('Introduction');
  const [[intro], log, events, outcomes, emails] = await Promise.all([
    withActions(deps, accountId, [row]),
    repo.consentLogOf(db, accountId, id),
    repo.eventsOf(db, accountId, id),
    repo.outcomesOf(db, accountId, id),
    listOutboxForIntroduction(db, accountId, id),
  ]);
  const fu = (p: 'a' | 'b') => {
    const x = row.followUpAnswers[p];
    return x
      ? { answer: x.answer as FollowUpAnswer, at: x.at, channel: (x.channel ?? 'email_link') as Channel }
      : null;
  };
  return {
    ...intro!,
    pitchA: row.pitchA,
    pitchB: row.pitchB,
    disclosedCaveats: row.disclosedCaveats,
    followUpAnswers: { a: fu('a'), b: fu('b') },
    consentLog: log.map((l) => ({
      id: l.id,
      personId: l.personId,
      party: l.party,
      answer: l.answer,
      until: l.until,
      channel: l.channel as IntroductionDetail['consentLog'][number]['channel'],
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

const FOLLOW_UP_WORDS: Record<string, string> = {
  met_helpful: 'met and it helped',
  met_not_fit: 'met, not a fit',
  not_yet: 'not met yet',
  no_contact: 'could not reach them',
};

/** What needs the connector today, as of `now`: check-backs due, introductions to send, outcomes to record. */
export async function agenda(db: DbOrTx, accountId: string, now: Date): Promise<AgendaItem[]> {
  const rows = await repo.listInStates(db, accountId, ['snoozed', 'ready', 'following_up', 'asking']);
  const names = await repo.personNames(
    db,
    accountId,
    rows.flatMap((r) => [r.personAId, r.personBId]),
  );
  const today = dateOf(now);
  const items: AgendaItem[] = [];
  const item = (
    row: IntroductionRow,
    kind: AgendaItem['kind'],
    since: Date,
    summary: string,
  ): AgendaItem => ({
    kind,
    introductionId: row.id,
    personA: { id: row.personAId, name: names.get(row.personAId) ?? '' },
    personB: { id: row.personBId, name: names.get(row.personBId) ?? '' },
    state: row.state,
    since: since.toISOString(),
    summary,
  });
  for (const row of rows) {
    const a = names.get(row.personAId) ?? 'A';
    const b = names.get(row.personBId) ?? 'B';
    const consent = { a: consentFromJson(row.consentA), b: consentFromJson(row.consentB) };
    if (row.state === 'snoozed') {
      const until = snoozedUntil({ state: row.state, consent } as never);
      if (until && until <= today) {
        const later = (['a', 'b'] as const).filter((p) => consent[p].status === 'later');
        const whom =
          later.length === 2
            ? `${a} and ${b} again about meeting each other`
            : later[0] === 'a'
              ? `${a} again about meeting ${b}`
              : `${b} again about meeting ${a}`;
        items.push(
          item(row, 'ask_again', startOfDate(until), `Ask ${whom}; they said "not now" until ${until}`),
        );
      }
    } else if (row.state === 'ready') {
      items.push(
        item(row, 'ready_to_send', row.updatedAt, `${a} and ${b} both said yes: send the introduction`),
      );
    } else if (row.state === 'following_up') {
      const answers = (['a', 'b'] as const)
        .map((p) => {
          const x = row.followUpAnswers[p];
          return x ? `${names.get(personIdOf(row, p))}: ${FOLLOW_UP_WORDS[x.answer] ?? x.answer}` : null;
        })
        .filter(Boolean);
      items.push(
        item(
          row,
          'record_outcome',
          row.followUpSentAt ?? row.updatedAt,
          `How did ${a} and ${b} go? ${answers.length ? answers.join('; ') : 'No answers to the follow-up yet'}`,
        ),
      );
    } else if (row.state === 'asking') {
      const reminded = (['a', 'b'] as const).filter((p) => {
        const c = consent[p];
        return c.status === 'asked' && c.remindedAt !== null;
      });
      for (const p of reminded) {
        const c = consent[p] as { remindedAt: Date };
        items.push(
          item(
            row,
            'waiting_for_answer',
            c.remindedAt,
            `${names.get(personIdOf(row, p))} has not answered the reminder about meeting ${p === 'a' ? b : a}`,
          ),
        );
      }
    }
  }
  items.push(...(await failedMailItems(db, accountId)));
  return items.sort((x, y) => x.since.localeCompare(y.since));
}
