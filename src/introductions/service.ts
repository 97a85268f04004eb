// Introductions as the connector uses them: propose, edit a draft, move through the state machine, read.
import { z } from 'zod';
import type { Db, DbOrTx } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { DisclosedCaveatJson, IntroductionRow, PersonRow } from '../db/schema';
import { propose as proposeDomain, SELF_INTRODUCTION } from '../domain/introduction/propose';
import { meetsNeed } from '../domain/introduction/rules';
import type { IntroEvent, Party } from '../domain/introduction/types';
import { findNeed } from '../needs/repository';
import { setNeedStatusIn } from '../needs/service';
import { findPeople } from '../people/repository';
import { IsoDateTime } from '../shared/common-schema';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import type { AppDeps } from '../shared/deps';
import { conflict, fieldError, notFound, ProblemError, unprocessable } from '../shared/errors';
import { criteriaWords, type Unvouched, unvouchedProviders } from '../vouch/criteria';
import { type Actor, applyEvent } from './apply';
import { fromDomain, partyFacts, partyOf } from './mapping';
import { getDetail, withActions } from './queries';
import * as repo from './repository';
import type { Review } from './review';
import type {
  AnswerInput,
  FollowUpAnswerInput,
  IntroductionDetail,
  IntroductionInput,
  IntroductionPatch,
  OutcomeInput,
  ReconfirmInput,
} from './schema';

export type IntroDeps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

const field = (p: Party) => (p === 'a' ? 'personAId' : 'personBId');

function disclose(ids: string[], a: PersonRow, b: PersonRow): DisclosedCaveatJson[] {
  return ids.map((id, i) => {
    const ofA = a.caveats.find((c) => c.id === id);
    const ofB = b.caveats.find((c) => c.id === id);
    const found = ofA ? { party: 'a' as const, c: ofA } : ofB ? { party: 'b' as const, c: ofB } : null;
    if (!found) throw unprocessable(`discloseCaveatIds[${i}]`, 'is not a caveat of either person');
    return { id, party: found.party, text: found.c.text };
  });
}

async function loadPair(tx: DbOrTx, accountId: string, aId: string, bId: string) {
  if (aId === bId) throw unprocessable('personBId', SELF_INTRODUCTION);
  const found = await findPeople(tx, accountId, [aId, bId]);
  const a = found.find((p) => p.id === aId);
  const b = found.find((p) => p.id === bId);
  if (!a) throw unprocessable('personAId', 'no such person');
  if (!b) throw unprocessable('personBId', 'no such person');
  return { a, b };
}

/**
 * Everything a proposal is checked for before it is saved (or previewed): both people exist and differ,
 * the rules accept them, the need is the seeker's, the caveats are theirs. Returns the draft to write.
 */
export async function prepareProposal(tx: DbOrTx, accountId: string, input: IntroductionInput) {
  const { a, b } = await loadPair(tx, accountId, input.personAId, input.personBId);
  const firstParty = input.firstPersonId
    ? partyOf({ personAId: a.id, personBId: b.id }, input.firstPersonId)
    : undefined;
  if (firstParty === null) throw unprocessable('firstPersonId', 'must be one of the two people');
  const proposed = proposeDomain({
    a: { id: a.id, askFirst: a.introPreferences.askFirst, ...partyFacts(a) },
    b: { id: b.id, askFirst: b.introPreferences.askFirst, ...partyFacts(b) },
    kind: input.kind,
    order: input.order,
    firstParty,
    autoSend: input.autoSend,
  });
  if (!proposed.ok) {
    const p = proposed.error.party;
    const who = p === 'a' ? a : b;
    const message =
      proposed.error.code === 'opted_out'
        ? `${who.name} is marked "do not introduce"`
        : `${who.name} has no email address; both people need one to be asked and introduced`;
    throw unprocessable(p ? field(p) : 'personBId', message);
  }
  if (input.needId) {
    const need = await findNeed(tx, accountId, input.needId);
    if (!need) throw unprocessable('needId', 'no such need');
    if (need.personId !== a.id) throw unprocessable('needId', 'must be a need of person A (the seeker)');
  }
  return {
    people: { a, b },
    intro: proposed.intro,
    content: {
      personAId: a.id,
      personBId: b.id,
      needId: input.needId ?? null,
      kind: input.kind,
      reason: input.reason,
      pitchA: input.pitchA ?? a.blurb,
      pitchB: input.pitchB ?? b.blurb,
      disclosedCaveats: disclose(input.discloseCaveatIds, a, b),
      personalLines: {},
    },
  };
}

