// Limits failed sign-ins so passwords cannot be guessed at speed, without letting one client lock others out.
//
// Policy (one place): a run of failed sign-ins for one account from one address locks that account's
// sign-in from that address only, for the rest of the window; a successful sign-in ends the run. Each
// address also has a much higher ceiling on failures for any account, which slows down a sweep over many
// emails without touching other addresses. There is deliberately no limit per email across all addresses:
// anyone could then lock a chosen user out by failing on purpose from anywhere.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ProblemError } from '../shared/errors';

export interface SigninLimiter {
  /** Throws 429 (with Retry-After) when this address has failed too often for this account, or at all. */
  check(address: string, email: string): Promise<void>;
  recordFailure(address: string, email: string): Promise<void>;
  recordSuccess(address: string, email: string): Promise<void>;
}

export interface SigninLimits {
  /** Failures in a row for one account from one address before that pair is locked. */
  perAccountAndAddress: number;
  /** Failures for any accounts from one address before that address is locked. */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGNIN_LIMITS: SigninLimits = {
  perAccountAndAddress: 5,
  perAddress: 300,
  windowSeconds: 15 * 60,
};

export function createSigninLimiter(limits: SigninLimits = DEFAULT_SIGNIN_LIMITS): SigninLimiter {
  const byPair = new RateLimiterMemory({
    points: limits.perAccountAndAddress,
    duration: limits.windowSeconds,
  });
  const byAddress = new RateLimiterMemory({ points: limits.perAddress, duration: limits.windowSeconds });
  const pair = (address: string, email: string) => `${address}|${email.trim().toLowerCase()}`;

  return {
    async check(address, email) {
      const [p, a] = await Promise.all([byPair.get(pair(address, email)), byAddress.get(address)]);
      if (p && p.consumedPoints >= limits.perAccountAndAddress) throw tooMany(p);
      if (a && a.consumedPoints >= limits.perAddress) throw tooMany(a);
    },
    async recordFailure(address, email) {
      // consume() rejects once the points are used up; the count is what matters, not the rejection.
      await Promise.all([
        byPair.consume(pair(address, email)).catch(() => {}),
        byAddress.consume(address).catch(() => {}),
      ]);
    },
    async recordSuccess(address, email) {
      await byPair.delete(pair(address, email));
    },
  };
}

function tooMany(res: RateLimiterRes): ProblemError {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new ProblemError(
    429,
    'Too many sign-in attempts',
    `Too many failed sign-ins; try again in ${Math.ceil(seconds / 60)} minute(s)`,
    undefined,
    { 'retry-after': String(seconds) },
  );
}

/** A fixed-window request limit per client address, for public pages that anyone can hit. */
export interface RequestLimiter {
  /** Throws 429 (with Retry-After) when the address has used up its requests for the window. */
  take(address: string): Promise<void>;
}

export function createRequestLimiter(opts: { points: number; windowSeconds: number }): RequestLimiter {
  const limiter = new RateLimiterMemory({ points: opts.points, duration: opts.windowSeconds });
  return {
    async take(address) {
      try {
        await limiter.consume(address);
      } catch (res) {
        if (!(res instanceof RateLimiterRes)) throw res;
        const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
        throw new ProblemError(
          429,
          'Too Many Requests',
          `Too many requests from your address; try again in ${seconds} second(s)`,
          undefined,
          { 'retry-after': String(seconds) },
        );
      }
    },
  };
}
