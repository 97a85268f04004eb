// Sending a message again after it did not reach someone, to the recipients' current addresses (the
// connector fixes a wrong address on the person first). The introduction's state never changes here.
import { randomUUID } from 'node:crypto';
import type { MailAddressJson, OutboxRow } from '../db/schema';
import { findPeople } from '../people/repository';
import type { AppDeps } from '../shared/deps';
import { conflict, notFound } from '../shared/errors';
import { messageIdDomain } from './links';
import * as repo from './repository';
import { personOf, resendPlan, withAddresses } from './resend-rules';
import type { OutboxMessage } from './schema';
import { toOutboxMessage } from './service';

type ResendDeps = Pick<AppDeps, 'db' | 'config' | 'clock'>;

/**
 * A failed message is queued again as it was (same Message-ID and links); a message refused for some
 * recipients goes, as a new message with its own Message-ID, to those recipients alone. Answers the
 * message that will go out.
 */
export async function resendMessage(deps: ResendDeps, accountId: string, id: string): Promise<OutboxMessage> {
  const row = await deps.db.transaction(async (tx) => {
    const found = await repo.lockOutbox(tx, accountId, id);
    if (!found) throw notFound('Message');
    const { row } = found;
    const plan = resendPlan(row, found.introductionState);
    if (plan.kind === 'refused') throw conflict(plan.reason);
    const status = deps.config.mail.smtpUrl ? ('queued' as const) : ('local' as const);

    const wanted = plan.kind === 'requeue' ? row.to : row.to.filter((a) => isRejected(plan.recipients, a));
    const changes = await currentAddresses(tx, accountId, row, wanted);
    const fixed = withAddresses(row, changes);
    if (plan.kind === 'requeue') return repo.requeue(tx, row.id, { ...fixed, status });

    const newId = randomUUID();
    const targets = new Set(wanted.map((a) => changes.get(a.address) ?? a.address));
    const [resent] = await repo.insertOutbox(tx, [
      {
        ...copyable(row),
        ...fixed,
        id: newId,
        messageId: `<${newId}@${messageIdDomain(deps.config.mail.fromAddress)}>`,
        to: fixed.to.filter((a) => targets.has(a.address)),
        // The connector (in copy) already got the first one.
        cc: [],
        status,
        createdAt: deps.clock.now(),
      },
    ]);
    await repo.setRejected(
      tx,
      row.id,
      row.rejected.map((r) =>
        isRejected(plan.recipients, { address: r.address }) ? { ...r, resentAs: newId } : r,
      ),
    );
    return resent!;
  });
  return toOutboxMessage(row);
}

const isRejected = (rejected: { address: string }[], a: { address: string }) =>
  rejected.some((r) => r.address.toLowerCase() === a.address.toLowerCase());

/** What a resend keeps of the original. */
function copyable(row: OutboxRow) {
  const { accountId, introductionId, recipientPersonId, kind, from, replyTo, subject, headers, links } = row;
  return { accountId, introductionId, recipientPersonId, kind, from, replyTo, subject, headers, links };
}

/** Each recipient's address now (old → current), read from the person it was written for. */
async function currentAddresses(
  tx: ResendDeps['db'],
  accountId: string,
  row: OutboxRow,
  recipients: MailAddressJson[],
): Promise<Map<string, string>> {
  const ids = recipients.map((a) => personOf(row, a.address));
  const found = new Map(
    (
      await findPeople(
        tx,
        accountId,
        ids.filter((x): x is string => x !== null),
      )
    ).map((p) => [p.id, p]),
  );
  const changes = new Map<string, string>();
  recipients.forEach((a, i) => {
    const person = found.get(ids[i] ?? '');
    if (!person) return;
    const current = person.emails[0];
    if (!current) throw conflict(`${person.name} has no email address: add one, then resend.`);
    changes.set(a.address, current);
  });
  return changes;
}
