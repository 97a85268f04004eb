// The facts about each person that the rules look at, read fresh from the database: whether they may be
// introduced, whether they have an email, and how many more consent requests they accept this month.
// Moving an introduction, previewing a step and listing the actions possible now all read them here.
import type { DbOrTx } from '../db/client';
import type { IntroductionRow, PersonRow } from '../db/schema';
import type { Introduction, Party } from '../domain/introduction/types';
import { countRequestsToEach } from '../mail/repository';
import { toDomain } from './mapping';

export type FactsPerson = Pick<PersonRow, 'id' | 'emails' | 'introPreferences'>;

/** The window a person's "requests per month" limit counts over. */
const MONTH_MS = 30 * 86_400_000;

/** How many more consent requests each person accepts in the 30 days up to `now`; null: no limit. */
export async function requestsLeftOf(
  db: DbOrTx,
  accountId: string,
  people: FactsPerson[],
  now: Date,
): Promise<Map<string, number | null>> {
  const limited = people.filter((p) => typeof p.introPreferences.maxRequestsPerMonth === 'number');
  const sent = await countRequestsToEach(
    db,
    accountId,
    limited.map((p) => p.id),
    new Date(now.getTime() - MONTH_MS),
  );
  const left = new Map<string, number | null>();
  for (const p of people) {
    const max = p.introPreferences.maxRequestsPerMonth;
    left.set(p.id, typeof max === 'number' ? Math.max(0, max - (sent.get(p.id) ?? 0)) : null);
  }
  return left;
}

/** The introduction as the rules see it, with every fact about both people filled in. */
export function domainWithFacts(
  row: IntroductionRow,
  people: Record<Party, FactsPerson | undefined>,
  requestsLeft: Map<string, number | null>,
): Introduction {
  const intro = toDomain(row, people.a, people.b);
  for (const party of ['a', 'b'] as const) {
    const id = people[party]?.id;
    intro.parties[party].requestsLeft = id ? (requestsLeft.get(id) ?? null) : null;
  }
  return intro;
}

/** One introduction with both people's facts, read now. */
export async function loadDomain(
  db: DbOrTx,
  row: IntroductionRow,
  people: Record<Party, FactsPerson>,
  now: Date,
): Promise<Introduction> {
  const left = await requestsLeftOf(db, row.accountId, [people.a, people.b], now);
  return domainWithFacts(row, people, left);
}
