// A record's fingerprint: the hash of what importing it would write. The same record imported with
// the same options twice has the same fingerprint, so the second time is recognised and skipped.
import { createHash } from 'node:crypto';
import type { MappedContact } from './to-person';

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function fingerprint(contact: MappedContact): string {
  const photo = contact.photo ? createHash('sha256').update(contact.photo.data).digest('hex') : null;
  const canonical = JSON.stringify(
    stable({
      input: contact.input,
      photo,
      connectedOn: contact.connectedOn ?? null,
      uid: contact.uid ?? null,
    }),
  );
  return createHash('sha256').update(canonical).digest('base64url');
}
