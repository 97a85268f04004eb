// The benchmark's network: a test-only data hook that writes people, introductions and referrals straight
// into the database in bulk (the API would take minutes to make 10,000 introductions through the state
// machine; the picture reads only the rows). Seeded: the same graph on every run.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { accounts, introductions, people, referrals } from '../../src/db/schema';
import type { IntroState, OutcomeKind } from '../../src/domain/introduction/types';
import { OUTCOMES } from '../../src/domain/introduction/types';
import { seededRandom } from '../../web/src/components/network/placement';

const COMMUNITIES = 8;
const DAY = 86_400_000;
const STATES: IntroState[] = [
  'closed',
  'closed',
  'closed',
  'introduced',
  'following_up',
  'asking',
  'declined',
  'draft',
];

/**
 * `edges` edges among the account's people (already seeded): most within one of eight communities, one end
 * drawn with a skew so some people are hubs, a tenth of them referrals. Returns how many of each it wrote.
 */
export async function seedEdges(db: Db, email: string, edges: number, seed: number, now: Date) {
  const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
  const accountId = account!.id;
  // Ordered by name (unique, `… i`), so person i is the same person on every run.
  const ids = (
    await db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.accountId, accountId))
      .orderBy(asc(people.name))
  ).map((r) => r.id);
  const n = ids.length;
  const random = seededRandom(seed);
  const pairs = new Set<string>();
  const intros: (typeof introductions.$inferInsert)[] = [];
  const refs: (typeof referrals.$inferInsert)[] = [];
  while (intros.length + refs.length < edges) {
    const a = Math.floor(n * random() ** 2);
    const b =
      random() < 0.8
        ? (Math.floor((random() * n) / COMMUNITIES) * COMMUNITIES + (a % COMMUNITIES)) % n
        : Math.floor(random() * n);
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    const at = new Date(now.getTime() - Math.floor(random() * 730) * DAY);
    if (random() < 0.1) {
      refs.push({
        accountId,
        direction: random() < 0.5 ? 'given' : 'received',
        referrerId: ids[a]!,
        fromPersonId: ids[a]!,
        toPersonId: ids[b]!,
        status: (['open', 'won', 'lost'] as const)[Math.floor(random() * 3)]!,
        date: at.toISOString().slice(0, 10),
      });
      // A received referral joins the referrer and the client: make them the two people.
      const last = refs.at(-1)!;
      if (last.direction === 'received') last.fromPersonId = ids[b]!;
      continue;
    }
    const state = STATES[Math.floor(random() * STATES.length)]!;
    const outcome: OutcomeKind | null =
      state === 'closed' ? OUTCOMES[Math.floor(random() * OUTCOMES.length)]! : null;
    const yes = { status: 'yes' as const, at: at.toISOString(), channel: 'email_link' as const };
    intros.push({
      accountId,
      personAId: ids[a]!,
      personBId: ids[b]!,
      kind: 'peers',
      reason: 'They should meet.',
      askOrder: 'sequential',
      firstParty: 'a',
      pitchA: 'A',
      pitchB: 'B',
      state,
      consentA: yes,
      consentB: yes,
      introducedAt: ['closed', 'introduced', 'following_up'].includes(state) ? at : null,
      outcome: outcome
        ? { kind: outcome, value: null, noShowParty: null, note: '', at: at.toISOString() }
        : null,
      createdAt: at,
      updatedAt: at,
    });
  }
  for (let i = 0; i < intros.length; i += 500)
    await db.insert(introductions).values(intros.slice(i, i + 500));
  for (let i = 0; i < refs.length; i += 500) await db.insert(referrals).values(refs.slice(i, i + 500));
  await db.execute(sql`analyze`);
  return { accountId, introductions: intros.length, referrals: refs.length };
}
