// SQL for exports: people page by page, only the columns a vCard or CSV needs (the people list reads
// whole rows, search document included, which costs more than the export itself on 30k people). The
// filters mean what they mean for GET /api/v1/people: q (full-text), tags (all of them), company.
import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { people, personPhotos } from '../db/schema';
import { livePeopleOf, searchMatch } from '../people/repository';
import { likeContains } from '../people/search-query';

export interface ExportFilter {
  q?: string;
  tags?: string[];
  company?: string;
}

export async function peoplePage(
  db: DbOrTx,
  accountId: string,
  filter: ExportFilter,
  limit: number,
  after?: { name: string; id: string },
) {
  const where: SQL[] = [livePeopleOf(accountId)];
  if (filter.tags?.length) {
    where.push(
      sql`${people.tags} @> array[${sql.join(
        filter.tags.map((t) => sql`${t.trim().toLowerCase()}`),
        sql`, `,
      )}]::text[]`,
    );
  }
  const company = filter.company?.trim();
  if (company) where.push(sql`${people.company} ilike ${likeContains(company)}`);
  const q = filter.q?.trim();
  if (q) {
    const match = searchMatch(q);
    if (!match) return [];
    where.push(sql`${people.search} @@ ${match}`);
  }
  const sortName = sql<string>`lower(${people.name})`;
  if (after)
    where.push(or(gt(sortName, after.name), and(eq(sortName, after.name), gt(people.id, after.id)))!);
  return db
    .select({
      id: people.id,
      name: people.name,
      emails: people.emails,
      phones: people.phones,
      company: people.company,
      title: people.title,
      location: people.location,
      links: people.links,
      tags: people.tags,
      blurb: people.blurb,
      createdAt: people.createdAt,
      updatedAt: people.updatedAt,
      sortName,
    })
    .from(people)
    .where(and(...where))
    .orderBy(asc(sortName), asc(people.id))
    .limit(limit);
}

export async function photosFor(db: DbOrTx, accountId: string, ids: string[]) {
  if (!ids.length) return new Map<string, { mediaType: string; data: Uint8Array }>();
  const rows = await db
    .select({ personId: personPhotos.personId, mediaType: personPhotos.mediaType, data: personPhotos.data })
    .from(personPhotos)
    .where(and(eq(personPhotos.accountId, accountId), inArray(personPhotos.personId, ids)));
  return new Map(rows.map((r) => [r.personId, { mediaType: r.mediaType, data: r.data }]));
}
