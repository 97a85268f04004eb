// Introduction requests as the connector handles them: list, read (with people who might fit), accept
// into a draft introduction, decline kindly. Nothing is sent to anyone without the connector: accepting
// makes a draft, and declining sends only the note the connector wrote, or nothing.
import { randomUUID } from 'node:crypto';
import { findAccountById } from '../accounts/repository';
import type { Db, DbOrTx } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { stem } from '../domain/matching/text/stem';
import { isStop } from '../domain/matching/text/stopwords';
import { fromName } from '../introductions/mail';
import type { IntroDeps } from '../introductions/service';
import { insertProposal } from '../introductions/service';
import { messageIdDomain } from '../mail/links';
import { insertOutbox } from '../mail/repository';
import { renderRequestDeclined } from '../mail/templates/request-declined';
import { markPeopleChanged } from '../matching/pending';
import { peopleSharingIdentity } from '../people/identity';
import { findPerson, insertPeople } from '../people/repository';
import { IntroPreferences } from '../people/schema';
import { conflict, notFound, unprocessable } from '../shared/errors';
import * as repo from './repository';
import type {
  AcceptedIntroRequest,
  AcceptIntroRequestInput,
  DeclineIntroRequestInput,
  EditIntroRequestInput,
  IntroRequest,
  IntroRequestDetail,
} from './schema';

type RequestStatus = repo.IntroRequestRow['status'];

export function toIntroRequest(r: repo.IntroRequestRow): IntroRequest {
  return {
    id: r.id,
    status: r.status,
    requesterName: r.requesterName,
    requesterEmail: r.requesterEmail,
    wantsToMeet: r.wantsToMeet,
    why: r.why,
    aboutRequester: r.aboutRequester,
    requesterPersonId: r.requesterPersonId,
    introductionId: r.introductionId,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  };
}

export async function listRequests(db: DbOrTx, accountId: string, status?: RequestStatus) {
  return { items: (await repo.listRequests(db, accountId, status)).map(toIntroRequest) };
}

const isStopWord = (w: string) => isStop(stem(w));

/** The requester as a person already in the network (same email, by the identity rule), if they are. */
async function existingRequester(db: DbOrTx, accountId: string, email: string) {
  const [same] = await peopleSharingIdentity(db, accountId, { emails: [email], phones: [], links: [] });
  return same ? { id: same.personId, name: same.name } : null;
}

export async function getRequest(db: DbOrTx, accountId: string, id: string): Promise<IntroRequestDetail> {
  const row = await repo.findRequest(db, accountId, id);
  if (!row) throw notFound('Introduction request');
  const existing = await existingRequester(db, accountId, row.requesterEmail);
  const candidates = (await repo.peopleMatching(db, accountId, row.wantsToMeet, isStopWord)).filter(
    (p) => p.id !== existing?.id,
  );
  return { ...toIntroRequest(row), candidates, existingPerson: existing };
}

/** Matches the requester to someone in the network by the identity rule, or adds them (source: request). */
async function requesterPerson(tx: DbOrTx, accountId: string, row: repo.IntroRequestRow) {
  const existing = await existingRequester(tx, accountId, row.requesterEmail);
  if (existing) return { id: existing.id, created: false };
  const [person] = await insertPeople(tx, accountId, [
    {
      name: row.requesterName,
      emails: [row.requesterEmail],
      blurb: row.aboutRequester,
      introPreferences: IntroPreferences.parse({}),
      sourceKind: 'request',
    },
  ]);
  await markPeopleChanged(tx, accountId, [person!.id]);
  return { id: person!.id, created: true };
}

const REASON_MAX = 4000;

async function lockPending(tx: DbOrTx, accountId: string, id: string) {
  const row = await repo.findRequest(tx, accountId, id, true);
  if (!row) throw notFound('Introduction request');
  if (row.status !== 'pending') throw conflict(`this request was already ${row.status}`);
  return row;
}

