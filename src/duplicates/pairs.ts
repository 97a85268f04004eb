// Possible duplicates in an account: pairs of people who share an email, a phone number or a LinkedIn
// profile that identifies a person (strong; src/domain/identity decides which values do), or have very
// similar names at the same company (a suggestion). Pure.
import { similarKeys } from '../domain/contact/name-similarity';
import { companyKey, nameKey } from '../domain/contact/normalise';
import { IdentityIndex } from '../domain/identity/holders';
import { identityKeys } from '../domain/identity/keys';
import { comparedMembers, nameBlocks } from '../domain/identity/name-blocks';

export interface PersonSummary {
  id: string;
  name: string;
  company: string;
  emails: string[];
  phones: string[];
  links: { url: string }[];
}

export interface Pair {
  a: string;
  b: string;
  reasons: string[];
  strong: boolean;
}

export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** Pairs of `people`, who are listed oldest first (a crowded name block compares its newest). */
export function findPairs(people: PersonSummary[], opts: { defaultRegion?: string } = {}): Pair[] {
  const pairs = new Map<string, Pair>();
  const add = (x: string, y: string, reason: string, strong: boolean) => {
    if (x === y) return;
    const k = pairKey(x, y);
    const [a, b] = x < y ? [x, y] : [y, x];
    const p = pairs.get(k) ?? { a, b, reasons: [], strong: false };
    if (!p.reasons.includes(reason)) p.reasons.push(reason);
    p.strong ||= strong;
    pairs.set(k, p);
  };

  const identity = new IdentityIndex();
  const blocks = new Map<string, { id: string; key: string; ck: string }[]>();
  for (const p of people) {
    identity.set(p.id, identityKeys(p, opts.defaultRegion));
    const key = nameKey(p.name);
    const ck = companyKey(p.company);
    // Same company: every blocking key. No company: only identical names meet (same surname block).
    const keys = ck ? nameBlocks(key).map((b) => `${ck}|${b}`) : key.includes(' ') ? [`|same|${key}`] : [];
    if (ck && key.includes(' ')) keys.push(`|same|${key}`);
    for (const b of keys) {
      const list = blocks.get(b);
      if (list) list.push({ id: p.id, key, ck });
      else blocks.set(b, [{ id: p.id, key, ck }]);
    }
  }
  for (const { a, b, reason } of identity.pairs()) add(a, b, reason, true);
  for (const [b, list] of blocks) {
    const members = comparedMembers(list);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i]!;
        const y = members[j]!;
        if (b.startsWith('|same|')) {
          // Identical names: a suggestion unless the two are at different companies.
          if (x.key === y.key && (!x.ck || !y.ck || x.ck === y.ck))
            add(x.id, y.id, x.ck && y.ck ? 'same name at the same company' : 'same name', false);
          continue;
        }
        const why = similarKeys(x.key, y.key);
        if (why) add(x.id, y.id, `${why} at the same company`, false);
      }
    }
  }
  return [...pairs.values()];
}
