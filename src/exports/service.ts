// Exports: people as vCard 4.0 or CSV (all, or those a people filter selects), or the account's full
// JSON backup. Produced in chunks, a page of people at a time, so large accounts stream.
import { and, eq, inArray } from 'drizzle-orm';
import { backupChunks } from '../backup/service';
import type { Db } from '../db/client';
import { personPhotos } from '../db/schema';
import { listPeople, type PeopleQuery } from '../people/service';
import { csvHeader, personToCsv } from './csv-writer';
import type { ExportFormat } from './schema';
import { personToVcard } from './vcard-writer';

export type PeopleFilter = Pick<PeopleQuery, 'q' | 'tags' | 'company'>;

async function photosFor(db: Db, accountId: string, ids: string[]) {
  if (!ids.length) return new Map<string, { mediaType: string; data: Uint8Array }>();
  const rows = await db
    .select({ personId: personPhotos.personId, mediaType: personPhotos.mediaType, data: personPhotos.data })
    .from(personPhotos)
    .where(and(eq(personPhotos.accountId, accountId), inArray(personPhotos.personId, ids)));
  return new Map(rows.map((r) => [r.personId, { mediaType: r.mediaType, data: r.data }]));
}

export async function* exportChunks(
  db: Db,
  accountId: string,
  format: ExportFormat,
  filter: PeopleFilter,
  now: Date,
): AsyncGenerator<string> {
  if (format === 'json') {
    yield* backupChunks(db, accountId, now);
    return;
  }
  if (format === 'csv') yield csvHeader();
  let cursor: string | undefined;
  do {
    const page = await listPeople(db, accountId, { ...filter, limit: 200, cursor });
    if (format === 'csv') {
      yield page.items.map(personToCsv).join('');
    } else {
      const photos = await photosFor(
        db,
        accountId,
        page.items.map((p) => p.id),
      );
      yield page.items
        .map((p) => personToVcard({ ...p, ...(photos.has(p.id) ? { photo: photos.get(p.id)! } : {}) }))
        .join('');
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** A web stream of the export, for an HTTP response. */
export function exportStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else if (value) controller.enqueue(encoder.encode(value));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
