// Emails of an introduction that did not reach someone and can be sent again (the same rule as the resend
// itself, `resendPlan`), so a wrong address does not leave an introduction waiting for an answer that can
// never come. Pure: the message, its introduction's state and people in; Today's item out.
import type { MailAddressJson, OutboxRow, RejectedRecipientJson } from '../../db/schema';
import { resendPlan } from '../../mail/resend-rules';
import type { AgendaItemV2 } from '../schema';

/** An undelivered message of an introduction, as Today reads it. */
export interface FailedMailRow {
  id: string;
  introductionId: string;
  kind: string;
  status: OutboxRow['status'];
  to: MailAddressJson[];
  rejected: RejectedRecipientJson[];
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
  introductionState: string;
  personA: { id: string; name: string };
  personB: { id: string; name: string };
}

const KIND_WORDS: Record<string, string> = {
  consent_request: 'consent request',
  reminder: 'reminder',
  introduction: 'introduction',
  follow_up: 'follow-up',
  closing_note: 'closing note',
};

function summaryOf(row: FailedMailRow): string {
  const what = KIND_WORDS[row.kind] ?? row.kind.replace(/_/g, ' ');
  if (row.status === 'failed') {
    const to = row.to.map((a) => `${a.name} <${a.address}>`).join(' and ');
    return `The ${what} to ${to} could not be sent (${row.lastError ?? 'unknown error'}). Fix the address if it is wrong, then resend it.`;
  }
  const refused = row.rejected.filter((r) => r.resentAs === null);
  const whom = refused
    .map((r) => `${row.to.find((a) => a.address === r.address)?.name || r.address} <${r.address}>`)
    .join(' and ');
  return `${whom} never got the ${what}: ${refused.map((r) => r.error).join('; ')}. Fix the address, then resend it to them.`;
}

/** The item for a message that can be resent; none when the resend would be refused. */
export function failedMailItem(row: FailedMailRow): AgendaItemV2[] {
  if (resendPlan(row, row.introductionState).kind === 'refused') return [];
  return [
    {
      kind: 'failed_mail',
      key: `failed_mail:${row.id}`,
      summary: summaryOf(row),
      since: (row.sentAt ?? row.createdAt).toISOString(),
      urgency: 'overdue',
      people: [row.personA, row.personB],
      introductionId: row.introductionId,
      outboxId: row.id,
      action: { kind: 'resend', label: 'Resend', href: `/outbox?m=${row.id}` },
    },
  ];
}
