// A JSON value as one query parameter, sent as its UTF-8 bytes. PGlite works out the UTF-8 length of
// every text parameter in JavaScript, one character at a time and twice over; for the megabyte of JSON
// an import batch sends that was ~7 % of a 30,000-row import's CPU profile. A Buffer is copied as it is: both
// drivers (PGlite through fair-pglite.ts's text serializer, and node-postgres) send it in binary format, which for `text` is exactly its UTF-8
// bytes, and the server reads the JSON from that text as it would from a text parameter.
import { type SQL, sql } from 'drizzle-orm';

/** `value` as a `jsonb` (or `json`) expression of one parameter. */
export function jsonParam(value: unknown, type: 'jsonb' | 'json' = 'jsonb'): SQL {
  return sql`${Buffer.from(JSON.stringify(value), 'utf8')}::text::${sql.raw(type)}`;
}