export async function proposeIntroduction(
  deps: IntroDeps,
  accountId: string,
  input: IntroductionInput,
): Promise<IntroductionDetail> {
  const now = deps.clock.now();
  const id = await deps.db
    .transaction((tx) => insertProposal(tx, deps.config, accountId, input, now))
    .catch(async (err) => {
      // Two identical proposals raced past the check above; the unique index let only one in.
      if (!isUniqueViolation(err)) throw err;
      const open = await repo.findOpenBetween(deps.db, accountId, input.personAId, input.personBId);
      throw duplicate(open?.id);
    });
  return getDetail(deps, accountId, id);
}

/**
 * Writes a checked draft inside the caller's transaction and returns its id, for flows that make a draft
 * along with other writes (accepting an introduction request). A unique violation means a duplicate raced in.
 */
export async function insertProposal(
  tx: DbOrTx,
  config: IntroDeps['config'],
  accountId: string,
  input: IntroductionInput,
  now: Date,
): Promise<string> {
  const { intro, content, people } = await prepareProposal(tx, accountId, input);
  if (!input.confirmUnvouched) refuseUnvouched(input.kind, people.a, people.b);
  const open = await repo.findOpenBetween(tx, accountId, content.personAId, content.personBId);
  if (open) throw duplicate(open.id);
  const row = await repo.insertIntroduction(tx, {
    accountId,
    ...content,
    ...fromDomain(intro, config.introductions),
    createdAt: now,
    updatedAt: now,
  });
  await repo.insertEvents(tx, [
    {
      accountId,
      introductionId: row.id,
      type: 'proposed',
      fromState: null,
      toState: 'draft',
      party: null,
      actor: 'connector',
      detail: '',
      createdAt: now,
    },
  ]);
  return row.id;
}

/** Nobody is put forward as a provider with criteria unmet unless the connector confirms it. */
function refuseUnvouched(kind: IntroductionInput['kind'], a: PersonRow, b: PersonRow) {
  const unvouched = unvouchedProviders(kind, a, b);
  if (unvouched.length > 0) throw unvouchedProblem(unvouched);
}

/** 409 naming who is not vouched for and how far: the one refusal drafting paths give. */
export function unvouchedProblem(unvouched: Unvouched[]): ProblemError {
  const detail = `${unvouched.map((u) => criteriaWords(u.name, u)).join('; ')}. Confirm to draft this introduction anyway (confirmUnvouched: true).`;
  return new ProblemError(409, 'Vouch criteria not met', detail, undefined, {}, { unmetCriteria: unvouched });
}

function duplicate(id?: string) {
  const detail = id
    ? `these two people already have an open introduction (${id}); finish or cancel it first`
    : 'these two people already have an open introduction; finish or cancel it first';
  return new ProblemError(
    409,
    'Conflict',
    detail,
    [fieldError('personBId', detail)],
    {},
    id ? { existingIntroductionId: id } : {},
  );
}

/**
 * Applies one event in its own transaction and returns the introduction as it now stands. `review`: the
 * personal line and blurbs the connector settled on when reviewing the email this step sends.
 */
export async function act(
  deps: IntroDeps,
  accountId: string,
  id: string,
  event: IntroEvent,
  actor: Actor = 'connector',
  review?: Review,
): Promise<IntroductionDetail> {
  await deps.db.transaction((tx) =>
    applyEvent(tx, { config: deps.config, now: deps.clock.now() }, accountId, id, event, {
      actor,
      ...(review ? { review } : {}),
    }),
  );
  return getDetail(deps, accountId, id);
}

/** Asks someone whose yes has grown stale whether it still stands (a reconfirmation request). */
export async function reconfirm(deps: IntroDeps, accountId: string, id: string, input: ReconfirmInput) {
  const { party, ...review } = input;
  return act(deps, accountId, id, { type: 'reconfirm', party }, 'connector', review);
}

async function partyIn(
  db: Db,
  accountId: string,
  id: string,
  personId: string,
  name = 'personId',
): Promise<Party> {
  const row = await repo.findIntroduction(db, accountId, id);
  if (!row) throw notFound('Introduction');
  const party = partyOf(row, personId);
  if (!party) throw unprocessable(name, 'is not one of the two people in this introduction');
  return party;
}

export async function recordAnswer(deps: IntroDeps, accountId: string, id: string, input: AnswerInput) {
  const party = await partyIn(deps.db, accountId, id, input.personId);
  return act(deps, accountId, id, {
    type: 'answer',
    party,
    answer: input.answer,
    until: input.until,
    note: input.note,
    channel: input.channel,
  });
}

