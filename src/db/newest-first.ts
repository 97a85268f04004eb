// A person's needs, offers and interactions are listed newest first, paged on (a timestamp, id) so rows
// with the same timestamp are neither skipped nor repeated. The comparison and the page cut live here once;
// each repository names its own table and columns.
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { IsoDateTime } from '../shared/common-schema';

/** Where the previous page ended. Encoded opaquely by the service (`shared/cursor.ts`). */
export const NewestFirstCursor = z.object({ at: IsoDateTime, id: z.uuid() });
export type NewestFirstCursor = z.infer<typeof NewestFirstCursor>;

/** Rows after the cursor in newest-first order; no condition on the first page. */
export function olderThan(at: PgColumn, id: PgColumn, after?: NewestFirstCursor): SQL | undefined {
  if (!after) return undefined;
  const time = new Date(after.at);
  return or(lt(at, time), and(eq(at, time), lt(id, after.id)));
}

export const newestFirst = (at: PgColumn, id: PgColumn): SQL[] => [desc(at), desc(id)];

/** Takes `limit` of the `limit + 1` rows fetched; the extra one only says that there is a next page. */
export function cutPage<Row extends { id: string }>(
  rows: Row[],
  limit: number,
  timeOf: (row: Row) => Date,
): { rows: Row[]; next?: NewestFirstCursor } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? { at: timeOf(last).toISOString(), id: last.id } : undefined;
  return { rows: page, next };
}
