// Generated people for the benchmarks, and one account seeded with them in bulk (as an import writes them),
// shared by bench/foundation.ts and bench/load/load.ts. Each benchmark brings its own word lists.
import { createAccount, createApiToken } from '../../src/accounts/service';
import { openDatabase } from '../../src/db/client';
import { analyzeAfterBulkWrite } from '../../src/db/maintenance';
import type { DatabaseTarget } from '../../src/db/types';
import { insertPeople } from '../../src/people/repository';
import { PersonInput } from '../../src/people/schema';
import { toValues } from '../../src/people/service';
import { round } from './stats';

export interface PeopleWords {
  first: string[];
  last: string[];
  companies: string[];
  tags: string[];
  /** Topic words for the blurbs. */
  words: string[];
}

/** The vocabulary the scale benchmarks share, so their networks look alike (accents included). */
export const BENCH_WORDS: PeopleWords = {
  first: ['Ada', 'Grace', 'Alan', 'Bruno', 'Chloé', 'Dmitri', 'Emeka', 'Fatima', 'Giulia', 'Hiro'],
  last: ['Lovelace', 'Hopper', 'Turing', 'García', 'Müller', 'Okafor', 'Nakamura', 'Rossi', 'Kim'],
  companies: ['Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Acme', 'Tyrell'],
  tags: ['founder', 'investor', 'lawyer', 'designer', 'engineer', 'recruiter', 'marketer', 'doctor'],
  words: ['climate', 'fintech', 'hiring', 'fundraising', 'pricing', 'design', 'security', 'growth'],
};

/** Person `i`: deterministic, unique by name and email, spread over every list. */
export function peopleOf(w: PeopleWords) {
  return (i: number) => {
    const pick = <T>(xs: T[], k: number) => xs[(i * k + Math.floor(i / xs.length)) % xs.length]!;
    return PersonInput.parse({
      name: `${pick(w.first, 7)} ${pick(w.last, 5)} ${i}`,
      emails: [`p${i}@${pick(w.companies, 3).toLowerCase()}.example`],
      company: pick(w.companies, 3),
      title: 'Partner',
      tags: [pick(w.tags, 1), pick(w.tags, 11)],
      blurb: `Works on ${pick(w.words, 13)} and ${pick(w.words, 17)} at ${pick(w.companies, 3)}.`,
      trust: (i % 5) + 1,
    });
  };
}

/** A new account with `count` people (batches of 1,000, then ANALYZE as an import does); its API token. */
export async function seedPeople(
  target: DatabaseTarget,
  count: number,
  person: (i: number) => PersonInput,
  email: string,
): Promise<string> {
  const t0 = performance.now();
  const database = await openDatabase(target);
  const account = await createAccount(database.db, { email, password: 'bench-password' }, 'admin');
  for (let i = 0; i < count; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - i) }, (_, k) => toValues(person(i + k)));
    await database.db.transaction((tx) => insertPeople(tx, account.id, batch).then(() => {}));
  }
  await analyzeAfterBulkWrite(database.db);
  const { token } = await createApiToken(database.db, account.id, 'bench');
  await database.close();
  console.error(`${target.kind}: seeded ${count} people in ${round((performance.now() - t0) / 1000)} s`);
  return token;
}
