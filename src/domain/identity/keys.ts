// The values that can identify a person: a valid email address, a valid phone number in E.164 and a
// LinkedIn profile URL, each reduced to a key that every spelling of the same value shares.
import { normaliseEmail, phoneIdentity, urlKey } from '../contact/normalise';

export type IdentityReason = 'same email' | 'same phone number' | 'same LinkedIn profile';

export interface IdentityKey {
  /** "email:…", "phone:…" (E.164) or "linkedin:in/…". */
  key: string;
  reason: IdentityReason;
}

/** The contact details identity is read from (a person, an imported contact or a form's input). */
export interface ContactDetails {
  emails: readonly string[];
  phones: readonly string[];
  links: readonly { url: string }[];
}

/** The key of a LinkedIn profile URL ("linkedin:in/jane-doe"); undefined for any other URL. */
export function linkedInProfileKey(url: string): string | undefined {
  const key = urlKey(url);
  return key?.startsWith('linkedin:in/') || key?.startsWith('linkedin:pub/') ? key : undefined;
}

/**
 * The identifying keys of a contact, each once, emails first, then phones, then LinkedIn profiles. Only a
 * valid phone number counts (read with `region` when it has no +country code): a short or made-up number
 * ("123456") is shared by strangers too often.
 */
export function identityKeys(c: ContactDetails, region?: string): IdentityKey[] {
  const out: IdentityKey[] = [];
  const add = (key: string, reason: IdentityReason) => {
    if (!out.some((k) => k.key === key)) out.push({ key, reason });
  };
  for (const e of c.emails) {
    const v = normaliseEmail(e);
    if (v) add(`email:${v}`, 'same email');
  }
  for (const p of c.phones) {
    const v = phoneIdentity(p, region);
    if (v) add(`phone:${v}`, 'same phone number');
  }
  for (const l of c.links) {
    const v = linkedInProfileKey(l.url);
    if (v) add(v, 'same LinkedIn profile');
  }
  return out;
}
