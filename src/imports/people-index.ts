// An in-memory index of an account's people by the keys that identify a person (email, phone in E.164,
// LinkedIn/web URL, Linchpin id) and by company for possible-duplicate suggestions. Loaded once per import
// and kept current as the import creates and merges people, so lookups cost no queries.
import { similarName } from './name-similarity';
import { companyKey, normaliseEmail, phoneKey, urlKey } from './normalise';
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

export class PeopleIndex {
  readonly #byKey = new Map<string, string>();
  readonly #byCompany = new Map<string, Map<string, string>>();
  readonly #people = new Map<string, IndexedPerson>();

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

  #keys(p: Pick<IndexedPerson, 'emails' | 'phones' | 'links'>): [string, string][] {
    const keys: [string, string][] = [];
    for (const e of p.emails) {
      const v = normaliseEmail(e);
      if (v) keys.push([`email:${v}`, 'same email']);
    }
    for (const ph of p.phones) {
      const v = phoneKey(ph, this.region);
      if (v) keys.push([`phone:${v}`, 'same phone number']);
    }
    for (const l of p.links) {
      const v = urlKey(l.url);
      if (v?.startsWith('linkedin:in/') || v?.startsWith('linkedin:pub/'))
        keys.push([`url:${v}`, 'same LinkedIn profile']);
    }
    return keys;
  }

  /** Adds or refreshes a person. Keys already owned by another person stay with that one. */
  put(p: IndexedPerson): void {
    this.remove(p.id);
    this.#people.set(p.id, p);
    for (const [key] of this.#keys(p)) if (!this.#byKey.has(key)) this.#byKey.set(key, p.id);
    const ck = companyKey(p.company);
    if (ck) {
      const m = this.#byCompany.get(ck) ?? new Map<string, string>();
      this.#byCompany.set(ck, m);
      m.set(p.id, p.name);
    }
  }

  remove(id: string): void {
    const old = this.#people.get(id);
    if (!old) return;
    this.#people.delete(id);
    for (const [key] of this.#keys(old)) if (this.#byKey.get(key) === id) this.#byKey.delete(key);
    this.#byCompany.get(companyKey(old.company))?.delete(id);
  }

  /** Every person the contact shares an email, phone or LinkedIn profile with (strongest reason first). */
  matches(c: Pick<IndexedPerson, 'emails' | 'phones' | 'links'>, uid?: string): Match[] {
    const out: Match[] = [];
    const seen = new Set<string>();
    const add = (personId: string, reason: string) => {
      if (seen.has(personId)) return;
      seen.add(personId);
      out.push({ personId, reason });
    };
    // A card exported by Linchpin carries the person's id as its UID.
    const id = /^(?:urn:uuid:)?([0-9a-f-]{36})$/i.exec(uid ?? '')?.[1]?.toLowerCase();
    if (id && this.#people.has(id)) add(id, 'same Linchpin id');
    for (const [key, reason] of this.#keys(c)) {
      const personId = this.#byKey.get(key);
      if (personId) add(personId, reason);
    }
    return out;
  }

  /** People at the same company with a very similar name: suggestions only. */
  similar(name: string, company: string, exclude: Set<string>): PossibleDuplicate[] {
    const ck = companyKey(company);
    if (!ck) return [];
    const out: PossibleDuplicate[] = [];
    for (const [id, other] of this.#byCompany.get(ck) ?? []) {
      if (exclude.has(id)) continue;
      const why = similarName(name, other);
      if (why) out.push({ personId: id, name: other, reason: `${why} at the same company` });
      if (out.length >= 5) break;
    }
    return out;
  }
}