export async function withdraw(
  deps: IntroDeps,
  accountId: string,
  id: string,
  input: { personId: string; note?: string; channel: AnswerInput['channel'] },
) {
  const party = await partyIn(deps.db, accountId, id, input.personId);
  return act(deps, accountId, id, { type: 'withdraw', party, note: input.note, channel: input.channel });
}

/** A follow-up answer the connector heard by phone, in person or by message. */
export async function recordFollowUpAnswer(
  deps: IntroDeps,
  accountId: string,
  id: string,
  input: FollowUpAnswerInput,
) {
  const party = await partyIn(deps.db, accountId, id, input.personId);
  return act(deps, accountId, id, {
    type: 'follow_up_answer',
    party,
    answer: input.answer,
    note: input.note,
    channel: input.channel,
  });
}

export async function recordOutcome(deps: IntroDeps, accountId: string, id: string, input: OutcomeInput) {
  const noShowParty = input.noShowPersonId
    ? await partyIn(deps.db, accountId, id, input.noShowPersonId, 'noShowPersonId')
    : undefined;
  const event: IntroEvent = {
    type: 'record_outcome',
    outcome: input.outcome,
    value: input.value,
    noShowParty,
    note: input.note,
  };
  if (!input.markNeedMet) return act(deps, accountId, id, event);
  if (!meetsNeed(input.outcome)) {
    throw unprocessable('markNeedMet', 'only "met and helpful" or "business done" can mark the need met');
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { row } = await applyEvent(tx, { config: deps.config, now }, accountId, id, event, {
      actor: 'connector',
    });
    if (!row.needId) throw unprocessable('markNeedMet', 'this introduction answers no need');
    await setNeedStatusIn(tx, accountId, row.needId, 'met', now);
  });
  return getDetail(deps, accountId, id);
}

/** Edits a draft (or auto-send while asking). The state machine decides whether the edit is allowed. */
export async function editIntroduction(
  deps: IntroDeps,
  accountId: string,
  id: string,
  patch: IntroductionPatch,
) {
  // An empty PATCH edits nothing, so it records no "edited" event (as for every other resource).
  if (Object.values(patch).every((v) => v === undefined)) return getDetail(deps, accountId, id);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const current = await repo.findIntroduction(tx, accountId, id);
    if (!current) throw notFound('Introduction');
    const firstParty = patch.firstPersonId ? partyOf(current, patch.firstPersonId) : undefined;
    if (firstParty === null) throw unprocessable('firstPersonId', 'must be one of the two people');
    const content =
      patch.reason !== undefined ||
      patch.pitchA !== undefined ||
      patch.pitchB !== undefined ||
      patch.discloseCaveatIds !== undefined;
    const { row } = await applyEvent(
      tx,
      { config: deps.config, now },
      accountId,
      id,
      { type: 'edit', order: patch.order, firstParty, autoSend: patch.autoSend, content },
      { actor: 'connector' },
    );
    if (!content) return;
    const { a, b } = await loadPair(tx, accountId, row.personAId, row.personBId);
    const updated = await repo.updateIntroduction(tx, accountId, id, row.version, {
      ...(patch.reason !== undefined ? { reason: patch.reason } : {}),
      ...(patch.pitchA !== undefined ? { pitchA: patch.pitchA } : {}),
      ...(patch.pitchB !== undefined ? { pitchB: patch.pitchB } : {}),
      ...(patch.discloseCaveatIds ? { disclosedCaveats: disclose(patch.discloseCaveatIds, a, b) } : {}),
      updatedAt: now,
    });
    if (!updated) throw conflict('the introduction changed at the same time; reload and try again');
  });
  return getDetail(deps, accountId, id);
}

const ListCursor = z.object({ at: IsoDateTime, id: z.uuid() });

export async function listIntroductions(
  deps: IntroDeps,
  accountId: string,
  q: { states?: IntroductionRow['state'][]; personId?: string; limit?: number; cursor?: string },
) {
  const limit = q.limit ?? 50;
  const after = decodeCursor(q.cursor, ListCursor);
  const rows = await repo.listIntroductions(deps.db, accountId, {
    states: q.states,
    personId: q.personId,
    limit,
    after: after ? { at: new Date(after.at), id: after.id } : undefined,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await withActions(deps, accountId, page),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.updatedAt.toISOString(), id: last.id }) : null,
  };
}
