// A record's fingerprint: the hash of what importing it would write. The same record imported with
// the same options twice has the same fingerprint, so the second time is recognised and skipped.
import { hash } from 'node:crypto';
import type { MappedContact } from './to-person';

export function fingerprint(contact: MappedContact): string {
  const photo = contact.photo ? hash('sha256', contact.photo.data, 'base64url') : null;
  // The input comes out of the PersonInput schema, so its keys are always in the same order.
  const canonical = JSON.stringify([contact.input, photo, contact.connectedOn ?? null, contact.uid ?? null]);
  // The one-shot hash: a Hash object per record cost more than the hashing itself.
  return hash('sha256', canonical, 'base64url');
}
