// Contact photos kept from imports.
import type { Db } from '../db/client';
import { notFound } from '../shared/errors';
import { findPhoto, type StoredPhoto } from './repository';

/** The person's photo; 404 when they have none (or are not in this account). */
export async function getPhoto(db: Db, accountId: string, personId: string): Promise<StoredPhoto> {
  const photo = await findPhoto(db, accountId, personId);
  if (!photo) throw notFound('Photo');
  return photo;
}
