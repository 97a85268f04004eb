// What the feed shows, from what the features store: follow-ups due, check-backs ("ask me again" dates),
// needs' needed-by dates and keep-in-touch due dates, each on the account's local date.
import type { DbOrTx } from '../db/client';
import { followUpDueAt, snoozedUntil, type TimingPolicy } from '../domain/introduction/timing';
import { localDate } from '../domain/time/zoned';
import { toDomain } from '../introductions/mapping';
import { personNames } from '../introductions/repository';
import { keepInTouchEntries } from '../keep-in-touch/due';
import { type CalendarEvent, sequenceOf } from './ics';
import * as repo from './repository';

const UID_DOMAIN = 'linchpin';
const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export async function calendarEvents(
  db: DbOrTx,
  accountId: string,
  now: Date,
  timeZone: string,
  policy: TimingPolicy,
  base: string,
): Promise<CalendarEvent[]> {
  const [intros, datedNeeds, keepInTouch, cadencesAt] = await Promise.all([
    repo.datedIntroductions(db, accountId),
    repo.datedNeeds(db, accountId),
    keepInTouchEntries(db, accountId, now, timeZone, ['ok', 'due', 'overdue']),
    repo.tagCadencesChangedAt(db, accountId),
  ]);
  const names = await personNames(
    db,
    accountId,
    intros.flatMap((i) => [i.personAId, i.personBId]),
  );
  const pair = (i: (typeof intros)[number]) =>
    `${names.get(i.personAId) ?? 'someone'} & ${names.get(i.personBId) ?? 'someone'}`;
  const events: CalendarEvent[] = [];

  for (const row of intros) {
    const intro = toDomain(row, undefined, undefined);
    const url = `${base}/introductions/${row.id}`;
    const followUp = followUpDueAt(intro, policy);
    if (followUp) {
      events.push({
        uid: `follow_up-${row.id}@${UID_DOMAIN}`,
        date: localDate(followUp, timeZone),
        summary: `Follow up: ${pair(row)}`,
        description: `Ask ${pair(row)} how the introduction went.`,
        sequence: sequenceOf(row.updatedAt),
        url,
      });
    }
    const until = snoozedUntil(intro);
    if (until) {
      events.push({
        uid: `check_back-${row.id}@${UID_DOMAIN}`,
        date: until,
        summary: `Check back: ${pair(row)}`,
        description: `Someone asked to be asked again today about the introduction of ${pair(row)}.`,
        sequence: sequenceOf(row.updatedAt),
        url,
      });
    }
  }

  for (const need of datedNeeds) {
    if (!need.neededBy) continue;
    events.push({
      uid: `need-${need.id}@${UID_DOMAIN}`,
      date: need.neededBy,
      summary: clip(`Needed by today: ${need.personName}, ${need.text}`),
      description: `${need.personName} needs this by today: ${need.text}`,
      sequence: sequenceOf(need.updatedAt),
      url: `${base}/people/${need.personId}`,
    });
  }

  const changed = await repo.peopleChangedAt(
    db,
    accountId,
    keepInTouch.map((k) => k.person.id),
  );
  for (const k of keepInTouch) {
    const times = [changed.get(k.person.id), k.lastContactAt, cadencesAt].filter((d): d is Date => !!d);
    events.push({
      uid: `keep_in_touch-${k.person.id}@${UID_DOMAIN}`,
      date: localDate(k.dueAt, timeZone),
      summary: `Get in touch with ${k.person.name}`,
      description: `Keeping in touch with ${k.person.name} is due today.`,
      sequence: sequenceOf(new Date(Math.max(0, ...times.map((d) => d.getTime())))),
      url: `${base}/people/${k.person.id}`,
    });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}
