// Exports: people as vCard 4.0 or CSV (all, or those a people filter selects), or the account's full
// JSON backup. Produced in chunks, a page of people at a time, so large accounts stream.
import { backupChunks } from '../backup/service';
import type { Db } from '../db/client';
import { csvHeader, personToCsv } from './csv-writer';
import { type ExportFilter, peoplePage, photosFor } from './repository';
import type { ExportFormat } from './schema';
import { personToVcard } from './vcard-writer';

export type PeopleFilter = ExportFilter;

const PAGE = 1000;

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
  let after: { name: string; id: string } | undefined;
  for (;;) {
    const rows = await peoplePage(db, accountId, filter, PAGE, after);
    if (!rows.length) return;
    const people = rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
    if (format === 'csv') yield people.map(personToCsv).join('');
    else {
      const photos = await photosFor(
        db,
        accountId,
        people.map((p) => p.id),
      );
      yield people
        .map((p) => personToVcard({ ...p, ...(photos.has(p.id) ? { photo: photos.get(p.id)! } : {}) }))
        .join('');
    }
    if (rows.length < PAGE) return;
    const last = rows.at(-1)!;
    after = { name: last.sortName, id: last.id };
  }
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
