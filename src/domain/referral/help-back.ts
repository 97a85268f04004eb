// "People who helped you recently whom you could help back": a gentle reminder, not a debt. Who helped: the
// referrer of a referral received, and the person who made an introduction helpful (the provider of a
// seeker–provider introduction, either of two peers) when it closed helpful or with business done, or the
// other side said it was helpful. Only help within the window counts; people are listed by their most
// recent help, with what they need now. Pure.

export const DEFAULT_HELP_BACK_DAYS = 90;

export type HelpEvent =
  | { kind: 'referral'; personId: string; date: string; about: string; referralId: string }
  | { kind: 'introduction'; personId: string; date: string; about: string; introductionId: string };

export interface OpenNeed {
  id: string;
  personId: string;
  text: string;
}

export interface HelpBackEntry {
  personId: string;
  /** Their help in the window, newest first. */
  helped: HelpEvent[];
  lastHelpedOn: string;
  /** What they need now: their open needs. */
  openNeeds: OpenNeed[];
}

/** The first day (YYYY-MM-DD, UTC) of a window of `days` days ending today. */
export function windowStart(today: string, days: number): string {
  const t = Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function helpBack(
  events: readonly HelpEvent[],
  openNeeds: readonly OpenNeed[],
  today: string,
  days: number,
): HelpBackEntry[] {
  const from = windowStart(today, days);
  const byPerson = new Map<string, HelpEvent[]>();
  for (const e of events) {
    if (e.date < from || e.date > today) continue;
    byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), e]);
  }
  const entries: HelpBackEntry[] = [];
  for (const [personId, helped] of byPerson) {
    helped.sort((a, b) => b.date.localeCompare(a.date));
    entries.push({
      personId,
      helped,
      lastHelpedOn: helped[0]!.date,
      openNeeds: openNeeds.filter((n) => n.personId === personId),
    });
  }
  // Most recent help first; the person id only makes the order total. Never by how much they did.
  return entries.sort(
    (a, b) => b.lastHelpedOn.localeCompare(a.lastHelpedOn) || a.personId.localeCompare(b.personId),
  );
}

/** One judgement that an introduction was helpful: by the connector (for both) or by one person. */
export interface HelpfulJudgement {
  kind: 'seeker_provider' | 'peers';
  personAId: string;
  personBId: string;
  source: 'connector' | 'follow_up';
  /** The person the judgement was recorded for. */
  judgedBy: string;
}

/**
 * Who made a helpful introduction possible: whoever a person said helped them (the other side of their
 * own "it was helpful"); for the connector's outcome, the provider of a seeker–provider introduction, or
 * both peers.
 */
export function helpersOf(j: HelpfulJudgement): string[] {
  if (j.source === 'follow_up') return [j.judgedBy === j.personAId ? j.personBId : j.personAId];
  return j.kind === 'seeker_provider' ? [j.personBId] : [j.personAId, j.personBId];
}
