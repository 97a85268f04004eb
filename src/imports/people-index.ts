// An in-memory index of an account's people by the keys that identify a person (email, valid phone in E.164,
// LinkedIn/web URL, Linchpin id) and by company for possible-duplicate suggestions. Loaded once per import
// and kept current as the import creates and merges people, so lookups cost no queries.
import { type PreparedName, prepareName, similarPrepared } from './name-similarity';
import { companyKey, nameKey, normaliseEmail, phoneIdentity, urlKey } from './normalise';
import type { PossibleDuplicate } from './schema';

export interface IndexedPerson {
  id: string;
  name: string;
  company: string;
  emails: string[];
  phones: string[];
  links: { url: string }[];
}

export interface Match {
  personId: string;
  reason: string;
}

/**
 * Blocking keys: two names are only compared when they share one (same company assumed): the same
 * surname (covers "same name", initials and first-name typos), the same first name and surname start
 * (surname typos), or the same words in another order.
 */
export function nameBlocks(key: string): string[] {
  return blocksOf(prepareName(key));
}

function blocksOf(name: PreparedName): string[] {
  const { key, tokens } = name;
  if (tokens.length < 2) return key ? [`s:${key}`] : [];
  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  return [`s:${last}`, `f:${first}:${last.slice(0, 2)}`, `o:${name.sorted}`];
}

/** At most this many people per block are compared, so one crowded block cannot make an import slow. */
const BLOCK_CAP = 50;

/** What the index derives from a person, computed once and reused by matches(), similar() and put(). */
export interface PersonKeys {
  nameKey: string;
  /** The name key ready for comparing. */
  name: PreparedName;
  companyKey: string;
  /** Identifying keys ("email:…", "phone:…", "url:…") with the reason a shared one gives. */
  ids: [string, string][];
  /** Name blocks within the company; empty without a company. */
  blocks: string[];
}

type Entry = IndexedPerson & { keys: PersonKeys };

export class PeopleIndex {
  readonly #byKey = new Map<string, string>();
  /** Block → people in it; entries of people removed or renamed since are skipped when read. */
  readonly #blocks = new Map<string, string[]>();
  readonly #people = new Map<string, Entry>();

  constructor(private readonly region?: string) {}

  get size(): number {
    return this.#people.size;
  }

  has(id: string): boolean {
    return this.#people.has(id);
  }

  get(id: string): IndexedPerson | undefined {
    return this.#people.get(id);
  }

  /** The keys of a person or contact. */
  keys(p: Pick<IndexedPerson, 'name' | 'company' | 'emails' | 'phones' | 'links'>): PersonKeys {
    const nk = nameKey(p.name);
    const ck = companyKey(p.company);
    const name = prepareName(nk);
    return {
      nameKey: nk,
      name,
      companyKey: ck,
      ids: this.#ids(p),
      blocks: ck ? blocksOf(name).map((b) => `${ck}|${b}`) : [],
    };
  }

  #ids(p: Pick<IndexedPerson, 'emails' | 'phones' | 'links'>): [string, string][] {
    const keys: [string, string][] = [];
    for (const e of p.emails) {
      const v = normaliseEmail(e);
      if (v) keys.push([`email:${v}`, 'same email']);
    }
    for (const ph of p.phones) {
      // Only a valid number identifies someone (see phoneIdentity).
      const v = phoneIdentity(ph, this.region);
      if (v) keys.push([`phone:${v}`, 'same phone number']);
    }
    for (const l of p.links) {
      const v = urlKey(l.url);
      if (v?.startsWith('linkedin:in/') || v?.startsWith('linkedin:pub/'))
        keys.push([`url:${v}`, 'same LinkedIn profile']);
    }
    return keys;
  }

  /**
   * Adds or refreshes a person. Keys already owned by another person stay with that one. `keys` must be
   * this person's, as keys() gives them (passed when the caller already has them).
   */
  put(p: IndexedPerson, keys: PersonKeys = this.keys(p)): void {
    this.remove(p.id);
    const entry: Entry = {
      id: p.id,
      name: p.name,
      company: p.company,
      emails: p.emails,
      phones: p.phones,
      links: p.links,
      keys,
    };
    this.#people.set(p.id, entry);
    for (const [key] of keys.ids) if (!this.#byKey.has(key)) this.#byKey.set(key, p.id);
    for (const b of keys.blocks) {
      const list = this.#blocks.get(b);
      if (list) list.push(p.id);
      else this.#blocks.set(b, [p.id]);
    }
  }

  remove(id: string): void {
    const old = this.#people.get(id);
    if (!old) return;
    this.#people.delete(id);
    for (const [key] of old.keys.ids) if (this.#byKey.get(key) === id) this.#byKey.delete(key);
  }

  /** Every person the contact shares an email, phone or LinkedIn profile with (strongest reason first). */
  matches(
    c: Pick<IndexedPerson, 'emails' | 'phones' | 'links'>,
    uid?: string,
    ids: [string, string][] = this.#ids(c),
  ): Match[] {
    // Most contacts match no one: the list is made on the first match.
    let out: Match[] | undefined;
    // A card exported by Linchpin carries the person's id as its UID.
    const id = uid ? /^(?:urn:uuid:)?([0-9a-f-]{36})$/i.exec(uid)?.[1]?.toLowerCase() : undefined;
    if (id && this.#people.has(id)) out = [{ personId: id, reason: 'same Linchpin id' }];
    for (const [key, reason] of ids) {
      const personId = this.#byKey.get(key);
      if (!personId || out?.some((m) => m.personId === personId)) continue;
      out ??= [];
      out.push({ personId, reason });
    }
    return out ?? [];
  }

  /** People at the same company with a very similar name: suggestions only. */
  similar(
    name: string,
    company: string,
    exclude: ReadonlySet<string> | undefined,
    keys: Pick<PersonKeys, 'name' | 'companyKey' | 'blocks'> = this.keys({
      name,
      company,
      emails: [],
      phones: [],
      links: [],
    }),
  ): PossibleDuplicate[] {
    const ck = keys.companyKey;
    const out: PossibleDuplicate[] = [];
    // People already looked at through another block (a short list: blocks are small).
    let tried: string[] | undefined;
    for (const b of keys.blocks) {
      let compared = 0;
      const list = this.#blocks.get(b);
      if (!list) continue;
      tried ??= [];
      // Newest first, so a crowded block still compares the people most likely to be relevant.
      for (let i = list.length - 1; i >= 0; i--) {
        const id = list[i]!;
        if (exclude?.has(id) || tried.includes(id)) continue;
        tried.push(id);
        const other = this.#people.get(id);
        if (!other || other.keys.companyKey !== ck) continue;
        if (++compared > BLOCK_CAP) break;
        const why = similarPrepared(keys.name, other.keys.name);
        if (why) out.push({ personId: id, name: other.name, reason: `${why} at the same company` });
        if (out.length >= 5) return out;
      }
    }
    return out;
  }
}
