import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The address of a request that did not come over a socket (in-process tests). */
export const NO_ADDRESS = 'local';

/**
 * The client's address. X-Forwarded-For is believed only when the request came from a configured trusted
 * proxy (TRUSTED_PROXY): then the address is the nearest one in the header that is not itself a trusted
 * proxy. Anyone else could write any address there and dodge (or aim) the per-address limits.
 */
export function clientIp(c: Context, trustedProxies: readonly string[] = []): string {
  const peer = socketAddress(c);
  if (peer === undefined) return NO_ADDRESS;
  const trusted = new Set(trustedProxies.map(normalizeAddress));
  if (!trusted.has(peer)) return peer;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => normalizeAddress(h.trim()))
    .filter((h) => h !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i]!)) return hops[i]!;
  }
  return peer;
}

function socketAddress(c: Context): string | undefined {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? normalizeAddress(address) : undefined;
  } catch {
    return undefined;
  }
}

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) and "10.0.0.1" are one client. */
function normalizeAddress(address: string): string {
  const a = address.toLowerCase();
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

export function isHttps(c: Context, publicUrl?: string): boolean {
  if (publicUrl?.startsWith('https://')) return true;
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}
