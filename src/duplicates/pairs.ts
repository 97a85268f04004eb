// Possible duplicates in an account: pairs of people who share an email, a phone number or a LinkedIn
// profile (strong), or have very similar names at the same company (a suggestion). Pure.
import { similarKeys } from '../imports/name-similarity';
import { companyKey, nameKey, normaliseEmail, phoneIdentity, urlKey } from '../imports/normalise';
import { nameBlocks } from '../imports/people-index';

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

const BLOCK_CAP = 200;

export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

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

  const groups = new Map<string, string[]>();
  const group = (key: string, id: string) => {
    const g = groups.get(key);
    if (g) {
      if (!g.includes(id)) g.push(id);
    } else groups.set(key, [id]);
  };
  const blocks = new Map<string, { id: string; key: string; ck: string }[]>();
  for (const p of people) {
    for (const e of p.emails) {
      const v = normaliseEmail(e);
      if (v) group(`same email|${v}`, p.id);
    }
    for (const ph of p.phones) {
      // Only a valid number identifies someone: two people can both have typed 123456.
      const v = phoneIdentity(ph, opts.defaultRegion);
      if (v) group(`same phone number|${v}`, p.id);
    }
    for (const l of p.links) {
      const v = urlKey(l.url);
      if (v?.startsWith('linkedin:in/') || v?.startsWith('linkedin:pub/'))
        group(`same LinkedIn profile|${v}`, p.id);
    }
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
  for (const [k, ids] of groups) {
    if (ids.length < 2 || ids.length > 50) continue; // a shared office number is not a duplicate
    const reason = k.slice(0, k.indexOf('|'));
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) add(ids[i]!, ids[j]!, reason, true);
  }
  for (const [b, list] of blocks) {
    const members = list.slice(-BLOCK_CAP);
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
