// The connector's vouch criteria for a person, as rules: how many are met, who may be put forward as a
// provider without the connector confirming it, and when a "not yet" answer's criteria have come true.
// Pure: no I/O.
import { putForward } from '../domain/introduction/put-forward';
import type { IntroKind } from '../domain/introduction/types';

export interface Criterion {
  label: string;
  met: boolean;
}

export interface CriteriaTally {
  met: number;
  total: number;
  /** Labels not met, in the person's order. */
  unmet: string[];
}

export function tallyCriteria(criteria: readonly Criterion[]): CriteriaTally {
  const unmet = criteria.filter((c) => !c.met).map((c) => c.label);
  return { met: criteria.length - unmet.length, total: criteria.length, unmet };
}

/** "Lee: 1 of 3 of your criteria met". */
export const criteriaWords = (name: string, t: CriteriaTally): string =>
  `${name}: ${t.met} of ${t.total} of your criteria met`;

export interface Side {
  id: string;
  name: string;
  vouchCriteria: readonly Criterion[];
}

/** A type, not an interface: it travels as JSON in a problem's extensions. */
export type Unvouched = {
  personId: string;
  name: string;
  met: number;
  total: number;
  unmet: string[];
};

/**
 * Those the introduction puts forward (`putForward`) whose criteria are not all met: they need the
 * connector's confirmation. Empty when nobody does.
 */
export function unvouchedProviders(kind: IntroKind, a: Side, b: Side): Unvouched[] {
  return putForward(kind, a, b).flatMap((p) => {
    const t = tallyCriteria(p.vouchCriteria);
    return t.unmet.length === 0 ? [] : [{ personId: p.id, name: p.name, ...t }];
  });
}

export const MAX_CRITERIA = 30;
const same = (x: string, y: string) => x.trim().toLowerCase() === y.trim().toLowerCase();

/**
 * The person's criteria with `labels` added as not yet met (one already there, in any case, is kept as
 * it is). Refuses (null) when the person would have more than `MAX_CRITERIA`.
 */
export function withCriteria(existing: readonly Criterion[], labels: readonly string[]): Criterion[] | null {
  const out = [...existing];
  for (const label of labels) {
    if (!out.some((c) => same(c.label, label))) out.push({ label: label.trim(), met: false });
  }
  return out.length > MAX_CRITERIA ? null : out;
}

/**
 * A "not yet" answer is met once every criterion it waits for that the person still has is met. A
 * criterion the connector has since removed no longer holds anything up; with none left, it is met.
 */
export function notYetMet(waitingFor: readonly string[], current: readonly Criterion[]): boolean {
  return waitingFor.every((label) => current.find((c) => same(c.label, label))?.met ?? true);
}

/** Which of `waitingFor` are still not met on the person. */
export function stillWaitingFor(waitingFor: readonly string[], current: readonly Criterion[]): string[] {
  return waitingFor.filter((label) => current.find((c) => same(c.label, label))?.met === false);
}
