// What a database error means for the caller, decided in one place, on PGlite and PostgreSQL alike (drivers
// and Drizzle wrap the database's error, so codes are looked for along the `cause` chain). A unique violation
// is the caller's conflict, and so is a foreign key refusing a row whose target was deleted meanwhile; an unreachable database (stopped, restarting, network cut, every connection busy
// past the pool's timeout) is a passing condition the client should retry, not a bug: the HTTP layer
// answers it with 503 and Retry-After instead of 500.

/** The error (or the cause inside it) with this SQLSTATE, or undefined. */
function withCode(err: unknown, code: string): { code: string; constraint?: string } | undefined {
  for (let e: unknown = err; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    const found = e as { code?: unknown; constraint?: unknown };
    if (found.code === code) {
      return typeof found.constraint === 'string' ? { code, constraint: found.constraint } : { code };
    }
  }
  return undefined;
}

/** A unique index refused the write (SQLSTATE 23505): which constraint, when the driver says. */
export function uniqueViolation(err: unknown): { constraint?: string } | undefined {
  const found = withCode(err, '23505');
  return found && (found.constraint ? { constraint: found.constraint } : {});
}

export const isUniqueViolation = (err: unknown): boolean => uniqueViolation(err) !== undefined;

/**
 * A foreign key refused the write (SQLSTATE 23503): every write checks that what it points at exists
 * first, so this is a row another request deleted or merged away in between (on PostgreSQL, where
 * requests run side by side) — the caller's conflict with the current state, not a bug.
 */
export const isForeignKeyViolation = (err: unknown): boolean => withCode(err, '23503') !== undefined;

/**
 * The write was refused for lack of disk space: PostgreSQL's disk_full (53100), or a read-only
 * transaction (25006), which Linchpin never asks for except while the embedded database's disk guard
 * (disk-space.ts) keeps a nearly full disk from filling up.
 */
export const isDiskFull = (err: unknown): boolean =>
  withCode(err, '53100') !== undefined || withCode(err, '25006') !== undefined;

/** SQLSTATEs that mean "the server is going away or not taking connections", not "your query is wrong". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, a fast shutdown or restart
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, shutting down, in recovery
  '53300', // too_many_connections
]);

/** Socket errors from node: the server is not there, or the connection to it broke. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EAI_AGAIN',
]);

/** node-postgres and its pool report these without a code. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // unexpectedly, or due to connection timeout
  /^timeout exceeded when trying to connect$/, // the pool's connectionTimeoutMillis
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Connection refused$/,
];

/**
 * Whether an error (or anything it wraps: Drizzle's `cause`, an AggregateError's `errors`) says the
 * database cannot be reached right now, as opposed to a query or data problem.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  return someInChain(err, 0, (e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
    // Class 08: connection exception (08000, 08001 cannot establish, 08006 connection failure, …).
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    return UNAVAILABLE_MESSAGES.some((m) => m.test(message));
  });
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function someInChain(err: unknown, depth: number, test: (e: ErrorLike) => boolean): boolean {
  if (depth > 8 || typeof err !== 'object' || err === null) return false;
  const e: ErrorLike = err;
  if (test(e)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => someInChain(inner, depth + 1, test))) return true;
  return someInChain(e.cause, depth + 1, test);
}
