// Recognising database errors the services answer differently, on PGlite and PostgreSQL alike (drivers
// and Drizzle wrap the database's error, so the SQLSTATE is looked for along the `cause` chain).

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
