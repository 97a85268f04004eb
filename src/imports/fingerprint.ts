// A record's fingerprint: the hash of what importing it would write. The same record imported with
// the same options twice has the same fingerprint, so the second time is recognised and skipped.
import { createHash } from 'node:crypto';
import type { MappedContact } from './to-person';

export function fingerprint(contact: MappedContact): string {
  const photo = contact.photo ? createHash('sha256').update(contact.photo.data).digest('base64url') : null;
  // The input comes out of the PersonInput schema, so its keys are always in the same order.
  const canonical = JSON.stringify([contact.input, photo, contact.connectedOn ?? null, contact.uid ?? null]);
  return createHash('sha256').update(canonical).digest('base64url');
}