/**
 * Corrects a pending request before the connector decides; accepting and declining read the corrected
 * row, so the draft (the requester's name, email, pitch and the reason) and any decline note follow it.
 * Answers the request as read afterwards: whom it matches may have changed with it.
 */
export async function editRequest(
  db: Db,
  accountId: string,
  id: string,
  input: EditIntroRequestInput,
): Promise<IntroRequestDetail> {
  await db.transaction(async (tx) => {
    await lockPending(tx, accountId, id);
    await repo.updateDetails(tx, accountId, id, input);
  });
  return getRequest(db, accountId, id);
}

/**
 * One transaction: the requester matched or added, the draft made, the request marked accepted; any
 * refusal (criteria not confirmed, an open introduction already, someone marked "do not introduce")
 * leaves nothing behind.
 */
export async function acceptRequest(
  deps: IntroDeps,
  accountId: string,
  id: string,
  input: AcceptIntroRequestInput,
): Promise<AcceptedIntroRequest> {
  const now = deps.clock.now();
  const result = await deps.db
    .transaction(async (tx) => {
      const row = await lockPending(tx, accountId, id);
      const chosen = await findPerson(tx, accountId, input.personId);
      if (!chosen) throw unprocessable('personId', 'no such person');
      const requester = await requesterPerson(tx, accountId, row);
      if (requester.id === chosen.id) {
        throw unprocessable('personId', 'is the person who asked; choose whom they would like to meet');
      }
      const reason =
        input.reason?.trim() ||
        `${row.requesterName} asked to meet ${row.wantsToMeet}. ${row.why}`.slice(0, REASON_MAX).trim();
      const introductionId = await insertProposal(
        tx,
        deps.config,
        accountId,
        {
          personAId: requester.id,
          personBId: chosen.id,
          kind: 'seeker_provider',
          reason,
          order: 'sequential',
          discloseCaveatIds: [],
          pitchA: row.aboutRequester,
          autoSend: false,
          confirmUnvouched: input.confirmUnvouched,
        },
        now,
      );
      const decided = await repo.decide(tx, accountId, id, {
        status: 'accepted',
        requesterPersonId: requester.id,
        introductionId,
        decidedAt: now,
      });
      return { decided, introductionId, requester };
    })
    .catch((err) => {
      if (isUniqueViolation(err)) throw conflict('these two people already have an open introduction');
      throw err;
    });
  return {
    request: toIntroRequest(result.decided),
    introductionId: result.introductionId,
    requesterPersonId: result.requester.id,
    requesterCreated: result.requester.created,
  };
}

export async function declineRequest(
  deps: IntroDeps,
  accountId: string,
  id: string,
  input: DeclineIntroRequestInput,
): Promise<IntroRequest> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await lockPending(tx, accountId, id);
    const note = input.note?.trim();
    if (note) await queueDeclineNote(tx, deps, accountId, row, note, now);
    return toIntroRequest(await repo.decide(tx, accountId, id, { status: 'declined', decidedAt: now }));
  });
}

async function queueDeclineNote(
  tx: DbOrTx,
  { config }: Pick<IntroDeps, 'config'>,
  accountId: string,
  row: repo.IntroRequestRow,
  note: string,
  now: Date,
) {
  const account = await findAccountById(tx, accountId);
  if (!account) throw notFound('Account');
  const connector = { name: account.name || account.email, email: account.email };
  const mail = renderRequestDeclined({ connector, requesterName: row.requesterName, note });
  const messageId = randomUUID();
  await insertOutbox(tx, [
    {
      id: messageId,
      accountId,
      introductionId: null,
      recipientPersonId: row.requesterPersonId,
      kind: 'request_declined',
      messageId: `<${messageId}@${messageIdDomain(config.mail.fromAddress)}>`,
      from: { name: fromName(connector), address: config.mail.fromAddress },
      to: [{ name: row.requesterName, address: row.requesterEmail }],
      replyTo: [{ name: connector.name, address: connector.email }],
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      links: mail.links,
      status: config.mail.smtpUrl ? 'queued' : 'local',
      createdAt: now,
    },
  ]);
}
