// Ids in a backup are the database ids XOR a per-account key (zero for almost every account). The key
// keeps a UUID's version and variant bits at zero, so every shifted id is still a valid UUID of the same
// version, and XOR is its own inverse: shifting twice gives the id back.
import { randomBytes } from 'node:crypto';

export const ZERO_KEY = '00000000-0000-0000-0000-000000000000';

const HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Throws when `id` is not a UUID, whatever the key: a restore reads its ids through here. */
export function shiftId(id: string, key: string): string {
  if (!HEX.test(id)) throw new Error(`not a UUID: ${id}`);
  if (key === ZERO_KEY) return id;
  let out = '';
  for (let i = 0; i < id.length; i++) {
    const c = id[i]!;
    out += c === '-' ? c : (Number.parseInt(c, 16) ^ Number.parseInt(key[i]!, 16)).toString(16);
  }
  return out;
}

/** A random key with the version nibble and the two variant bits cleared. */
export function randomKey(): string {
  const hex = randomBytes(16).toString('hex').split('');
  hex[12] = '0';
  hex[16] = (Number.parseInt(hex[16]!, 16) & 0b0011).toString(16);
  if (!/[^0]/.test(hex.join(''))) hex[0] = '1';
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Shifts every UUID inside a text (an id embedded in a Message-ID, say). */
export function shiftIdsIn(text: string, key: string): string {
  return key === ZERO_KEY ? text : text.replace(UUID_IN_TEXT, (id) => shiftId(id.toLowerCase(), key));
}
