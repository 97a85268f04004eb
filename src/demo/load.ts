// Loads a generated demo network into one account with a few bulk inserts, in one transaction.

import type { Db } from '../db/client';
import { analyzeAfterBulkWrite } from '../db/maintenance';
import { insertInteractions } from '../interactions/repository';
import { markPeopleChanged } from '../matching/pending';
import { insertNeeds } from '../needs/repository';
import { insertOffers } from '../offers/repository';
import * as peopleRepo from '../people/repository';
import { toValues } from '../people/service';
import type { DemoNetwork } from './generator';

export interface DemoSummary {
  people: number;
  professions: number;
  needs: number;
  openNeeds: number;
  offers: number;
  interactions: number;
}

/** The stored ids of the generated people (by index) and of their needs (by person index, then need index). */
export interface DemoIds {
  people: string[];
  needs: (string | undefined)[][];
}

/** Rows per INSERT: large enough to be fast, small enough to stay far below the parameter limit. */
const BATCH = 100;

export async function loadDemoNetwork(
  db: Db,
  accountId: string,
  network: DemoNetwork,
  now: Date,
): Promise<{ summary: DemoSummary; ids: DemoIds }> {
  const loaded = await db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const batch of chunks(network.people, BATCH)) {
      const rows = await peopleRepo.insertPeople(
        tx,
        accountId,
        batch.map((p) => ({ ...toValues(p.person), sourceKind: 'demo' as const })),
      );
      // RETURNING gives no order guarantee; demo names are unique, so match on them.
      const byName = new Map(rows.map((row) => [row.name, row.id]));
      ids.push(...batch.map((p) => byName.get(p.person.name)!));
    }
    const needs = network.people.flatMap((p, i) =>
      p.needs.map((n) => ({ ...n.input, personId: ids[i]!, createdAt: n.createdAt, updatedAt: n.createdAt })),
    );
    const offers = network.people.flatMap((p, i) =>
      p.offers.map((o) => ({
        ...o.input,
        personId: ids[i]!,
        createdAt: o.createdAt,
        updatedAt: o.createdAt,
      })),
    );
    const interactions = network.people.flatMap((p, i) =>
      p.interactions.map((x) => ({
        ...x,
        personId: ids[i]!,
        occurredAt: new Date(x.occurredAt ?? now),
        createdAt: new Date(x.occurredAt ?? now),
      })),
    );
    const needIds = new Map<string, string>();
    for (const batch of chunks(needs, BATCH)) {
      for (const row of await insertNeeds(tx, accountId, batch))
        needIds.set(`${row.personId}\n${row.text}`, row.id);
    }
    for (const batch of chunks(offers, BATCH)) await insertOffers(tx, accountId, batch);
    for (const batch of chunks(interactions, BATCH * 3)) await insertInteractions(tx, accountId, batch);
    // Needs and offers are part of each person's search document.
    await peopleRepo.refreshSearch(tx, accountId, ids);
    await markPeopleChanged(tx, accountId, ids, now);
    const summary: DemoSummary = {
      people: ids.length,
      professions: new Set(network.people.map((p) => p.profession)).size,
      needs: needs.length,
      openNeeds: needs.filter((n) => n.status === 'open').length,
      offers: offers.length,
      interactions: interactions.length,
    };
    const needsOf = network.people.map((p, i) =>
      p.needs.map((n) => needIds.get(`${ids[i]}\n${n.input.text}`)),
    );
    return { summary, ids: { people: ids, needs: needsOf } };
  });
  await analyzeAfterBulkWrite(db);
  return loaded;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
