// Adding a person whose email, phone number or LinkedIn profile already belongs to someone: the 409 that
// says who, so the caller can open or merge instead of creating a silent duplicate. The rule is the one
// imports and the duplicates view follow (src/domain/identity, shared-number cap included).
import type { DbOrTx } from '../db/client';
import type { IdentityReason } from '../domain/identity/keys';
import { fieldError, ProblemError } from '../shared/errors';
import { peopleSharingIdentity } from './identity';
import type { IdentityField, PersonAlreadyKnown, PersonInput } from './schema';

const FIELD_OF: Record<IdentityReason, IdentityField> = {
  'same email': 'email',
  'same phone number': 'phone',
  'same LinkedIn profile': 'linkedin',
};
const INPUT_FIELD: Record<IdentityField, 'emails' | 'phones' | 'links'> = {
  email: 'emails',
  phone: 'phones',
  linkedin: 'links',
};
const WORDS: Record<IdentityField, string> = {
  email: 'email address',
  phone: 'phone number',
  linkedin: 'LinkedIn profile',
};

export type KnownPerson = PersonAlreadyKnown['existing'][number];

/** The people a new person's details already belong to (none when nothing identifies them). */
export async function alreadyKnown(
  db: DbOrTx,
  accountId: string,
  input: Pick<PersonInput, 'emails' | 'phones' | 'links'>,
  defaultRegion: string | undefined,
): Promise<KnownPerson[]> {
  const same = await peopleSharingIdentity(db, accountId, input, defaultRegion ? { defaultRegion } : {});
  return same.map((s) => ({ id: s.personId, name: s.name, matchedOn: s.reasons.map((r) => FIELD_OF[r]) }));
}

/**
 * "The email address already belongs to Ada Lovelace." as a 409 naming each field and each person; the
 * people are kept typed on the error too, for the CLI to word them its own way.
 */
export class AlreadyKnownProblem extends ProblemError {
  constructor(readonly existing: KnownPerson[]) {
    const fields = [...new Set(existing.flatMap((e) => e.matchedOn))];
    const names = existing.slice(0, 3).map((e) => e.name || 'someone');
    const more = existing.length > 3 ? ` and ${existing.length - 3} more` : '';
    const whose = `${names.join(', ')}${more}`;
    const what = fields.map((f) => WORDS[f]).join(', ');
    super(
      409,
      'Already in your network',
      `The ${what} already ${fields.length > 1 ? 'belong' : 'belongs'} to ${whose}. Open or merge instead, or add anyway with allowDuplicate.`,
      fields.map((f) => fieldError(INPUT_FIELD[f], `already belongs to ${whose}`)),
      {},
      { existing },
    );
  }
}

/** How the CLI and other text say which details are whose. */
export const identityFieldWords = (fields: readonly IdentityField[]): string =>
  fields.map((f) => WORDS[f]).join(', ');
