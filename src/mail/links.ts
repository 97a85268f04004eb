// The base of every link in an email. PUBLIC_URL sets it; otherwise it is the listening address, which
// only works on this machine, and the web app warns about that.
import type { Config } from '../config';

export function linkBase(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  const host =
    config.host === '0.0.0.0' || config.host === '::' || config.host === '' ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

export function pointsAtLoopback(base: string): boolean {
  try {
    const host = new URL(base).hostname.replace(/^\[|\]$/g, '');
    return (
      host === 'localhost' ||
      host.endsWith('.localhost') ||
      host === '::1' ||
      /^127\./.test(host) ||
      host === '0.0.0.0'
    );
  } catch {
    return true;
  }
}

/** The domain of the From address, used on the right-hand side of Message-IDs. */
export function messageIdDomain(fromAddress: string): string {
  return fromAddress.split('@')[1] || 'linchpin.local';
}
