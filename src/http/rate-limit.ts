// Limits failed sign-ins per client address and per address+email, so passwords cannot be guessed at speed.
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { ProblemError } from '../shared/errors';

export interface SigninLimiter {
  /** Throws 429 when the client has failed too often recently. */
  check(ip: string, email: string): Promise<void>;
  recordFailure(ip: string, email: string): Promise<void>;
  recordSuccess(ip: string, email: string): Promise<void>;
}

export function createSigninLimiter(
  opts = { perEmail: 10, perIp: 50, windowSeconds: 15 * 60 },
): SigninLimiter {
  const byEmail = new RateLimiterMemory({ points: opts.perEmail, duration: opts.windowSeconds });
  const byIp = new RateLimiterMemory({ points: opts.perIp, duration: opts.windowSeconds });
  const key = (ip: string, email: string) => `${ip}|${email.toLowerCase()}`;

  const tooMany = (res: RateLimiterRes) => {
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    return new ProblemError(
      429,
      'Too many sign-in attempts',
      `Too many failed sign-ins; try again in ${Math.ceil(seconds / 60)} minute(s)`,
      undefined,
      { 'retry-after': String(seconds) },
    );
  };

  return {
    async check(ip, email) {
      const [e, i] = await Promise.all([byEmail.get(key(ip, email)), byIp.get(ip)]);
      if (e && e.consumedPoints >= opts.perEmail) throw tooMany(e);
      if (i && i.consumedPoints >= opts.perIp) throw tooMany(i);
    },
    async recordFailure(ip, email) {
      await Promise.all([byEmail.consume(key(ip, email)).catch(() => {}), byIp.consume(ip).catch(() => {})]);
    },
    async recordSuccess(ip, email) {
      await byEmail.delete(key(ip, email));
    },
  };
}
