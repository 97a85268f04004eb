// Acting on many people at once: tag, untag, set trust or delete, all in one transaction. Each change
// answers with the requests that undo it (the inverse, applied only to the people it changed); a delete
// cannot be undone, so it must name how many people the user confirmed.
import type { Db, DbOrTx } from '../db/client';
import { markPeopleChanged } from '../matching/pending';
import { MAX_TAGS } from '../shared/common-schema';
import { conflict, unprocessable } from '../shared/errors';
import * as bulkRepo from './bulk-repository';
import { type DeletionDeps, deletePersonIn } from './deletion';
import {
  BULK_MAX_IDS,
  type BulkAction,
  type BulkFilter,
  type BulkRequest,
  type BulkResult,
} from './list-schema';
import * as listing from './listing';
import { refreshSearch } from './repository';
import { toFilter } from './service';

type Undo = BulkResult['undo'];

export async function bulkAct(
  db: Db,
  deps: DeletionDeps,
  accountId: string,
  req: BulkRequest,
): Promise<BulkResult> {
  return db.transaction(async (tx) => {
    const named = req.ids ? [...new Set(req.ids)] : await idsMatching(tx, accountId, req.filter ?? {});
    const live = await bulkRepo.lockLivePeople(tx, accountId, named);
    const ids = live.map((p) => p.id);
    const { changed, undo } = await apply(tx, deps, accountId, live, req.action);
    if (changed.length > 0) {
      if (req.action.kind === 'tag' || req.action.kind === 'untag')
        await refreshSearch(tx, accountId, changed);
      if (req.action.kind !== 'delete') await markPeopleChanged(tx, accountId, changed, deps.now);
    }
    return { affected: changed.length, matched: ids.length, undo };
  });
}

/** Everyone the list shows with these filters, search included. */
async function idsMatching(tx: DbOrTx, accountId: string, f: BulkFilter): Promise<string[]> {
  const filter = toFilter({ ...f, tags: f.tag });
  const q = f.q?.trim();
  if (q) return listing.searchPeopleIds(tx, accountId, filter, q);
  return listing.allIds(tx, accountId, filter);
}

type LivePerson = Awaited<ReturnType<typeof bulkRepo.lockLivePeople>>[number];

/**
 * The tag limit a person's own form keeps, kept by a bulk tag too: past it, the person page could not
 * save their tags again, and a restore refuses the account's own backup.
 */
function checkRoomForTags(live: readonly LivePerson[], tags: readonly string[]): void {
  const over = live.filter((p) => new Set([...p.tags, ...tags]).size > MAX_TAGS);
  if (over.length === 0) return;
  const names = over.slice(0, 3).map((p) => p.name);
  const more = over.length > names.length ? ` and ${over.length - names.length} more` : '';
  throw unprocessable(
    'action.tags',
    `would give ${over.length === 1 ? '1 person' : `${over.length} people`} more than ${MAX_TAGS} tags ` +
      `(${names.join(', ')}${more}); remove some of their tags or tag fewer at once`,
  );
}

/**
 * Undo requests for these people, each naming at most as many as one request may: a filter can select more
 * (12,000 LinkedIn connections), and one undo of them all was refused as too many ids.
 */
function steps(ids: readonly string[], action: BulkAction): Undo {
  const out: Undo = [];
  for (let i = 0; i < ids.length; i += BULK_MAX_IDS)
    out.push({ ids: ids.slice(i, i + BULK_MAX_IDS), action });
  return out;
}

async function apply(
  tx: DbOrTx,
  deps: DeletionDeps,
  accountId: string,
  live: LivePerson[],
  action: BulkAction,
): Promise<{ changed: string[]; undo: Undo }> {
  const ids = live.map((p) => p.id);
  const { now } = deps;
  switch (action.kind) {
    case 'tag':
    case 'untag': {
      if (action.kind === 'tag') checkRoomForTags(live, action.tags);
      const changed = new Set<string>();
      const undo: Undo = [];
      for (const tag of [...new Set(action.tags)]) {
        const touched =
          action.kind === 'tag'
            ? await bulkRepo.addTag(tx, accountId, ids, tag, now)
            : await bulkRepo.removeTag(tx, accountId, ids, tag, now);
        for (const id of touched) changed.add(id);
        const inverse: BulkAction = { kind: action.kind === 'tag' ? 'untag' : 'tag', tags: [tag] };
        undo.push(...steps(touched, inverse));
      }
      return { changed: [...changed], undo };
    }
    case 'set-trust': {
      const changed = await bulkRepo.setTrust(tx, accountId, ids, action.trust, now);
      const before = new Map(live.map((p) => [p.id, p.trust]));
      const byTrust = new Map<number | null, string[]>();
      for (const id of changed) {
        const trust = before.get(id) ?? null;
        byTrust.set(trust, [...(byTrust.get(trust) ?? []), id]);
      }
      const undo: Undo = [...byTrust].flatMap(([trust, group]) => steps(group, { kind: 'set-trust', trust }));
      return { changed, undo };
    }
    case 'delete': {
      if (action.confirmCount !== ids.length) {
        throw conflict(
          `${ids.length} ${ids.length === 1 ? 'person matches' : 'people match'}, not the ${action.confirmCount} confirmed; nothing was deleted. Confirm again.`,
          'action.confirmCount',
        );
      }
      const inIntroductions = await bulkRepo.peopleInIntroductions(tx, accountId, ids);
      if (inIntroductions.size > 0 && !action.cancelIntroductions) {
        throw conflict(
          `${inIntroductions.size} of them ${inIntroductions.size === 1 ? 'is' : 'are'} in introductions; nothing was deleted. Repeat with cancelIntroductions to cancel their open introductions and keep the closed ones anonymised.`,
          'action.cancelIntroductions',
        );
      }
      const plain = ids.filter((id) => !inIntroductions.has(id));
      await markPeopleChanged(tx, accountId, plain, now);
      await bulkRepo.deletePeople(tx, accountId, plain);
      for (const id of inIntroductions) await deletePersonIn(tx, deps, accountId, id, 'cancel');
      return { changed: ids, undo: [] };
    }
  }
}
