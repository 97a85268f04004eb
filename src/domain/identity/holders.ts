// Who holds each identifying value, and the rule that says when a shared value identifies a person: when
// it is held by at most MAX_HOLDERS people (counting the one being matched). Pure and in memory; imports
// keep one current as they create and merge people, the duplicates view and the people service build one.
import type { IdentityKey, IdentityReason } from './keys';
import { MAX_HOLDERS } from './limits';

/** Whether a value held by this many people (the one being matched included) identifies a person. */
export const identifies = (holders: number): boolean => holders >= 2 && holders <= MAX_HOLDERS;

export interface Sharing {
  personId: string;
  /** Every identifying value shared, strongest first (emails, phones, LinkedIn), each once. */
  reasons: IdentityReason[];
}

export interface SharedPair {
  a: string;
  b: string;
  reason: IdentityReason;
}

export class IdentityIndex {
  /** Key → the people holding it, in the order they first held it. */
  readonly #holders = new Map<string, string[]>();
  readonly #keysOf = new Map<string, readonly IdentityKey[]>();

  /**
   * Records a person's keys, replacing what was recorded before. A key the person already held keeps its
   * place, so whoever held a value first stays the one it points at.
   */
  set(id: string, keys: readonly IdentityKey[]): void {
    const before = this.#keysOf.get(id);
    if (before) {
      for (const k of before) if (!keys.some((n) => n.key === k.key)) this.#drop(k.key, id);
    }
    const added = new Set<string>();
    for (const k of keys) {
      // A person is in a key's list exactly when the key is among their recorded keys.
      if (before?.some((o) => o.key === k.key) || added.has(k.key)) continue;
      added.add(k.key);
      const list = this.#holders.get(k.key);
      if (list) list.push(id);
      else this.#holders.set(k.key, [id]);
    }
    this.#keysOf.set(id, keys);
  }

  delete(id: string): void {
    for (const k of this.#keysOf.get(id) ?? []) this.#drop(k.key, id);
    this.#keysOf.delete(id);
  }

  #drop(key: string, id: string): void {
    const list = this.#holders.get(key);
    if (!list) return;
    const i = list.indexOf(id);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) this.#holders.delete(key);
  }

  /** The people holding `key` other than `self`, when the value identifies anyone; else none. */
  #others(key: string, self?: string): string[] {
    const list = this.#holders.get(key);
    if (!list) return [];
    // Whether `self` is a holder matters only for a list short enough to identify (a crowd's is long).
    const held = self !== undefined && list.length <= MAX_HOLDERS && list.includes(self);
    if (!identifies(held ? list.length : list.length + 1)) return [];
    return self === undefined ? list : list.filter((id) => id !== self);
  }

  /**
   * For each key of a contact, in order, the person its value points at (the first to hold it) when the
   * value identifies anyone; each person once, with the first reason found. `self` is the contact's own id
   * when it is already recorded.
   */
  firstHolders(keys: readonly IdentityKey[], self?: string): { personId: string; reason: IdentityReason }[] {
    const out: { personId: string; reason: IdentityReason }[] = [];
    for (const k of keys) {
      const personId = this.#others(k.key, self)[0];
      if (personId && !out.some((m) => m.personId === personId)) out.push({ personId, reason: k.reason });
    }
    return out;
  }

  /** Every person who shares a value with the contact that identifies, with every such reason. */
  sharing(keys: readonly IdentityKey[], self?: string): Sharing[] {
    const byId = new Map<string, Sharing>();
    for (const k of keys) {
      for (const personId of this.#others(k.key, self)) {
        const s = byId.get(personId);
        if (!s) byId.set(personId, { personId, reasons: [k.reason] });
        else if (!s.reasons.includes(k.reason)) s.reasons.push(k.reason);
      }
    }
    return [...byId.values()];
  }

  /** The identifying values two recorded people share (none when either is unknown). */
  shared(a: string, b: string): IdentityReason[] {
    if (a === b) return [];
    const out: IdentityReason[] = [];
    for (const k of this.#keysOf.get(a) ?? []) {
      if (out.includes(k.reason)) continue;
      if (this.#others(k.key, a).includes(b)) out.push(k.reason);
    }
    return out;
  }

  /** Every two recorded people a shared value identifies as one, once per value. */
  *pairs(): Generator<SharedPair> {
    for (const [key, list] of this.#holders) {
      if (!identifies(list.length)) continue;
      const reason = this.#reasonOf(key, list[0]!);
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) yield { a: list[i]!, b: list[j]!, reason };
    }
  }

  #reasonOf(key: string, holder: string): IdentityReason {
    return this.#keysOf.get(holder)!.find((k) => k.key === key)!.reason;
  }
}
