// The agenda's failed_mail step: emails of an introduction that did not reach someone and can be sent
// again (the same rule as the resend itself), so a wrong address does not leave an introduction waiting
// for an answer that can never come.
import type { DbOrTx } from '../db/client';
import { undelivered } from '../mail/repository';
import { resendPlan } from '../mail/resend-rules';
import { findIntroduction, personNames } from './repository';
import type { AgendaItem } from './schema';

const KIND_WORDS: Record<string, string> = {
  consent_request: 'consent request',
  reminder: 'reminder',
  introduction: 'introduction',
  follow_up: 'follow-up',
  closing_note: 'closing note',
};

export async function failedMailItems(db: DbOrTx, accountId: string): Promise<AgendaItem[]> {
  const found = (await undelivered(db, accountId)).filter(
    (m) => m.row.introductionId !== null && resendPlan(m.row, m.introductionState).kind !== 'refused',
  );
  const intros = new Map(
    (
      await Promise.all(
        [...new Set(found.map((m) => m.row.introductionId!))].map((id) =>
          findIntroduction(db, accountId, id),
        ),
      )
    ).flatMap((r) => (r ? [[r.id, r] as const] : [])),
  );
  const names = await personNames(
    db,
    accountId,
    [...intros.values()].flatMap((r) => [r.personAId, r.personBId]),
  );
  return found.flatMap(({ row }) => {
    const intro = intros.get(row.introductionId!);
    if (!intro) return [];
    const what = KIND_WORDS[row.kind] ?? row.kind.replace(/_/g, ' ');
    const refused = row.rejected.filter((r) => r.resentAs === null);
    const summary =
      row.status === 'failed'
        ? `The ${what} to ${row.to.map((a) => `${a.name} <${a.address}>`).join(' and ')} could not be sent (${row.lastError ?? 'unknown error'}). Fix the address if it is wrong, then resend it.`
        : `${refused.map((r) => `${row.to.find((a) => a.address === r.address)?.name || r.address} <${r.address}>`).join(' and ')} never got the ${what}: ${refused.map((r) => r.error).join('; ')}. Fix the address, then resend it to them.`;
    return [
      {
        kind: 'failed_mail' as const,
        introductionId: intro.id,
        outboxId: row.id,
        personA: { id: intro.personAId, name: names.get(intro.personAId) ?? '' },
        personB: { id: intro.personBId, name: names.get(intro.personBId) ?? '' },
        state: intro.state,
        since: (row.sentAt ?? row.createdAt).toISOString(),
        summary,
      },
    ];
  });
}
