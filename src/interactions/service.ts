import { interactionsRepository } from '../db/person-child-repository';
import type { InteractionRow } from '../db/schema';
import { personChildService } from '../people/child-service';
import type { Interaction, InteractionInput, InteractionPatch } from './schema';

export function toInteraction(row: InteractionRow): Interaction {
  return {
    id: row.id,
    personId: row.personId,
    type: row.type,
    direction: row.direction,
    occurredAt: row.occurredAt.toISOString(),
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export const interactions = personChildService<
  InteractionRow,
  InteractionInput,
  InteractionPatch,
  Interaction
>({
  noun: 'Interaction',
  repo: interactionsRepository,
  toApi: toInteraction,
  toValues: (input, now) => ({
    ...input,
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
    createdAt: now,
  }),
  toPatchValues: (patch) => ({
    ...patch,
    ...(patch.occurredAt ? { occurredAt: new Date(patch.occurredAt) } : {}),
  }),
});
