// Which people of an account a person's details identify, by the same rule imports and the duplicates
// view follow (src/domain/identity). Creating a person by hand does not ask it yet: what the form shows
// is unchanged until the web app offers "this looks like someone you have".
import type { DbOrTx } from '../db/client';
import { IdentityIndex } from '../domain/identity/holders';
import { type ContactDetails, type IdentityReason, identityKeys } from '../domain/identity/keys';
import * as repo from './repository';

export interface SameIdentity {
  personId: string;
  name: string;
  /** Every identifying value shared (emails, then phones, then LinkedIn profiles). */
  reasons: IdentityReason[];
}

/**
 * The existing people who share an email, phone number or LinkedIn profile with `input` that identifies a
 * person (not one a crowd shares, such as a switchboard). `exceptId` is the person being edited, if any.
 */
export async function peopleSharingIdentity(
  db: DbOrTx,
  accountId: string,
  input: ContactDetails,
  opts: { defaultRegion?: string; exceptId?: string } = {},
): Promise<SameIdentity[]> {
  const index = new IdentityIndex();
  const names = new Map<string, string>();
  for (const row of await repo.identityRows(db, accountId)) {
    index.set(row.id, identityKeys(row, opts.defaultRegion));
    names.set(row.id, row.name);
  }
  return index
    .sharing(identityKeys(input, opts.defaultRegion), opts.exceptId)
    .map((s) => ({ personId: s.personId, name: names.get(s.personId) ?? '', reasons: s.reasons }));
}
