// An in-memory index of an account's people by the values that identify a person (src/domain/identity
// decides which, and when one is too common to) and the Linchpin id of an exported card, and by company
// and name block for possible-duplicate suggestions. Loaded once per import and kept current as the import
// creates and merges people, so lookups cost no queries.
import { type PreparedName, prepareName, similarPrepared } from '../domain/contact/name-similarity';
import { companyKey, nameKey } from '../domain/contact/normalise';
import { IdentityIndex } from '../domain/identity/holders';
import { type IdentityKey, identityKeys } from '../domain/identity/keys';
import { NAME_BLOCK_CAP } from '../domain/identity/limits';
import { preparedNameBlocks } from '../domain/identity/name-blocks';
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

/** What the index derives from a person, computed once and reused by matches(), similar() and put(). */
export interface PersonKeys {
  nameKey: string;
  /** The name key ready for comparing. */
  name: PreparedName;
  companyKey: string;
  /** Identifying keys with the reason a shared one gives. */
  ids: IdentityKey[];
  /** Name blocks within the company; empty without a company. */
  blocks: string[];
}

type Entry = IndexedPerson & { keys: PersonKeys };

export class PeopleIndex {
  readonly #identity = new IdentityIndex();
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
      ids: identityKeys(p, this.region),
      blocks: ck ? preparedNameBlocks(name).map((b) => `${ck}|${b}`) : [],
    };
  }

  /**
   * Adds or refreshes a person. A value held by several people points at whoever held it first. `keys`
   * must be this person's, as keys() gives them (passed when the caller already has them).
   */
  put(p: IndexedPerson, keys: PersonKeys = this.keys(p)): void {
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
    this.#identity.set(p.id, keys.ids);
    for (const b of keys.blocks) {
      const list = this.#blocks.get(b);
      if (list) list.push(p.id);
      else this.#blocks.set(b, [p.id]);
    }
  }

  remove(id: string): void {
    if (!this.#people.delete(id)) return;
    this.#identity.delete(id);
  }

  /**
   * The people a contact (not in the index) is identified as: by its Linchpin id, then for each email,
   * phone or LinkedIn profile that identifies, whoever holds it (strongest reason first).
   */
  matches(
    c: Pick<IndexedPerson, 'emails' | 'phones' | 'links'>,
    uid?: string,
    ids: readonly IdentityKey[] = identityKeys(c, this.region),
  ): Match[] {
    const out: Match[] = [];
    // A card exported by Linchpin carries the person's id as its UID.
    const id = uid ? /^(?:urn:uuid:)?([0-9a-f-]{36})$/i.exec(uid)?.[1]?.toLowerCase() : undefined;
    if (id && this.#people.has(id)) out.push({ personId: id, reason: 'same Linchpin id' });
    for (const m of this.#identity.firstHolders(ids)) {
      if (!out.some((o) => o.personId === m.personId)) out.push(m);
    }
    return out;
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
        if (++compared > NAME_BLOCK_CAP) break;
        const why = similarPrepared(keys.name, other.keys.name);
        if (why) out.push({ personId: id, name: other.name, reason: `${why} at the same company` });
        if (out.length >= 5) return out;
      }
    }
    return out;
  }
}
