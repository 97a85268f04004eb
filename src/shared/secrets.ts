// Random tokens and their hashes. Tokens carry >= 256 random bits; only SHA-256 digests are stored,
// so a database leak does not hand out working credentials.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(prefix: string, bytes = 32): string {
  return `${prefix}_${randomBytes(bytes).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
