// Emails that did not reach someone, as the introductions' failed-mail read words them (the same rule
// as the resend itself). Pure: that item in, Today's item out.
import type { AgendaItem } from '../../introductions/schema';
import type { AgendaItemV2 } from '../schema';

export function failedMailItem(found: AgendaItem): AgendaItemV2[] {
  if (!found.outboxId) return [];
  return [
    {
      kind: 'failed_mail',
      key: `failed_mail:${found.outboxId}`,
      summary: found.summary,
      since: found.since,
      urgency: 'overdue',
      people: [found.personA, found.personB],
      introductionId: found.introductionId,
      outboxId: found.outboxId,
      action: { kind: 'resend', label: 'Resend', href: `/outbox?m=${found.outboxId}` },
    },
  ];
}
