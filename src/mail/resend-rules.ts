// When a message can be sent again, and to whom. Pure: the service reads the row, the introduction's state
// and the people's current addresses, and asks here. The agenda asks the same question, so a message
// offered for resending there can always be resent.
import type { MailAddressJson, OutboxRow, RejectedRecipientJson } from '../db/schema';
import { takesConsentRequests } from '../domain/introduction/rules';

export type ResendPlan =
  /** Failed for everyone: the same message (same Message-ID and links) is queued again. */
  | { kind: 'requeue' }
  /** Delivered, but refused for some: a new message goes to those recipients alone. */
  | { kind: 'to_rejected'; recipients: RejectedRecipientJson[] }
  | { kind: 'refused'; reason: string };

/** Messages that ask for consent: the introduction's rules say when they may go out again. */
const ASKING_KINDS = new Set(['consent_request', 'reminder']);

export function resendPlan(
  row: Pick<OutboxRow, 'status' | 'kind' | 'rejected'>,
  introductionState: string | null,
): ResendPlan {
  if (ASKING_KINDS.has(row.kind) && introductionState !== null && !takesConsentRequests(introductionState)) {
    return {
      kind: 'refused',
      reason: `The introduction is ${introductionState} now, so this request is no longer worth sending.`,
    };
  }
  switch (row.status) {
    case 'failed':
      return { kind: 'requeue' };
    case 'sent': {
      const recipients = row.rejected.filter((r) => r.resentAs === null);
      return recipients.length
        ? { kind: 'to_rejected', recipients }
        : { kind: 'refused', reason: 'The message was delivered to every recipient.' };
    }
    case 'local':
      return {
        kind: 'refused',
        reason: 'No SMTP server is configured (SMTP_URL): the message is kept here, not sent.',
      };
    default:
      return { kind: 'refused', reason: 'The message is still being sent.' };
  }
}

/** The recipient an address of the message was written for, when it says. */
export function personOf(
  row: Pick<OutboxRow, 'to' | 'cc' | 'recipientPersonId'>,
  address: string,
): string | null {
  const entry = [...row.to, ...row.cc].find((a) => a.address.toLowerCase() === address.toLowerCase());
  if (entry?.personId) return entry.personId;
  // Single-recipient messages name their person on the row (older rows have no personId per address).
  return row.to.length === 1 && row.to[0]?.address === entry?.address ? row.recipientPersonId : null;
}

/**
 * The people a message did not reach and could be sent again to (the same rule as the resend, so what an
 * introduction shows as undelivered is what Today offers to resend): everyone it was for when it failed,
 * the refused recipients when it reached only some.
 */
export function undeliveredTo(
  row: Pick<OutboxRow, 'status' | 'kind' | 'rejected' | 'to' | 'cc' | 'recipientPersonId'>,
  introductionState: string | null,
): string[] {
  const plan = resendPlan(row, introductionState);
  if (plan.kind === 'refused') return [];
  const people =
    plan.kind === 'requeue'
      ? [row.recipientPersonId, ...[...row.to, ...row.cc].map((a) => a.personId ?? null)]
      : plan.recipients.map((r) => personOf(row, r.address));
  return [...new Set(people.filter((id): id is string => id !== null))];
}

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * The message with corrected addresses: in its recipients, and in the body too, because the introduction
 * email shows each person the other's address.
 */
export function withAddresses(
  row: Pick<OutboxRow, 'to' | 'replyTo' | 'text' | 'html'>,
  changes: Map<string, string>,
): { to: MailAddressJson[]; replyTo: MailAddressJson[]; text: string; html: string } {
  const fix = (list: MailAddressJson[]) =>
    list.map((a) => ({ ...a, address: changes.get(a.address) ?? a.address }));
  let { text, html } = row;
  for (const [from, to] of changes) {
    if (from === to) continue;
    text = text.split(from).join(to);
    html = html.split(escapeHtml(from)).join(escapeHtml(to));
  }
  return { to: fix(row.to), replyTo: fix(row.replyTo), text, html };
}
