// The readiness probe's question to the database: does a trivial query come back, and soon? A pool
// waiting on an unreachable server, or an embedded database stuck on a full disk, answers "no" within
// the timeout instead of holding the probe.
import { sql } from 'drizzle-orm';
import type { Db } from './types';

export const READINESS_TIMEOUT_MS = 2_000;

export type Readiness = { ready: true } | { ready: false; reason: string };

export async function checkDatabase(db: Db, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Readiness>((resolve) => {
    timer = setTimeout(
      () => resolve({ ready: false, reason: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const query = db.execute(sql`select 1`).then(
    (): Readiness => ({ ready: true }),
    (err: unknown): Readiness => ({ ready: false, reason: err instanceof Error ? err.message : String(err) }),
  );
  try {
    return await Promise.race([query, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
