// Posting lists: for each retrieval key, the providers whose document holds it. A provider that shares a
// key with a need is a candidate however far apart their embeddings are; rank.ts sums, over the lists of
// a need's keys, the most each key can add to a provider's relevance.
import type { MatchDoc } from '../relevance';
import { IntList } from './int-list';

/** The keys a document is retrieved by: its lexical keys and its tags (a shared tag raises relevance). */
export function retrievalKeys(doc: MatchDoc): string[] {
  const keys = new Set<string>();
  for (const k of doc.keys) keys.add(`k:${k}`);
  for (const t of doc.tags) {
    const tag = t.trim().toLowerCase();
    if (tag !== '') keys.add(`t:${tag}`);
  }
  return [...keys];
}

export class Postings {
  readonly #lists = new Map<string, IntList>();

  /** Files the provider at `index` under the keys of `doc`, first taking it out of those of `previous`. */
  set(index: number, previous: MatchDoc | null, doc: MatchDoc | null): void {
    if (previous) for (const key of retrievalKeys(previous)) this.#lists.get(key)?.remove(index);
    if (!doc) return;
    for (const key of retrievalKeys(doc)) {
      let list = this.#lists.get(key);
      if (!list) {
        list = new IntList(2);
        this.#lists.set(key, list);
      }
      list.push(index);
    }
  }

  /** The providers filed under `key` (a key of `retrievalKeys`), if any. */
  list(key: string): IntList | undefined {
    return this.#lists.get(key);
  }
}
