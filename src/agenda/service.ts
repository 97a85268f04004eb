// Today, assembled from every feature's "what needs you" reads. v0 CONTRACT (lead): `buildAgenda`'s
// signature is fixed (the digest calls it); the agenda engineer owns the body.
import type { DbOrTx } from '../db/client';
import type { Agenda } from './schema';

export async function buildAgenda(
  _db: DbOrTx,
  _accountId: string,
  now: Date,
  timeZone: string,
): Promise<Agenda> {
  return { asOf: now.toISOString(), timeZone, items: [] };
}
