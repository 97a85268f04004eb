// Open needs whose needed-by date is near (within the configured days) or past, in the account's local
// days. Pure: need rows and today's local date in, items out.
import { calendarDayWords } from '../../domain/time/day-words';
import { addDaysToDate, daysBetweenDates, startOfLocalDate } from '../../domain/time/zoned';
import type { AgendaItemV2 } from '../schema';
import { nameOr } from './words';

/** Needs due within this many days show on Today unless configured otherwise. */
export const DEFAULT_NEED_DUE_DAYS = 7;

export interface DueNeedRow {
  id: string;
  text: string;
  /** YYYY-MM-DD */
  neededBy: string;
  person: { id: string; name: string };
}

// Today asks for the same cutoff once per need it shows; the last answer is kept (pure: same in, same out).
let lastCutoff = { today: '', days: Number.NaN, cutoff: '' };

/** The last needed-by date that shows on `today`: what the repository filters on. */
export function needCutoff(today: string, days: number): string {
  if (lastCutoff.today !== today || lastCutoff.days !== days)
    lastCutoff = { today, days, cutoff: addDaysToDate(today, days) };
  return lastCutoff.cutoff;
}

function when(neededBy: string, today: string): string {
  const n = daysBetweenDates(today, neededBy);
  const by = calendarDayWords(neededBy);
  if (n < 0) return `was needed by ${by} (${-n === 1 ? 'yesterday' : `${-n} days ago`})`;
  if (n === 0) return 'is needed today';
  return `is needed by ${by} (${n === 1 ? 'tomorrow' : `in ${n} days`})`;
}

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** The item for a need, or none when its date is further off than `days` from `today`. */
export function needDueItem(row: DueNeedRow, today: string, days: number, timeZone: string): AgendaItemV2[] {
  if (row.neededBy > needCutoff(today, days)) return [];
  return [
    {
      kind: 'need_due',
      key: `need_due:${row.id}:${row.neededBy}`,
      summary: `${nameOr(row.person.name, 'Someone')}'s need “${shorten(row.text)}” ${when(row.neededBy, today)}`,
      since: startOfLocalDate(row.neededBy, timeZone).toISOString(),
      dueDate: row.neededBy,
      urgency: row.neededBy < today ? 'overdue' : 'due',
      people: [row.person],
      needId: row.id,
      action: { kind: 'mark_need_met', label: 'Mark met', href: `/people/${row.person.id}` },
    },
  ];
}
