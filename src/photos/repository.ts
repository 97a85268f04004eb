import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { personPhotos } from '../db/schema';

export interface StoredPhoto {
  mediaType: string;
  data: Uint8Array;
}

export async function findPhoto(
  db: DbOrTx,
  accountId: string,
  personId: string,
): Promise<StoredPhoto | undefined> {
  const [photo] = await db
    .select({ mediaType: personPhotos.mediaType, data: personPhotos.data })
    .from(personPhotos)
    .where(and(eq(personPhotos.accountId, accountId), eq(personPhotos.personId, personId)));
  return photo;
}
