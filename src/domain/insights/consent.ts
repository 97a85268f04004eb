// Consent rate and time to answer, per side. Pure.
import { PARTIES, type Party } from '../introduction/types';
import { median, round1, share } from './median';
import { inRange } from './months';
import {
  type AskRecord,
  CONSENT_SIDES,
  type ConsentAnswerRecord,
  type ConsentSide,
  type InsightRange,
} from './types';

export interface ConsentRow {
  side: ConsentSide;
  /** People first asked within the range, on this side. */
  asked: number;
  /** Of them, who answered at all (yes, later or no). */
  answered: number;
  /** Of them, who said yes (at any point after being asked). */
  yes: number;
  /** yes ÷ asked. */
  consentRate: number | null;
  /** Median hours from the first request to the person's first answer, over those who answered. */
  medianHoursToAnswer: number | null;
}

const HOUR_MS = 3_600_000;

/**
 * Each person's first consent request in the range, sided by how it went out (first, second or both at
 * once), against their answers in the consent log after it.
 */
export function consentBySide(
  asks: readonly AskRecord[],
  answers: readonly ConsentAnswerRecord[],
  range: InsightRange,
  timeZone: string,
): ConsentRow[] {
  const firstAsk = new Map<string, { side: ConsentSide; at: Date }>();
  const byTime = [...asks].sort((x, y) => x.at.getTime() - y.at.getTime());
  for (const ask of byTime) {
    const targets: readonly Party[] = ask.party ? [ask.party] : PARTIES;
    const side: ConsentSide =
      ask.type === 'second_party_asked' ? 'second' : ask.party === null ? 'parallel' : 'first';
    for (const party of targets) {
      const key = `${ask.introductionId}|${party}`;
      if (!firstAsk.has(key)) firstAsk.set(key, { side, at: ask.at });
    }
  }
  const answersOf = new Map<string, ConsentAnswerRecord[]>();
  for (const a of answers) {
    const key = `${a.introductionId}|${a.party}`;
    answersOf.set(key, [...(answersOf.get(key) ?? []), a]);
  }
  const acc = new Map(
    CONSENT_SIDES.map((side) => [side, { asked: 0, answered: 0, yes: 0, hours: [] as number[] }]),
  );
  for (const [key, ask] of firstAsk) {
    if (!inRange(ask.at, range, timeZone)) continue;
    const row = acc.get(ask.side)!;
    row.asked += 1;
    const after = (answersOf.get(key) ?? [])
      .filter((a) => a.answer !== 'withdrawn' && a.at.getTime() >= ask.at.getTime())
      .sort((x, y) => x.at.getTime() - y.at.getTime());
    const first = after[0];
    if (!first) continue;
    row.answered += 1;
    row.hours.push((first.at.getTime() - ask.at.getTime()) / HOUR_MS);
    if (after.some((a) => a.answer === 'yes')) row.yes += 1;
  }
  return CONSENT_SIDES.map((side) => {
    const r = acc.get(side)!;
    return {
      side,
      asked: r.asked,
      answered: r.answered,
      yes: r.yes,
      consentRate: share(r.yes, r.asked),
      medianHoursToAnswer: round1(median(r.hours)),
    };
  });
}
