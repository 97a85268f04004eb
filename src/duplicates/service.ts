// Possible duplicates (listed with their reasons, dismissable) and merging two people by hand: the
// survivor keeps its values, gains the other's (lists unioned, blanks filled), and everything that
// pointed at the other person (needs, offers, interactions, introductions…) moves over, in one transaction.
import { getTableConfig } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { PERSON_REFERENCES, type PersonReference } from '../account-data/registry';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { mergePerson, type PersonFields } from '../imports/merge';
import { pickFields } from '../imports/plan';
import type { Conflict } from '../imports/schema';
import { recomputeLastContact } from '../interactions/repository';
import { markPeopleChanged } from '../matching/pending';
import { deletePerson, updatePerson } from '../people/repository';
import type { Person } from '../people/schema';
import { toOnePerson } from '../people/service';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { conflict, notFound, unprocessable } from '../shared/errors';
import { findPairs, pairKey } from './pairs';
import * as repo from './repository';
import type { DuplicatePair, MergeInput } from './schema';

const OffsetCursor = z.object({ o: z.number().int().min(0) });

export async function listDuplicates(
  db: Db,
  accountId: string,
  page: { limit?: number; cursor?: string },
  opts: { defaultRegion?: string } = {},
) {
  const people = await repo.summaries(db, accountId);
  const byId = new Map(people.map((p) => [p.id, p]));
  const dismissed = new Set((await repo.dismissedPairs(db, accountId)).map(([a, b]) => pairKey(a, b)));
  const pairs = findPairs(people, opts)
    .filter((p) => !dismissed.has(pairKey(p.a, p.b)))
    .map((p) => {
      const a = byId.get(p.a)!;
      const b = byId.get(p.b)!;
      return { a, b, p };
    })
    .sort(
      (x, y) =>
        Number(y.p.strong) - Number(x.p.strong) ||
        x.a.name.localeCompare(y.a.name) ||
        x.b.name.localeCompare(y.b.name) ||
        (x.p.a + x.p.b < y.p.a + y.p.b ? -1 : 1),
    );
  const limit = page.limit ?? 50;
  const offset = decodeCursor(page.cursor, OffsetCursor)?.o ?? 0;
  const items: DuplicatePair[] = pairs.slice(offset, offset + limit).map(({ a, b, p }) => ({
    people: [
      { id: a.id, name: a.name, company: a.company, emails: a.emails, phones: a.phones },
      { id: b.id, name: b.name, company: b.company, emails: b.emails, phones: b.phones },
    ],
    reasons: p.reasons,
    strength: p.strong ? 'strong' : 'suggestion',
  }));
  return { items, nextCursor: offset + limit < pairs.length ? encodeCursor({ o: offset + limit }) : null };
}

export async function dismissDuplicate(db: Db, accountId: string, [a, b]: [string, string], now: Date) {
  if (a === b) throw unprocessable('personIds', 'must be two different people');
  const people = await repo.summaries(db, accountId);
  if (!people.some((p) => p.id === a) || !people.some((p) => p.id === b)) throw notFound('Person');
  await repo.dismiss(db, accountId, a, b, now);
}

export async function undismissDuplicate(db: Db, accountId: string, [a, b]: [string, string]) {
  await repo.undismiss(db, accountId, a, b);
}

export interface MergeOutcome {
  person: Person;
  moved: Record<string, number>;
  conflicts: Conflict[];
}

/** Tables with two person columns (an introduction): merging its two people would make it nonsense. */
function twoPersonTables(): [PersonReference, PersonReference][] {
  const out: [PersonReference, PersonReference][] = [];
  const moves = PERSON_REFERENCES.filter((r) => r.mode === 'move');
  moves.forEach((r, i) => {
    for (const s of moves.slice(i + 1)) if (s.table === r.table) out.push([r, s]);
  });
  return out;
}

/** The other's value of one field wins: the key ties both sides to the same field type. */
function copyField<K extends keyof PersonFields>(into: PersonFields, from: PersonFields, key: K): void {
  into[key] = from[key];
}

export async function mergePeople(
  db: Db,
  accountId: string,
  survivorId: string,
  input: MergeInput,
  now: Date,
): Promise<MergeOutcome> {
  if (survivorId === input.otherId) throw unprocessable('otherId', 'must be another person');
  try {
    return await db.transaction(async (tx) => {
      const { survivor, other } = await repo.lockPair(tx, accountId, survivorId, input.otherId);
      if (!survivor || !other) throw notFound('Person');
      for (const [x, y] of twoPersonTables()) {
        if (
          await repo.countLinking(
            tx,
            x.table,
            x.accountColumn,
            x.column,
            y.column,
            accountId,
            survivorId,
            input.otherId,
          )
        ) {
          throw conflict(
            `${survivor.name} and ${other.name} are the two people of a ${getTableConfig(x.table).name.replace(/_/g, ' ').replace(/s$/, '')}; they cannot be merged into one person.`,
          );
        }
      }
      const otherFields = pickFields(other);
      const merged = mergePerson(pickFields(survivor), otherFields);
      const fields: PersonFields = merged.fields;
      let conflicts = merged.conflicts;
      for (const [field, side] of Object.entries(input.keep)) {
        if (side !== 'other') continue;
        const f = field as keyof typeof input.keep;
        copyField(fields, otherFields, f);
        conflicts = conflicts.filter((c) => c.field !== f);
      }
      const moved: Record<string, number> = {};
      for (const ref of PERSON_REFERENCES) {
        const name = getTableConfig(ref.table).name;
        let n = 0;
        if (ref.mode === 'delete') {
          await repo.deleteReferences(tx, ref.table, ref.accountColumn, ref.column, accountId, input.otherId);
          continue;
        }
        if (
          ref.mode === 'keep-survivor' &&
          (await repo.hasReference(tx, ref.table, ref.accountColumn, ref.column, accountId, survivorId))
        ) {
          await repo.deleteReferences(tx, ref.table, ref.accountColumn, ref.column, accountId, input.otherId);
          continue;
        }
        n = await repo.moveReferences(
          tx,
          ref.table,
          ref.accountColumn,
          ref.column,
          accountId,
          input.otherId,
          survivorId,
        );
        if (n) moved[name] = (moved[name] ?? 0) + n;
      }
      // Whatever still pointed at the other person was moved above; what is left goes with them.
      await deletePerson(tx, accountId, input.otherId);
      await updatePerson(tx, accountId, survivorId, fields, now);
      await recomputeLastContact(tx, accountId, [survivorId]);
      await markPeopleChanged(tx, accountId, [survivorId], now);
      const row = (await repo.lockPair(tx, accountId, survivorId, survivorId)).survivor!;
      return { person: await toOnePerson(tx, accountId, row, now), moved, conflicts };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict(
        'Both people have the same open introduction (or another record that must stay unique); close one first.',
      );
    }
    throw err;
  }
}
