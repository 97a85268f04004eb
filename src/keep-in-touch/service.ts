// Keep in touch: per-tag cadences and the losing-touch view.
import { z } from 'zod';
import type { Db, DbOrTx } from '../db/client';
import { daysBetweenDates, localDate } from '../domain/time/zoned';
import { findPeople } from '../people/repository';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { notFound } from '../shared/errors';
import { dueRows } from './due';
import { relationshipContext, relationshipsOf } from './relationship';
import * as repo from './repository';
import type { LosingTouchEntry, TagCadence, TagCadenceInput } from './schema';

export async function listTagCadences(db: DbOrTx, accountId: string): Promise<{ items: TagCadence[] }> {
  const [rows, counts] = await Promise.all([
    repo.listTagCadences(db, accountId),
    repo.tagPeopleCounts(db, accountId),
  ]);
  return {
    items: rows.map((r) => ({
      tag: r.tag,
      idealDays: r.idealDays,
      maxDays: r.maxDays,
      people: counts.get(r.tag) ?? 0,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

export async function setTagCadence(
  db: Db,
  accountId: string,
  tag: string,
  input: TagCadenceInput,
  now: Date,
): Promise<TagCadence> {
  const row = await repo.upsertTagCadence(db, accountId, tag, input, now);
  const counts = await repo.tagPeopleCounts(db, accountId, tag);
  return { ...row, people: counts.get(tag) ?? 0, updatedAt: row.updatedAt.toISOString() };
}

export async function removeTagCadence(db: Db, accountId: string, tag: string): Promise<void> {
  if (!(await repo.deleteTagCadence(db, accountId, tag))) throw notFound('Tag cadence');
}

const OffsetCursor = z.object({ o: z.number().int().min(0).max(1_000_000) });

/**
 * People past their ideal interval, the furthest past their cadence first (days since contact ÷ the
 * maximum interval), each with their last contact and strength.
 */
export async function losingTouch(
  db: Db,
  accountId: string,
  page: { limit?: number; cursor?: string },
  now: Date,
): Promise<{ items: LosingTouchEntry[]; nextCursor: string | null }> {
  const limit = page.limit ?? 50;
  const offset = decodeCursor(page.cursor, OffsetCursor)?.o ?? 0;
  const ctx = await relationshipContext(db, accountId);
  const found = await dueRows(db, accountId, now, ctx.timeZone, { order: 'lapse', limit: limit + 1, offset });
  const slice = found.slice(0, limit);
  const rows = await findPeople(
    db,
    accountId,
    slice.map((e) => e.person.id),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rels = await relationshipsOf(db, accountId, rows, now, ctx);
  const items: LosingTouchEntry[] = [];
  for (const e of slice) {
    const row = byId.get(e.person.id);
    const rel = rels.get(e.person.id);
    if (!row || !rel) continue;
    const since = e.lastContactAt ?? row.createdAt;
    items.push({
      person: { id: row.id, name: row.name, company: row.company, tags: row.tags },
      status: e.status,
      idealDays: e.idealDays,
      maxDays: e.maxDays,
      source: e.source,
      tag: e.tag,
      lastContactAt: e.lastContactAt?.toISOString() ?? null,
      dueAt: e.dueAt.toISOString(),
      overdueAt: e.overdueAt.toISOString(),
      // Calendar days in the account's zone, as the person page and Today count them.
      daysSinceContact: Math.max(
        0,
        daysBetweenDates(localDate(since, ctx.timeZone), localDate(now, ctx.timeZone)),
      ),
      lapse: Math.round(e.lapse * 100) / 100,
      strength: rel.strength,
      strengthReasons: rel.strengthReasons,
    });
  }
  const more = found.length > limit;
  return { items, nextCursor: more ? encodeCursor({ o: offset + limit }) : null };
}
